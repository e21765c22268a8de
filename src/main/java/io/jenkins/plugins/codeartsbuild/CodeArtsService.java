package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyImpl;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * The one place every step and builder calls (delete, find, restore; the connection test takes its HTTP client from
 * here): settings, credentials, the client call, log lines, the build page's summary, and the mapping of every failure
 * to an {@link AbortException} (FAILURE, one readable message, no stack trace, no secret), worded by
 * {@link OutcomeWords#describe}. Runs on the controller: the key never reaches an agent.
 */
final class CodeArtsService {

    /**
     * One connection pool and dispatcher for all builds, with the proxy settings of Jenkins (Manage Jenkins » System
     * » Proxy Configuration): okhttp-api's proxy selector and authenticator read them at each connection, so one
     * client serves every build; the CodeArts Build client derives its own settings from it once.
     */
    static final OkHttpClient HTTP =
            JenkinsOkHttpClient.newClientBuilder(new OkHttpClient()).build();

    private CodeArtsService() {}

    /**
     * Deletes (or restores from the recycle bin) the selected jobs, checking everything before anything
     * is sent: the selection, region and endpoints, then the credentials. A single {@code jobId} is a batch of one,
     * logged as one delete ({@link BuildLog}). A batch attempts every job, then fails if any failed; a restore also
     * fails when a job was not in the bin and {@code ignoreMissing} is not set.
     *
     * @throws InterruptedException when the build is aborted: calls in flight are cancelled, the log says what was done
     */
    @NonNull
    static Map<String, Object> deleteOrRestore(
            Run<?, ?> run,
            TaskListener listener,
            SelectionOptions options,
            SelectionOptions.Text text,
            Operation operation)
            throws AbortException, InterruptedException {
        boolean restore = operation == Operation.RESTORE;
        try {
            JobSelection selection = JobSelection.of(options, text);
            boolean single = !restore && selection.isSingleDelete();
            BuildLog log = new BuildLog(listener, selection, single);
            Connection c = connect(run, log, selection);
            log.starting(restore, c.region(), c.credentialsId(), c.mode());
            Result result;
            try {
                result =
                        restore ? c.client().restoreJobs(selection) : c.client().deleteJobs(selection);
            } catch (InterruptedException e) {
                // on an abort, what the log said goes on the build page too, before the step ends
                Result partial = log.abortedWith();
                if (partial != null) {
                    CleanupSummaryAction.attach(run, CleanupSummary.of(partial));
                }
                throw e;
            }
            log.summary(result);
            if (result.restoreFrom() != null) {
                listener.getLogger().println(Messages.Log_restoreHint());
            }
            if (!single || !refusedBeforeTheJob(result.outcomes().get(0).error())) {
                CleanupSummaryAction.attach(run, CleanupSummary.of(result));
            }
            if (result.hasFailures()) {
                throw new AbortException(log.failures(result));
            }
            return result.toMap(OutcomeWords::describe);
        } catch (CodeArtsException e) {
            String why = OutcomeWords.describe(e);
            throw new AbortException(restore ? Messages.Errors_restoreFailed(why) : Messages.Errors_failed(why));
        }
    }

    /**
     * Whether a single delete failed because IAM refused the key (or could not be reached) at the first attempt, before
     * the job was asked about: then, as for a batch whose authentication fails, the build page shows no job outcome;
     * the log says why. A later attempt's IAM failure is not enough: an earlier attempt may have reached CodeArts
     * Build, and deleted the job.
     */
    private static boolean refusedBeforeTheJob(@CheckForNull CodeArtsException e) {
        // only a failed request names a service: an answer (CodeArtsApiException) or none (CodeArtsTransportException)
        return e != null && e.getService() == Service.IAM && e.getAttempts() <= 1;
    }

    /** The jobs a look-up by name selects, as maps; nothing is deleted. */
    @NonNull
    static List<Map<String, Object>> find(
            @NonNull Run<?, ?> run, @NonNull TaskListener listener, SelectionOptions options, int limit)
            throws AbortException, InterruptedException {
        if (options.getJobName() == null && options.getJobNamePattern() == null && options.getJobNamePrefix() == null) {
            throw new AbortException(Messages.Errors_findFailed(Messages.Errors_findSelectorMissing()));
        }
        try {
            JobSelection selection = JobSelection.of(options, SelectionOptions.Text.AS_WRITTEN);
            Connection c = connect(run, new BuildLog(listener, selection, false), selection);
            List<BuildJob> jobs = c.client().findJobs(selection, limit);
            listener.getLogger().println(Messages.Log_found(jobs.size(), selection.describe(), c.region()));
            return new ArrayList<>(jobs.stream().map(BuildJob::toMap).toList());
        } catch (CodeArtsException e) {
            throw new AbortException(Messages.Errors_findFailed(OutcomeWords.describe(e)));
        }
    }

    /** A client for the run, its events going to {@code log}, and what the log says about it. */
    record Connection(CodeArtsBuildClient client, String region, String credentialsId, String mode) {}

    private static Connection connect(Run<?, ?> run, BuildLog log, JobSelection selection)
            throws CodeArtsException, AbortException {
        CodeArtsBuildGlobalConfiguration global = CodeArtsBuildGlobalConfiguration.get();
        String credentials = selection.credentialsId() != null ? selection.credentialsId() : global.getCredentialsId();
        ClientConfig config = global.toClientConfig(selection.region());
        AccessKey key = HuaweiCloudAccessKeyImpl.forRun(credentials, run, config);
        CodeArtsBuildClient client = new CodeArtsBuildClient(HTTP, config, key, log);
        String mode =
                config.getAuthMode() == AuthMode.SIGNATURE ? Messages.AuthMode_SIGNATURE() : Messages.AuthMode_TOKEN();
        return new Connection(client, config.getRegion(), credentials, mode);
    }
}
