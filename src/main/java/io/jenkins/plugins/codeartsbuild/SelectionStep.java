package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What the steps that act on a selection of jobs add to {@link CodeArtsStep}: the selectors by id (of all the selectors,
 * exactly one is set), and how to act. Each option's meaning and default live in
 * {@link SelectionOptions}, its check in {@link JobSelection}. Every option is a setter: declarative Pipeline makes
 * each constructor parameter required, and the selectors are alternatives. A {@code null} (an unset parameter:
 * {@code maxJobs: params.MAX}) is the default; other values are checked when the step runs, except that structs has
 * already turned a string given to a flag into {@code Boolean.valueOf} of it ({@code 'yes'} is {@code false}: the
 * README and the help say so, as nothing here can see the string).
 */
public abstract class SelectionStep extends CodeArtsStep {

    private String jobId;
    private List<String> jobIds;
    private boolean dryRun;
    private int maxJobs = JobSelection.DEFAULT_MAX_JOBS;
    private int parallelism = JobSelection.DEFAULT_PARALLELISM;
    private boolean ignoreMissing;

    @CheckForNull
    public String getJobId() {
        return jobId;
    }

    @DataBoundSetter
    public void setJobId(@CheckForNull String jobId) {
        this.jobId = SelectionOptions.text(jobId);
    }

    @CheckForNull
    public List<String> getJobIds() {
        return jobIds == null ? null : new ArrayList<>(jobIds);
    }

    @DataBoundSetter
    public void setJobIds(@CheckForNull List<String> jobIds) {
        // a copy that keeps null elements (an unset parameter in a list): the run refuses them with a clear message
        this.jobIds = jobIds == null ? null : new ArrayList<>(jobIds);
    }

    /** The ids one per line, for the form's text area. */
    public String getJobIdsText() {
        return FormValues.joinLines(jobIds);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(@CheckForNull Boolean dryRun) {
        this.dryRun = Boolean.TRUE.equals(dryRun);
    }

    public int getMaxJobs() {
        return maxJobs;
    }

    @DataBoundSetter
    public void setMaxJobs(@CheckForNull Integer maxJobs) {
        this.maxJobs = maxJobs == null ? JobSelection.DEFAULT_MAX_JOBS : maxJobs;
    }

    public int getParallelism() {
        return parallelism;
    }

    @DataBoundSetter
    public void setParallelism(@CheckForNull Integer parallelism) {
        this.parallelism = parallelism == null ? JobSelection.DEFAULT_PARALLELISM : parallelism;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    @DataBoundSetter
    public void setIgnoreMissing(@CheckForNull Boolean ignoreMissing) {
        this.ignoreMissing = Boolean.TRUE.equals(ignoreMissing);
    }

    /** Deletes or restores the selection off the CPS thread, as the step's options say them (no build variables). */
    StepExecution start(StepContext context, Operation operation) {
        return new ReportingStepExecution<Map<String, Object>>(
                context,
                () -> CodeArtsService.deleteOrRestore(
                        context.get(Run.class),
                        context.get(TaskListener.class),
                        this,
                        SelectionOptions.Text.AS_WRITTEN,
                        operation));
    }
}
