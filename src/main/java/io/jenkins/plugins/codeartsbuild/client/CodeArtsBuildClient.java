package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.auth.IamClient;
import io.jenkins.plugins.codeartsbuild.client.auth.KeyAuthenticator;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy.Sleeper;
import io.jenkins.plugins.codeartsbuild.client.http.ApiCaller;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.jobs.Batch;
import io.jenkins.plugins.codeartsbuild.client.jobs.DeleteBatch;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobLister;
import io.jenkins.plugins.codeartsbuild.client.jobs.RestoreBatch;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The client's one entry: deletes CodeArts Build jobs ({@code POST /v3/jobs/{job_id}/delete}), finds them, restores
 * or purges them through the recycle bin, and tests a key; authenticated per {@link AuthMode}, retried per
 * {@link RetryPolicy}. Every event of its calls goes to its one {@link ClientListener}. Thread-safe; cheap to
 * create (it shares the caller's connection pool).
 */
public final class CodeArtsBuildClient {

    /** The most jobs a look-up can return: the pages read at most, full. */
    public static final int MAX_FOUND = JobLister.MAX_PAGES * JobLister.PAGE_SIZE;

    /** How many jobs the find step returns at most unless told otherwise. */
    public static final int DEFAULT_FIND_LIMIT = 500;

    private final ClientConfig config;
    private final AccessKey key;
    private final IamClient iam;
    private final ApiCaller api;
    private final ClientListener listener;
    private final Clock clock;

    /**
     * @param http the caller's client (its proxy and connection pool are kept; timeouts, retries and redirects are
     *     the client's own)
     */
    public CodeArtsBuildClient(OkHttpClient http, ClientConfig config, AccessKey key, ClientListener listener) {
        this(http, config, key, listener, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A client that reads {@code clock} and waits with {@code sleeper}: for tests. */
    CodeArtsBuildClient(
            OkHttpClient http,
            ClientConfig config,
            AccessKey key,
            ClientListener listener,
            Clock clock,
            Sleeper sleeper) {
        this.config = config;
        this.key = key;
        this.listener = Objects.requireNonNull(listener);
        this.clock = clock;
        HttpCaller caller = new HttpCaller(http, config.getTimeouts(), key.secretKey());
        this.iam = new IamClient(caller, config.getIam(), clock);
        this.api = new ApiCaller(
                caller, new KeyAuthenticator(config, key, iam, clock), config.getRetryPolicy(), clock, sleeper);
    }

    /**
     * The jobs a look-up by name selects ({@code jobName}, {@code jobNamePattern} or {@code jobNamePrefix}), from the
     * selection's CodeArts project or from every job the caller can see; read-only. More than {@code limit} matches
     * are refused as soon as the listing passes it. With {@code notBuiltForDays}, a job never built is returned only
     * when its info says it was created before the cutoff (one info call each: {@link SelectionOptions.JobFilter}).
     *
     * @throws CodeArtsValidationException when more than {@code limit} jobs match, or when {@code notBuiltForDays} is
     *     asked of a job list that gives no last build time for any job
     */
    public List<BuildJob> findJobs(JobSelection selection, int limit) throws CodeArtsException, InterruptedException {
        SelectionOptions.inRange(limit, MAX_FOUND, Problem.LIMIT_INVALID);
        JobLister lister = new JobLister(api, config.getCodeArtsBuild(), clock);
        List<BuildJob> jobs =
                guarded(() -> lister.list(selection, limit, listener).jobs());
        if (jobs.size() > limit) {
            throw new CodeArtsValidationException(Problem.TOO_MANY_FOUND, selection.describe(), String.valueOf(limit));
        }
        return jobs;
    }

    /**
     * Deletes the jobs of a selection (or, in a dry run, checks them), and with {@code purge} removes them from the
     * recycle bin afterwards: see {@link DeleteBatch#run} (what it throws, and an abort); a single {@code jobId} is a
     * batch of one. Every request sent is one the retry policy decided on, and counted in the outcome's attempts.
     */
    public Result deleteJobs(JobSelection selection) throws CodeArtsException, InterruptedException {
        return guarded(() -> new DeleteBatch(selection, listener, batch()).run());
    }

    /**
     * Restores the jobs of a selection from the CodeArts Build recycle bin (or, in a dry run, says which it holds):
     * see {@link RestoreBatch#run}. A job the bin does not hold is {@code NOT_IN_RECYCLE_BIN}, never restored.
     */
    public Result restoreJobs(JobSelection selection) throws CodeArtsException, InterruptedException {
        return guarded(() -> new RestoreBatch(selection, listener, batch()).run());
    }

    /** The calls of one batch, sharing one guard of the key. */
    private Batch batch() {
        return new Batch(api.forBatch(), config.getCodeArtsBuild(), clock, this::unexpected);
    }

    /** A call of the client's; anything unchecked becomes a transport failure that names its class, never a secret. */
    private <T> T guarded(Fanout.Task<T> call) throws CodeArtsException, InterruptedException {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /**
     * Authenticates once, without the cache and without retries, for a "test connection" button, exactly as a
     * delete would: a token exchange with the configured scope in token mode; in signature mode a signed look-up
     * of the configured IAM project (the one a delete names), or of the project named after the region.
     */
    public ConnectionCheck verifyCredentials() throws CodeArtsException, InterruptedException {
        return guarded(() -> {
            if (config.getAuthMode() == AuthMode.SIGNATURE) {
                if (config.getProjectId() != null) {
                    return new ConnectionCheck(config.getProjectId(), iam.showProject(key, config.getProjectId()));
                }
                return new ConnectionCheck(iam.findProjectId(key, config.getRegion()), config.getRegion());
            }
            IamClient.Token token = iam.exchangeToken(key, config.getRegion(), config.getProjectId());
            return new ConnectionCheck(token.projectId(), token.projectName());
        });
    }

    private CodeArtsTransportException unexpected(RuntimeException e) {
        return CodeArtsTransportException.of(
                e,
                Service.CODEARTS_BUILD,
                config.getTimeouts(),
                "-",
                config.getCodeArtsBuild().encodedPath(),
                List.of(key.secretKey()));
    }
}
