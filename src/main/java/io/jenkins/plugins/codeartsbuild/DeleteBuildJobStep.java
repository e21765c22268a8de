package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.JobSelection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code codeartsDeleteBuildJob}: deletes CodeArts Build jobs selected by exactly one of {@code jobId},
 * {@code jobIds}, {@code jobName} or {@code jobNamePattern}. With {@code jobId} it returns the single result map
 * ({@code jobId, projectId, requestId, alreadyDeleted, attempts}); otherwise a map with one entry per job and the
 * counts. Needs no {@code node}: the calls are made from the controller, off the CPS thread; aborting the build
 * cancels them. The options live in one {@link JobSelection}, shared with the freestyle builder: their meaning,
 * defaults and checks are written there once; the setters here only give them their Pipeline names.
 */
public final class DeleteBuildJobStep extends Step {

    private final JobSelection selection = new JobSelection();

    /**
     * @param jobId one job by its id, or {@code null} when another selector is used; a constructor parameter so
     *     that {@code codeartsDeleteBuildJob 'f9d6…'} keeps working
     */
    @DataBoundConstructor
    public DeleteBuildJobStep(@CheckForNull String jobId) {
        selection.setJobId(jobId);
    }

    @CheckForNull
    public String getJobId() {
        return selection.getJobId();
    }

    @CheckForNull
    public List<String> getJobIds() {
        return selection.getJobIds();
    }

    @DataBoundSetter
    public void setJobIds(@CheckForNull List<String> jobIds) {
        selection.setJobIds(jobIds);
    }

    /** The ids one per line, for the text area of the form. */
    @NonNull
    public String getJobIdsText() {
        return JobSelection.joinLines(selection.getJobIds());
    }

    @CheckForNull
    public String getJobName() {
        return selection.getJobName();
    }

    @DataBoundSetter
    public void setJobName(@CheckForNull String jobName) {
        selection.setJobName(jobName);
    }

    @CheckForNull
    public String getJobNamePattern() {
        return selection.getJobNamePattern();
    }

    @DataBoundSetter
    public void setJobNamePattern(@CheckForNull String jobNamePattern) {
        selection.setJobNamePattern(jobNamePattern);
    }

    @CheckForNull
    public String getCodeArtsProjectId() {
        return selection.getCodeArtsProjectId();
    }

    @DataBoundSetter
    public void setCodeArtsProjectId(@CheckForNull String codeArtsProjectId) {
        selection.setCodeArtsProjectId(codeArtsProjectId);
    }

    public boolean isDryRun() {
        return selection.isDryRun();
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        selection.setDryRun(dryRun);
    }

    public int getMaxJobs() {
        return selection.getMaxJobs();
    }

    @DataBoundSetter
    public void setMaxJobs(int maxJobs) {
        selection.setMaxJobs(maxJobs);
    }

    public int getParallelism() {
        return selection.getParallelism();
    }

    @DataBoundSetter
    public void setParallelism(int parallelism) {
        selection.setParallelism(parallelism);
    }

    public boolean isIgnoreMissing() {
        return selection.isIgnoreMissing();
    }

    @DataBoundSetter
    public void setIgnoreMissing(boolean ignoreMissing) {
        selection.setIgnoreMissing(ignoreMissing);
    }

    @CheckForNull
    public String getCredentialsId() {
        return selection.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        selection.setCredentialsId(credentialsId);
    }

    @CheckForNull
    public String getRegion() {
        return selection.getRegion();
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        selection.setRegion(region);
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
                    context.get(Run.class), context.get(TaskListener.class), step.selection);
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

        /** The form's text area of ids becomes the list the Pipeline syntax has ({@code jobIds: ['…', '…']}). */
        @Override
        public Step newInstance(StaplerRequest2 req, JSONObject form) throws FormException {
            return super.newInstance(req, Forms.jobIdsAsList(form));
        }

        @POST
        public FormValidation doCheckJobId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.jobId(value, false) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.jobIds(value, false) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckCodeArtsProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.codeArtsProjectId(value, false) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckMaxJobs(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.maxJobs(value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckParallelism(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.parallelism(value) : FormValidation.ok();
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
