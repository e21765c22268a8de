package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.Outcome;
import io.jenkins.plugins.codeartsbuild.client.Result;
import io.jenkins.plugins.codeartsbuild.client.Service;
import io.jenkins.plugins.codeartsbuild.client.auth.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.jobs.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.jobs.SelectionPlan;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * The one place both front ends (Pipeline step, freestyle builder) call: settings, credentials, the client call,
 * log lines, and the mapping of every failure to an {@link AbortException} (FAILURE, one readable message, no
 * stack trace, no secret). Runs on the controller: the key never reaches an agent.
 */
final class DeleteBuildJobService {

    /**
     * One connection pool and dispatcher for all builds, with the proxy settings of Jenkins (Manage Jenkins » System
     * » Proxy Configuration): okhttp-api's proxy selector and authenticator read them at each connection, so one
     * client serves every build; the CodeArts Build client derives its own settings from it once.
     */
    private static final OkHttpClient HTTP =
            JenkinsOkHttpClient.newClientBuilder(new OkHttpClient()).build();

    private DeleteBuildJobService() {}

    static OkHttpClient httpClient() {
        return HTTP;
    }

    /**
     * Deletes the selected jobs. Everything is checked before anything is sent: the selection, region and
     * endpoints, then the credentials. The result has one shape whatever the selection ({@link Result#toMap}): a
     * single {@code jobId} is one delete, logged on one line, and a batch of one. A batch attempts every job, then
     * fails if any failed.
     *
     * @throws AbortException for every failure, with a message a person can act on
     * @throws InterruptedException when the build is aborted: calls in flight are cancelled at once, and the log says
     *     what was done
     */
    @NonNull
    static Map<String, Object> delete(@NonNull Run<?, ?> run, @NonNull TaskListener listener, JobSelection selection)
            throws AbortException, InterruptedException {
        try {
            SelectionPlan plan = selection.plan();
            BuildLog log = new BuildLog(listener, plan);
            Connection c = connect(run, log, selection.getCredentialsId(), selection.getRegion());
            if (plan.kind() == JobSelection.Kind.JOB_ID && !plan.dryRun() && !plan.purge()) {
                String id = plan.ids().get(0);
                listener.getLogger().println(Messages.Log_deleting(id, c.region(), c.credentialsId(), c.mode()));
                Outcome r;
                try {
                    r = c.client().deleteJob(id, plan.ignoreMissing());
                } catch (CodeArtsException e) {
                    if (!refusedBeforeTheJob(e)) {
                        CleanupSummaryAction.attach(run, CleanupSummary.of(single(plan, id, Outcome.Delete.FAILED, e)));
                    }
                    throw e;
                } catch (InterruptedException e) {
                    CleanupSummaryAction.attach(run, CleanupSummary.of(single(plan, id, Outcome.Delete.UNKNOWN, null)));
                    throw e;
                }
                listener.getLogger().println(done(r));
                Result single = single(plan, r);
                if (single.restoreFrom() != null) {
                    listener.getLogger().println(Messages.Log_restoreHint());
                }
                CleanupSummaryAction.attach(run, CleanupSummary.of(single));
                return single.toMap(ClientMessages::describe);
            }
            listener.getLogger()
                    .println(Messages.Log_batch(
                            plan.kind().option(),
                            plan.describe(),
                            c.region(),
                            c.credentialsId(),
                            c.mode(),
                            plan.parallelism()));
            if (plan.purge()) {
                listener.getLogger().println(Messages.Log_purgeWarning());
            }
            Result result;
            try {
                result = c.client().deleteJobs(plan);
            } catch (InterruptedException e) {
                // what the log said on the abort goes on the build page too, before the step ends
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
            CleanupSummaryAction.attach(run, CleanupSummary.of(result));
            if (result.hasFailures()) {
                throw new AbortException(log.failures(result));
            }
            return result.toMap(ClientMessages::describe);
        } catch (CodeArtsException e) {
            throw new AbortException(Messages.Errors_failed(ClientMessages.describe(e)));
        }
    }

    /**
     * Whether IAM refused the key (or could not be reached) at the first attempt, before the job was asked about:
     * then, as for a batch whose authentication fails, the build page shows no job outcome; the log says why. A later
     * attempt's IAM failure is not enough: an earlier attempt may have reached CodeArts Build, and deleted the job.
     */
    private static boolean refusedBeforeTheJob(CodeArtsException e) {
        boolean iam = (e instanceof CodeArtsApiException a && a.getService() == Service.IAM)
                || (e instanceof CodeArtsTransportException t && t.getService() == Service.IAM);
        return iam && e.getAttempts() <= 1;
    }

    /** A single delete's result when it failed or was aborted: a batch of one, for the build page. */
    private static Result single(SelectionPlan plan, String id, Outcome.Delete status, CodeArtsException e) {
        return single(plan, e == null ? Outcome.of(id, null, null, status) : Outcome.failed(id, null, null, status, e));
    }

    private static Result single(SelectionPlan plan, Outcome o) {
        return new Result(false, List.of(o), 1, plan.dryRun(), plan.maxJobs(), plan.duplicatesRemoved(), null, 0);
    }

    /** The jobs a look-up by name selects, as maps; nothing is deleted. */
    @NonNull
    static List<Map<String, Object>> find(
            @NonNull Run<?, ?> run, @NonNull TaskListener listener, JobSelection selection, int limit)
            throws AbortException, InterruptedException {
        if (selection.getJobName() == null
                && selection.getJobNamePattern() == null
                && selection.getJobNamePrefix() == null) {
            throw new AbortException(Messages.Errors_findFailed(Messages.Errors_findSelectorMissing()));
        }
        try {
            SelectionPlan plan = selection.plan();
            Connection c =
                    connect(run, new BuildLog(listener, plan), selection.getCredentialsId(), selection.getRegion());
            List<BuildJob> jobs = c.client().findJobs(plan, limit);
            listener.getLogger().println(Messages.Log_found(jobs.size(), plan.describe(), c.region()));
            List<Map<String, Object>> maps = new ArrayList<>();
            for (BuildJob job : jobs) {
                maps.add(job.toMap());
            }
            return maps;
        } catch (CodeArtsException e) {
            throw new AbortException(Messages.Errors_findFailed(ClientMessages.describe(e)));
        }
    }

    /** A client for the run, its events going to {@code log}, and what the log says about it. */
    record Connection(CodeArtsBuildClient client, String region, String credentialsId, String mode) {}

    static Connection connect(
            Run<?, ?> run, BuildLog log, @CheckForNull String credentialsId, @CheckForNull String region)
            throws CodeArtsException, AbortException {
        CodeArtsBuildGlobalConfiguration global = CodeArtsBuildGlobalConfiguration.get();
        String credentials = Util.fixEmptyAndTrim(credentialsId);
        if (credentials == null) {
            credentials = global.getCredentialsId();
        }
        ClientConfig config = global.toClientConfig(region);
        AccessKey key = AccessKeyCredentials.forRun(credentials, run, config.getEndpoints());
        CodeArtsBuildClient client =
                CodeArtsBuildClient.builder(HTTP, config, key).listener(log).build();
        return new Connection(client, config.getRegion(), credentials, authModeName(config.getAuthMode()));
    }

    private static String done(Outcome r) {
        String requestId = ClientMessages.orNone(r.requestId());
        return r.status() == Outcome.Delete.ALREADY_GONE
                ? Messages.Log_alreadyDeleted(r.jobId(), requestId, r.attempts())
                : Messages.Log_deleted(r.jobId(), ClientMessages.orNone(r.projectId()), requestId, r.attempts());
    }

    private static String authModeName(AuthMode mode) {
        return mode == AuthMode.SIGNATURE ? Messages.AuthMode_SIGNATURE() : Messages.AuthMode_TOKEN();
    }
}
