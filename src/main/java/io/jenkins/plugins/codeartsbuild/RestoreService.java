package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction;
import java.util.Map;

/** The restore both front ends call: the selection checked, the client call, its log, failures as one message. */
final class RestoreService {

    private RestoreService() {}

    /**
     * Restores the selected jobs from the recycle bin. The result has one shape ({@link Result#toMap}); the
     * step fails when a job could not be restored, or was not in the bin and {@code ignoreMissing} is not set.
     */
    @NonNull
    static Map<String, Object> restore(
            @NonNull Run<?, ?> run,
            @NonNull TaskListener listener,
            SelectionOptions options,
            SelectionOptions.Text text)
            throws AbortException, InterruptedException {
        try {
            JobSelection selection = JobSelection.of(options, text);
            BuildLog log = new BuildLog(listener, selection, false);
            DeleteBuildJobService.Connection c =
                    DeleteBuildJobService.connect(run, log, selection.credentialsId(), selection.region());
            listener.getLogger()
                    .println(Messages.Log_restoring(
                            selection.kind().option(),
                            selection.describe(),
                            c.region(),
                            c.credentialsId(),
                            c.mode(),
                            selection.parallelism()));
            Result result;
            try {
                result = c.client().restoreJobs(selection);
            } catch (InterruptedException e) {
                Result partial = log.abortedWith();
                if (partial != null) {
                    CleanupSummaryAction.attach(run, CleanupSummary.of(partial));
                }
                throw e;
            }
            log.summary(result);
            CleanupSummaryAction.attach(run, CleanupSummary.of(result));
            if (result.hasFailures()) {
                throw new AbortException(log.failures(result));
            }
            return result.toMap(ClientMessages::describe);
        } catch (CodeArtsException e) {
            throw new AbortException(Messages.Errors_restoreFailed(ClientMessages.describe(e)));
        }
    }
}
