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
        this.http = new HttpCaller(b.http, config.getTimeouts());
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
     * Deletes one job. Success is HTTP 200 with {@code status == "success"}. A 404 is a success ("already
     * deleted") when {@code ignoreMissing} is set, or when an earlier attempt may have deleted the job before its
     * answer was lost; otherwise every 4xx and 5xx left after the retry policy is thrown.
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
        RetryPolicy policy = config.getRetryPolicy();
        boolean mayBeGone = false;
        int refreshes = 0;
        for (int attempt = 1; ; attempt++) {
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
                if (attempt - refreshes >= policy.getMaxAttempts() || !policy.isRetryable(e)) {
                    throw e;
                }
                mayBeGone |= sent && policy.mayHaveTakenEffect(e);
                Duration delay = policy.delayAfter(attempt - refreshes, e, clock);
                listener.onRetry(attempt, delay, e);
                sleeper.sleep(delay);
            }
        }
    }

    /**
     * Authenticates once, without the token cache and without retries, for a "test connection" button: a token
     * exchange in token mode, a signed project look-up in signature mode.
     */
    public ConnectionCheck verifyCredentials() throws CodeArtsException, InterruptedException {
        if (config.getAuthMode() == AuthMode.SIGNATURE) {
            String projectId = iam.findProjectId(key, config.getRegion());
            return new ConnectionCheck(AuthMode.SIGNATURE, projectId, config.getRegion(), null);
        }
        IamToken token = iam.exchangeToken(key, config.getRegion(), config.getProjectId());
        return new ConnectionCheck(AuthMode.TOKEN, token.projectId(), token.projectName(), token.expiresAt());
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
