package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry policy as the fake server sees it: requests counted, delays recorded instead of waited. */
class RetryTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    private final Fixtures.RecordingListener listener = new Fixtures.RecordingListener();

    private CodeArtsBuildClient client(ClientConfig.Builder config) {
        iam.enqueue(Fixtures.token("tok"));
        return Fixtures.client(config).listener(listener).sleeper(sleeper).build();
    }

    private CodeArtsBuildClient client() {
        return client(Fixtures.config(iam, build));
    }

    private static MockResponse html(int status) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "text/html")
                .body("<html><head><title>" + status + "</title></head><body><center><h1>" + status
                        + " Gateway Error</h1></center><hr><center>nginx</center></body></html>")
                .build();
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void gatewayErrorsAreRetriedAndALaterSuccessWins(int status) throws Exception {
        build.enqueue(html(status));
        build.enqueue(Fixtures.error(500, "CB.00060100", "network busy"));
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.attempts()).isEqualTo(3);
        assertThat(r.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(build.getRequestCount()).isEqualTo(3);
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(listener.events)
                .filteredOn(e -> e.startsWith("retry"))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(listener.events.get(0)).contains("HTTP " + status).doesNotContain("<h1>");
    }

    @Test
    void htmlGatewayPagesExhaustTheAttemptsWithAReadableMessage() {
        for (int i = 0; i < 3; i++) {
            build.enqueue(html(502));
        }

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(502);
                    assertThat(e.getMessage())
                            .contains("HTTP 502", "502 Gateway Error nginx")
                            .doesNotContain("<");
                });
        assertThat(build.getRequestCount()).isEqualTo(3);
    }

    @Test
    void tooManyRequestsAsHttp500IsRetried() throws Exception {
        build.enqueue(Fixtures.error(500, "CB.00060211", "too many requests"));
        build.enqueue(Fixtures.deleted());

        assertThat(Fixtures.deleteJob(client(), JOB_ID, false).attempts()).isEqualTo(2);
    }

    @Test
    void retryAfterSecondsIsHonoured() throws Exception {
        build.enqueue(Fixtures.retryAfter(429, "2"));
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void hugeRetryAfterIsCappedAndThrottlingEndsWhenThePatienceRunsOut() {
        build.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return Fixtures.retryAfter(429, "86400");
            }
        });

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(429);
                    assertThat(e.getAttempts()).isEqualTo(build.getRequestCount());
                });
        // throttled attempts use up no attempts: each waits the capped Retry-After until the patience is spent
        int waits = (int) (RetryPolicy.THROTTLE_PATIENCE.toSeconds() / RetryPolicy.RETRY_AFTER_CAP.toSeconds());
        assertThat(build.getRequestCount()).isEqualTo(waits + 1);
        assertThat(sleeper.sleeps).hasSize(waits).containsOnly(RetryPolicy.RETRY_AFTER_CAP);
    }

    @Test
    void theDocumentedThrottlingAnswerIsRetriedBeyondTheAttemptLimit() throws Exception {
        for (int i = 0; i < 5; i++) {
            build.enqueue(FakeCodeArtsBuild.json(
                    400, "{\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests. Try again later.\"}"));
        }
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.attempts()).isEqualTo(6);
        assertThat(build.getRequestCount()).isEqualTo(6);
        // a single delete backs off (no Retry-After was given): 1 s, 2 s, 4 s, 8 s ceilings with jitter 0.5
        assertThat(sleeper.sleeps).hasSize(5).allMatch(d -> !d.isZero());
    }

    /**
     * A throttling answer with {@code Retry-After: 0} uses up no attempt: taken at its word, a single delete would
     * send up to {@value RetryPolicy#MAX_THROTTLED_ATTEMPTS} requests back to back into a throttling service. It backs
     * off instead; a {@code Retry-After: 0} that is no throttling (a 503) is still retried at once, as an attempt.
     */
    @Test
    void aThrottlingAnswersRetryAfterZeroIsABackOffNotABurst() throws Exception {
        for (int i = 0; i < 5; i++) {
            build.enqueue(Fixtures.retryAfter(429, "0"));
        }
        build.enqueue(Fixtures.deleted());

        assertThat(Fixtures.deleteJob(client(), JOB_ID, false).attempts()).isEqualTo(6);
        assertThat(sleeper.sleeps).hasSize(5).allMatch(d -> !d.isZero());
    }

    @Test
    void retryAfterAsHttpDateIsMeasuredOnTheClientClock() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(java.time.Instant.parse("2026-11-28T08:00:00Z"));
        build.enqueue(Fixtures.retryAfter(503, "Sat, 28 Nov 2026 08:00:04 GMT"));
        build.enqueue(Fixtures.deleted());
        iam.enqueue(Fixtures.token("tok", clock.instant(), clock.instant().plus(Duration.ofHours(24))));

        Fixtures.deleteJob(
                Fixtures.client(Fixtures.config(iam, build))
                        .sleeper(sleeper)
                        .clock(clock)
                        .build(),
                JOB_ID,
                false);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void withoutRetryAfterTheBackoffHasJitter() throws Exception {
        build.enqueue(Fixtures.status(429));
        build.enqueue(Fixtures.status(429));
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void maxAttemptsIsConfigurable() {
        for (int i = 0; i < 6; i++) {
            build.enqueue(Fixtures.status(503));
        }
        ClientConfig.Builder config = Fixtures.config(iam, build).retryPolicy(Fixtures.policy(5));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(config), JOB_ID, false))
                .isInstanceOf(CodeArtsApiException.class);
        assertThat(build.getRequestCount()).isEqualTo(5);
    }

    @Test
    void oneAttemptMeansNoRetry() {
        build.enqueue(Fixtures.status(503));
        ClientConfig.Builder config = Fixtures.config(iam, build).retryPolicy(Fixtures.policy(1));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(config), JOB_ID, false))
                .isInstanceOf(CodeArtsApiException.class);
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void connectionRefusedIsRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ClientConfig.Builder config =
                Fixtures.config(iam, build).codeArtsBuildEndpoint("http://127.0.0.1:" + closedPort + "/");

        assertThatThrownBy(() -> Fixtures.deleteJob(client(config), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsTransportException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.CONNECT);
                    assertThat(e.getMessage()).startsWith("CONNECT: CodeArts Build");
                });
        assertThat(listener.events).filteredOn(e -> e.startsWith("retry")).hasSize(2); // three attempts
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void resetBeforeTheResponseThenNotFoundMeansAlreadyDeleted() throws Exception {
        build.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.requestId()).isEqualTo("req-404");
        assertThat(build.getRequestCount()).isEqualTo(2);
        assertThat(listener.events.get(0)).contains("IO: CodeArts Build");
    }

    @Test
    void resetWhileReadingTheRequestIsRetried() throws Exception {
        build.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket())
                .build());
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(r.attempts()).isEqualTo(2);
    }

    @Test
    void resetInsideTheResponseBodyIsRetried() throws Exception {
        build.enqueue(new MockResponse.Builder()
                .body("{\"status\":\"success\",\"result\":{\"project_id\":\"p\"}}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        assertThat(Fixtures.deleteJob(client(), JOB_ID, false).status()).isEqualTo(Status.Delete.ALREADY_GONE);
    }

    @Test
    void afterAnAnswerThatRefusedTheRequestNotFoundStillFails() {
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(404));
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void afterAGatewayTimeoutNotFoundMeansAlreadyDeleted() throws Exception {
        build.enqueue(html(504));
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        assertThat(Fixtures.deleteJob(client(), JOB_ID, false).status()).isEqualTo(Status.Delete.ALREADY_GONE);
    }
}
