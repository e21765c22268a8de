package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy.Sleeper;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Shared pieces of the tests: answers of a fake Huawei Cloud on loopback, keys, and recording collaborators. Public
 * for the Jenkins layer's tests, which use the same fake answers.
 */
public final class Fixtures {

    public static final String JOB_ID = "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c46";
    public static final String PROJECT_ID = "6a2c8e0b4d1f4a3b9c7e5d2f1a0b3c4d";
    public static final String IAM_PROJECT_ID = "0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c";
    public static final String SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
    public static final OkHttpClient HTTP = new OkHttpClient();

    private static final AtomicInteger KEYS = new AtomicInteger();

    private Fixtures() {}

    /** A fresh AK for every call, so that no test shares a cached token with another. */
    public static AccessKey newKey() {
        try {
            return AccessKey.of(String.format("HPUATESTAK%010d", KEYS.incrementAndGet()), SK);
        } catch (CodeArtsValidationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A single delete, as {@code codeartsDeleteBuildJob jobId: id} runs it: a batch of one. Its outcome, or the failure
     * a single delete reports, thrown.
     */
    public static Outcome deleteJob(CodeArtsBuildClient client, String jobId, boolean ignoreMissing)
            throws CodeArtsException, InterruptedException {
        Chosen selection = new Chosen();
        selection.setJobId(jobId);
        selection.setIgnoreMissing(ignoreMissing);
        Outcome outcome = client.deleteJobs(selection.check()).outcomes().get(0);
        if (outcome.error() != null) {
            throw outcome.error();
        }
        return outcome;
    }

    public static MockResponse token(String value) {
        Instant now = Instant.now();
        return token(value, now, now.plus(Duration.ofHours(24)));
    }

    public static MockResponse token(String value, Instant issued, Instant expires) {
        return new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", value)
                .addHeader("X-IAM-Trace-Id", "iam-trace-1")
                .addHeader("Content-Type", "application/json")
                .body("{\"token\":{\"expires_at\":\"" + expires + "\",\"issued_at\":\"" + issued
                        + "\",\"methods\":[\"hw_ak_sk\"],\"project\":{\"id\":\"" + IAM_PROJECT_ID
                        + "\",\"name\":\"cn-north-4\"},\"user\":{\"name\":\"ci\"}}}")
                .build();
    }

    public static MockResponse deleted() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("X-Request-Id", "req-ok")
                .addHeader("Content-Type", "application/json")
                .body("{\"status\":\"success\",\"result\":{\"job_id\":\"" + JOB_ID + "\",\"project_id\":\"" + PROJECT_ID
                        + "\"}}")
                .build();
    }

    public static MockResponse error(int status, String code, String message) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("X-Request-Id", "req-" + status)
                .addHeader("Content-Type", "application/json")
                .body("{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}")
                .build();
    }

    /** A JSON answer whose body is sent gzip-compressed, as a gateway may send an error. */
    public static MockResponse gzipped(int status, String json) {
        okio.Buffer compressed = new okio.Buffer();
        try (okio.BufferedSink gzip = okio.Okio.buffer(new okio.GzipSink(compressed))) {
            gzip.writeUtf8(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .addHeader("Content-Encoding", "gzip")
                .addHeader("X-Request-Id", "req-gz-" + status)
                .body(compressed)
                .build();
    }

    public static MockResponse status(int status) {
        return new MockResponse.Builder().code(status).build();
    }

    /**
     * A bare answer with {@code status} that asks the client to wait {@code retryAfter} (sent as given) before it
     * sends again.
     */
    public static MockResponse retryAfter(int status, String retryAfter) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Retry-After", retryAfter)
                .build();
    }

    /** Retries with a fixed jitter of one half: the n-th backoff is half of min(10 s, 1 s * 2^(n-1)). */
    public static RetryPolicy policy(int maxAttempts) {
        return RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts).withJitter(() -> 0.5);
    }

    public static ClientConfig.Builder config(MockWebServer iam, MockWebServer build) {
        return ClientConfig.builder("cn-north-4")
                .iamEndpoint(iam.url("/").toString())
                .codeArtsBuildEndpoint(build.url("/").toString())
                .retryPolicy(policy(3));
    }

    /**
     * A client of the fake cloud that {@code config} points at, signing in with {@code key}. It records its waits
     * instead of waiting; a test that reads them, or listens, or moves the clock, sets its own on the builder.
     */
    public static ClientBuilder client(ClientConfig.Builder config, AccessKey key) {
        return client(HTTP, build(config), key).sleeper(new RecordingSleeper());
    }

    /** A client built on {@code http}, with the system's clock and waits unless the test sets its own. */
    public static ClientBuilder client(OkHttpClient http, ClientConfig config, AccessKey key) {
        return new ClientBuilder(http, config, key);
    }

    /** A client as a test wants it: the listener, clock and sleeper are optional. */
    public static final class ClientBuilder {
        private final OkHttpClient http;
        private final ClientConfig config;
        private final AccessKey key;
        private ClientListener listener = ClientListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        ClientBuilder(OkHttpClient http, ClientConfig config, AccessKey key) {
            this.http = http;
            this.config = config;
            this.key = key;
        }

        public ClientBuilder listener(ClientListener l) {
            this.listener = l;
            return this;
        }

        public ClientBuilder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public ClientBuilder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        public CodeArtsBuildClient build() {
            return new CodeArtsBuildClient(http, config, key, listener, clock, sleeper);
        }
    }

    /** A client of the fake cloud that {@code config} points at, with a key of its own. */
    public static ClientBuilder client(ClientConfig.Builder config) {
        return client(config, newKey());
    }

    public static ClientConfig build(ClientConfig.Builder b) {
        try {
            return b.build();
        } catch (CodeArtsValidationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Records what the Jenkins layer logs or shows: the events of a call (a retry, a rejected token) one line each in
     * {@link #events}, not the attempts and token exchanges, which nothing outside the client reads; and what a batch
     * resolved, filtered, did per job, purged and left on an abort.
     */
    public static final class RecordingListener implements ClientListener {
        public final List<String> events = new CopyOnWriteArrayList<>();
        /** "count pages" per resolved selection. */
        public final List<String> resolved = new CopyOnWriteArrayList<>();
        /** "matched -> kept, unknown u, never n" per filtered list. */
        public final List<String> filtered = new CopyOnWriteArrayList<>();

        public final List<Outcome> done = new CopyOnWriteArrayList<>();
        public final List<List<Outcome>> purged = new CopyOnWriteArrayList<>();
        public final List<Result> aborted = new CopyOnWriteArrayList<>();

        @Override
        public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
            events.add("retry after " + attempt + " in " + delay.toMillis() + " ms: " + cause.getMessage());
        }

        @Override
        public void onTokenRejected(CodeArtsApiException rejection) {
            events.add("token rejected: " + rejection.answer().message());
        }

        @Override
        public void onResolved(int count, int pages) {
            resolved.add(count + " " + pages);
        }

        @Override
        public void onFiltered(int matched, int kept, int unknownTime, int neverBuiltOut) {
            filtered.add(matched + " -> " + kept + ", unknown " + unknownTime + ", never " + neverBuiltOut);
        }

        @Override
        public void onJobDone(Outcome outcome) {
            done.add(outcome);
        }

        @Override
        public void onPurged(List<Outcome> outcomes, int binPages) {
            purged.add(outcomes);
        }

        @Override
        public void onAborted(Result partial) {
            aborted.add(partial);
        }
    }

    /** Records the delays instead of waiting. */
    public static final class RecordingSleeper implements Sleeper {
        public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }

    /** A clock the test moves by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** An answer to no particular request (no secrets), for tests of the parsing. */
    public static HttpReply reply(
            Service service, String method, String path, int status, Headers headers, String body) {
        return new HttpReply(
                service,
                new Request.Builder()
                        .url("http://localhost" + path)
                        .method(method, method.equals("GET") ? null : RequestBody.create(new byte[0], null))
                        .build(),
                status,
                headers,
                body,
                List.of());
    }
}
