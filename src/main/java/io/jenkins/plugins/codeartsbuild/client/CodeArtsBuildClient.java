package io.jenkins.plugins.codeartsbuild.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Deletes CodeArts Build jobs: {@code POST /v3/jobs/{job_id}/delete}, authenticated per {@link AuthMode}, retried
 * per {@link RetryPolicy}. Thread-safe; cheap to create (it shares the caller's connection pool).
 */
public final class CodeArtsBuildClient {

    private static final RequestBody EMPTY_JSON = RequestBody.create(new byte[0], IamClient.JSON);

    private final ClientConfig config;
    private final AccessKey key;
    private final HttpCaller http;
    private final IamClient iam;
    private final RequestAuthenticator authenticator;
    private final ClientListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpUrl jobsUrl;

    private CodeArtsBuildClient(Builder b) {
        this.config = b.config;
        this.key = b.key;
        this.listener = b.listener;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.http = new HttpCaller(b.http, config.getTimeouts(), Secrets.of(key.secretKey()));
        this.iam = new IamClient(http, config.getEndpoints().getIam(), clock);
        this.authenticator = RequestAuthenticator.of(config, key, iam, clock, listener);
        this.jobsUrl = config.getEndpoints()
                .getCodeArtsBuild()
                .newBuilder()
                .addPathSegments("v3/jobs")
                .build();
    }

    /**
     * @param http the caller's client (its proxy and connection pool are kept; timeouts, retries and redirects are
     *     the client's own)
     */
    public static Builder builder(OkHttpClient http, ClientConfig config, AccessKey key) {
        return new Builder(http, config, key);
    }

    /**
     * Deletes one job. Success is HTTP 200 with {@code status == "success"} (and, when the answer names a job, the
     * same job). A 404 that CodeArts Build gave for a missing job ({@code CB.} code) is a success ("already
     * deleted") when {@code ignoreMissing} is set, or when an earlier attempt may have deleted the job before its
     * answer was lost; every other failure left after the retry policy is thrown. Every request sent is one the
     * retry policy decided on, and counted in the result's attempts.
     *
     * @throws CodeArtsValidationException for a bad job id, before anything is sent
     * @throws InterruptedException when the calling thread is interrupted: the HTTP call is cancelled, no retry
     */
    public DeleteJobResult deleteJob(String jobId, boolean ignoreMissing)
            throws CodeArtsException, InterruptedException {
        String id = JobIds.check(jobId);
        HttpUrl url =
                jobsUrl.newBuilder().addPathSegment(id).addPathSegment("delete").build();
        Request request = new Request.Builder().url(url).post(EMPTY_JSON).build();
        try {
            return deleteWithRetries(request, id, ignoreMissing);
        } catch (RuntimeException e) {
            throw unexpected(e, request);
        }
    }

    private DeleteJobResult deleteWithRetries(Request request, String id, boolean ignoreMissing)
            throws CodeArtsException, InterruptedException {
        RetryPolicy policy = config.getRetryPolicy();
        boolean mayBeGone = false;
        int refreshes = 0;
        for (int attempt = 1; ; attempt++) {
            checkInterrupt();
            listener.onAttempt(attempt, policy.getMaxAttempts() + refreshes);
            boolean sent = false;
            try {
                Request authenticated = authenticator.authenticate(request);
                sent = true;
                HttpReply reply = http.execute(authenticated, Service.CODEARTS_BUILD);
                if (reply.status() == 200) {
                    return DeleteResponse.parse(reply, id, attempt);
                }
                CodeArtsApiException error = CodeArtsApiException.of(reply);
                checkInterrupt();
                if (DeleteResponse.isJobNotFound(error) && (ignoreMissing || mayBeGone)) {
                    return new DeleteJobResult(id, null, error.getRequestId(), attempt, true);
                }
                if (refreshes == 0 && error.getStatus() == 401 && authenticator.discardRejected(authenticated, error)) {
                    refreshes++;
                    listener.onTokenRejected(error);
                    continue;
                }
                throw error;
            } catch (CodeArtsException e) {
                checkInterrupt();
                if (attempt - refreshes >= policy.getMaxAttempts() || !policy.isRetryable(e)) {
                    throw e;
                }
                mayBeGone |= sent && policy.mayHaveTakenEffect(e);
                Duration delay = policy.delayAfter(attempt - refreshes, e, clock);
                listener.onRetry(attempt, delay, e);
                checkInterrupt();
                sleeper.sleep(delay);
            }
        }
    }

    /**
     * Authenticates once, without the cache and without retries, for a "test connection" button, exactly as a
     * delete would: a token exchange with the configured scope in token mode; in signature mode a signed look-up
     * of the configured IAM project (the one a delete names), or of the project named after the region.
     */
    public ConnectionCheck verifyCredentials() throws CodeArtsException, InterruptedException {
        try {
            if (config.getAuthMode() == AuthMode.SIGNATURE) {
                if (config.getProjectId() != null) {
                    IamClient.Project p = iam.showProject(key, config.getProjectId());
                    return new ConnectionCheck(AuthMode.SIGNATURE, p.id(), p.name(), null);
                }
                String projectId = iam.findProjectId(key, config.getRegion());
                return new ConnectionCheck(AuthMode.SIGNATURE, projectId, config.getRegion(), null);
            }
            IamToken token = iam.exchangeToken(key, config.getRegion(), config.getProjectId());
            return new ConnectionCheck(AuthMode.TOKEN, token.projectId(), token.projectName(), token.expiresAt());
        } catch (RuntimeException e) {
            throw unexpected(e, null);
        }
    }

    /** A failure no check foresaw, as a transport failure that names its class and never a secret. */
    private CodeArtsTransportException unexpected(RuntimeException e, Request request) {
        HttpUrl url = request != null ? request.url() : config.getEndpoints().getIam();
        return CodeArtsTransportException.of(
                e,
                request != null ? Service.CODEARTS_BUILD : Service.IAM,
                config.getTimeouts(),
                request != null ? request.method() : "POST",
                url.encodedPath(),
                Secrets.of(key.secretKey()));
    }

    /** An interrupt that came while nothing blocked (formatting an answer, a listener) ends the call here. */
    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted: no further request is sent");
        }
    }

    /** The OkHttp client actually used (derived from the caller's); for tests. */
    OkHttpClient httpClient() {
        return http.client();
    }

    /** Builder: the listener, clock and sleeper are optional. */
    public static final class Builder {
        private final OkHttpClient http;
        private final ClientConfig config;
        private final AccessKey key;
        private ClientListener listener = ClientListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder(OkHttpClient http, ClientConfig config, AccessKey key) {
            this.http = Objects.requireNonNull(http);
            this.config = Objects.requireNonNull(config);
            this.key = Objects.requireNonNull(key);
        }

        public Builder listener(ClientListener l) {
            this.listener = Objects.requireNonNull(l);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s);
            return this;
        }

        public CodeArtsBuildClient build() {
            return new CodeArtsBuildClient(this);
        }
    }
}
