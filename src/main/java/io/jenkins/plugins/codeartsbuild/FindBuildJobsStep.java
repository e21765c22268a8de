package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code codeartsFindBuildJobs namePattern: 'pr-*'}: the CodeArts Build jobs whose name matches a glob, as a list
 * of maps ({@code id, name, projectId, projectName, canDelete, disabled}), so that a Pipeline can choose for itself.
 * Read-only: nothing is deleted. Needs no {@code node}.
 */
public final class FindBuildJobsStep extends Step {

    private final String namePattern;
    private String codeArtsProjectId;
    private String credentialsId;
    private String region;

    @DataBoundConstructor
    public FindBuildJobsStep(String namePattern) {
        this.namePattern = namePattern;
    }

    public String getNamePattern() {
        return namePattern;
    }

    @CheckForNull
    public String getCodeArtsProjectId() {
        return codeArtsProjectId;
    }

    @DataBoundSetter
    public void setCodeArtsProjectId(@CheckForNull String codeArtsProjectId) {
        this.codeArtsProjectId = Util.fixEmptyAndTrim(codeArtsProjectId);
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @CheckForNull
    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {

        private static final long serialVersionUID = 1L;

        private final transient FindBuildJobsStep step;

        Execution(@NonNull StepContext context, @NonNull FindBuildJobsStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected List<Map<String, Object>> run() throws Exception {
            StepContext context = getContext();
            return DeleteBuildJobService.find(
                    context.get(Run.class),
                    context.get(TaskListener.class),
                    step.namePattern,
                    step.codeArtsProjectId,
                    step.credentialsId,
                    step.region);
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "codeartsFindBuildJobs";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.FindBuildJobsStep_DisplayName();
        }

        @POST
        public FormValidation doCheckNamePattern(@AncestorInPath Item item, @QueryParameter String value) {
            if (!Forms.mayInspect(item) || Util.fixEmptyAndTrim(value) != null) {
                return FormValidation.ok();
            }
            return FormValidation.error(Messages.Forms_namePatternRequired());
        }

        @POST
        public FormValidation doCheckCodeArtsProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.codeArtsProjectId(value, false) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.region(value, false) : FormValidation.ok();
        }

        @POST
        public ComboBoxModel doFillRegionItems() {
            return Forms.regions();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return AccessKeyCredentials.fillItems(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return AccessKeyCredentials.checkId(item, value);
        }
    }
}
