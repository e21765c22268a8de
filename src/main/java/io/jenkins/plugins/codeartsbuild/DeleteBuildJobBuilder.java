package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Builder;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.JobSelection;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step: the same selectors and options as {@link DeleteBuildJobStep} (ids one per line in a
 * text area), kept in the same {@link JobSelection}, with {@code ${VAR}} expanded in the ids, the name, the pattern,
 * the CodeArts project id and the region. Needs no workspace. It has no symbol: in Pipeline, use
 * {@code codeartsDeleteBuildJob}.
 */
public class DeleteBuildJobBuilder extends Builder implements SimpleBuildStep {

    private final JobSelection selection = new JobSelection();

    /**
     * @param jobId one job by its id, or {@code null} when another selector is used; a constructor parameter so
     *     that {@code codeartsDeleteBuildJob 'f9d6…'} keeps working
     */
    @DataBoundConstructor
    public DeleteBuildJobBuilder(@CheckForNull String jobId) {
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
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        JobSelection expanded = selection.expand(env::expand);
        for (String value : new String[] {
            expanded.getJobName(), expanded.getJobNamePattern(), expanded.getCodeArtsProjectId(), expanded.getRegion()
        }) {
            if (value != null && value.contains("${")) {
                // an unset variable must not become a literal name (with ignoreMissing it would "already be gone")
                throw new AbortException(Messages.Errors_unexpanded(value));
            }
        }
        DeleteBuildJobService.delete(run, listener, expanded);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeleteBuildJobBuilder_DisplayName();
        }

        /** The form's text area of ids becomes the list kept in the selection. */
        @Override
        public Builder newInstance(StaplerRequest2 req, JSONObject form) throws FormException {
            return super.newInstance(req, Forms.jobIdsAsList(form));
        }

        @POST
        public FormValidation doCheckJobId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.jobId(value, true) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.jobIds(value, true) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckCodeArtsProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.mayInspect(item) ? Forms.codeArtsProjectId(value, true) : FormValidation.ok();
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
            return Forms.mayInspect(item) ? Forms.region(value, true) : FormValidation.ok();
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
