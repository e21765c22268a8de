package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.DeleteJobResult;
import io.jenkins.plugins.codeartsbuild.client.JobIds;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
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
     * Deletes one job. Checks run before anything is sent: job id, region and endpoints, then the credentials.
     *
     * @param credentialsId the step's credentials, or {@code null} for the global default
     * @param region the step's region, or {@code null} for the global default
     * @throws AbortException for every failure, with a message a person can act on
     * @throws InterruptedException when the build is aborted: the HTTP call is cancelled at once
     */
    @NonNull
    static DeleteJobResult delete(
            @NonNull Run<?, ?> run,
            @NonNull TaskListener listener,
            @CheckForNull String jobId,
            @CheckForNull String credentialsId,
            @CheckForNull String region,
            boolean ignoreMissing)
            throws AbortException, InterruptedException {
        CodeArtsBuildGlobalConfiguration global = CodeArtsBuildGlobalConfiguration.get();
        String credentials = Util.fixEmptyAndTrim(credentialsId);
        if (credentials == null) {
            credentials = global.getCredentialsId();
        }
        try {
            String id = JobIds.check(jobId);
            ClientConfig config = global.toClientConfig(region);
            AccessKey key = AccessKeyCredentials.forRun(credentials, run, config.getEndpoints());
            listener.getLogger()
                    .println(Messages.Log_deleting(
                            id, config.getRegion(), credentials, authModeName(config.getAuthMode())));
            DeleteJobResult result = CodeArtsBuildClient.builder(httpClient(), config, key)
                    .listener(new BuildLogListener(listener))
                    .build()
                    .deleteJob(id, ignoreMissing);
            listener.getLogger().println(done(result));
            return result;
        } catch (CodeArtsException e) {
            throw new AbortException(Messages.Errors_failed(ClientMessages.describe(e)));
        }
    }

    private static String done(DeleteJobResult r) {
        String requestId = String.valueOf(r.getRequestId());
        return r.isAlreadyDeleted()
                ? Messages.Log_alreadyDeleted(r.getJobId(), requestId, r.getAttempts())
                : Messages.Log_deleted(r.getJobId(), String.valueOf(r.getProjectId()), requestId, r.getAttempts());
    }

    private static String authModeName(AuthMode mode) {
        return mode == AuthMode.SIGNATURE ? Messages.AuthMode_SIGNATURE() : Messages.AuthMode_TOKEN();
    }
}
