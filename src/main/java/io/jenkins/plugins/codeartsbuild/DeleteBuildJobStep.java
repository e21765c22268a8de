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
 * {@code codeartsDeleteBuildJob jobId: '…'}: deletes a CodeArts Build job and returns a map with {@code jobId},
 * {@code projectId}, {@code requestId}, {@code alreadyDeleted} and {@code attempts}. Needs no {@code node}: the
 * call is made from the controller, off the CPS thread; aborting the build cancels it.
 */
public final class DeleteBuildJobStep extends Step {

    private final String jobId;
    private String credentialsId;
    private String region;
    private boolean ignoreMissing;

    @DataBoundConstructor
    public DeleteBuildJobStep(String jobId) {
        this.jobId = jobId;
    }

    public String getJobId() {
        return jobId;
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    /** Overrides the default credentials of the global configuration. */
    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @CheckForNull
    public String getRegion() {
        return region;
    }

    /** Overrides the default region of the global configuration. */
    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    /** When set, a job that does not exist (404) counts as already deleted instead of failing the build. */
    @DataBoundSetter
    public void setIgnoreMissing(boolean ignoreMissing) {
        this.ignoreMissing = ignoreMissing;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final transient DeleteBuildJobStep step;

        Execution(@NonNull StepContext context, @NonNull DeleteBuildJobStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return DeleteBuildJobService.delete(
                            context.get(Run.class),
                            context.get(TaskListener.class),
                            step.jobId,
                            step.credentialsId,
                            step.region,
                            step.ignoreMissing)
                    .toMap();
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
            return "codeartsDeleteBuildJob";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeleteBuildJobStep_DisplayName();
        }

        @POST
        public FormValidation doCheckJobId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.jobId(value, false) : FormValidation.ok();
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
