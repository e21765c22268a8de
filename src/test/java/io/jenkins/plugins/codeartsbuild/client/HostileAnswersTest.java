package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers that are wrong on purpose: from something that is not CodeArts Build, asking OkHttp to send again,
 * echoing secrets, carrying control characters, or built to burn CPU. Each test asserts what the fake servers
 * received, not only what the client said.
 */
class HostileAnswersTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    private final Fixtures.RecordingListener listener = new Fixtures.RecordingListener();

    private CodeArtsBuildClient client(ClientConfig.Builder config, AccessKey key) {
        return Fixtures.client(config, key).listener(listener).sleeper(sleeper).build();
    }

    private CodeArtsBuildClient client() {
        iam.enqueue(Fixtures.token("tok"));
        return client(Fixtures.config(iam, build), Fixtures.newKey());
    }

    private CodeArtsBuildClient client(ClientListener events) {
        iam.enqueue(Fixtures.token("tok"));
        return Fixtures.client(Fixtures.config(iam, build))
                .listener(events)
                .sleeper(sleeper)
                .build();
    }

    private static MockResponse answer(int status, String contentType, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", contentType)
                .body(body)
                .build();
    }

    /** 404s that a web server, a proxy or another framework gives: none of them says the job is gone. */
    static Stream<MockResponse> foreignNotFounds() {
        return Stream.of(
                answer(
                        404,
                        "text/html",
                        "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1>"
                                + "</center><hr><center>nginx</center></body></html>"),
                answer(404, "application/json", ""),
                Fixtures.status(404),
                answer(
                        404,
                        "application/json",
                        "{\"timestamp\":\"2026-11-28T08:00:00.000+00:00\",\"status\":404,\"error\":\"Not Found\","
                                + "\"message\":\"No message available\",\"path\":\"/v3/jobs/x/delete\"}"),
                answer(404, "application/json", "{\"code\":\"404\",\"message\":\"Not Found\"}"),
                answer(404, "application/json", "{\"error_code\":\"NOT_FOUND\",\"error_msg\":\"no route\"}"),
                answer(404, "text/plain", "404 page not found"));
    }

    @ParameterizedTest
    @MethodSource("foreignNotFounds")
    void aNotFoundThatDidNotComeFromCodeArtsBuildIsNeverAlreadyDeleted(MockResponse notFound) {
        build.enqueue(notFound);

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, true))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(404);
                    assertThat(e.getFailure()).isEqualTo(Failure.FOREIGN_ERROR);
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_ENDPOINT);
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("foreignNotFounds")
    void aForeignNotFoundAfterALostAnswerIsNotAlreadyDeletedEither(MockResponse notFound) {
        build.enqueue(answer(502, "text/html", "<h1>502 Bad Gateway</h1>"));
        build.enqueue(notFound);

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(404));
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aCodeArtsBuildNotFoundStillCountsWhenMissingJobsAreTolerated() throws Exception {
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        assertThat(Fixtures.deleteJob(client(), JOB_ID, true).status()).isEqualTo(Status.Delete.ALREADY_GONE);
    }

    @Test
    void proxyAuthenticationRequiredIsAProxyErrorNeverRetriedNeverADeletion() {
        build.enqueue(new MockResponse.Builder()
                .code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                .build());
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, true))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(407);
                    assertThat(e.getFailure()).isEqualTo(Failure.PROXY_AUTH);
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_PROXY);
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    // ---- the HTTP library never sends on its own

    @Test
    void serviceUnavailableWithRetryAfterZeroIsSentOnlyAsOftenAsThePolicySays() {
        for (int i = 0; i < 6; i++) {
            build.enqueue(Fixtures.retryAfter(503, "0"));
        }

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(503));
        assertThat(build.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.sleeps).containsExactly(Duration.ZERO, Duration.ZERO);
    }

    @Test
    void theAttemptCountIsWhatTheServerSaw() throws Exception {
        build.enqueue(Fixtures.retryAfter(503, "0"));
        build.enqueue(Fixtures.deleted());
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.attempts()).isEqualTo(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void oneAttemptSendsTheKeyToIamOnce() {
        iam.enqueue(Fixtures.retryAfter(503, "0"));
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(Fixtures.config(iam, build).retryPolicy(Fixtures.policy(1)), Fixtures.newKey()),
                        JOB_ID,
                        false))
                .isInstanceOf(CodeArtsApiException.class);
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999", "999999999999999999999999", "-1", "1.5", "soon"})
    void anyRetryAfterIsReadWithoutAnUncheckedException(String retryAfter) throws Exception {
        build.enqueue(Fixtures.retryAfter(503, retryAfter));
        build.enqueue(Fixtures.deleted());

        assertThat(Fixtures.deleteJob(client(), JOB_ID, false).attempts()).isEqualTo(2);
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aHugeRetryAfterOnTooManyRequestsIsCapped() throws Exception {
        build.enqueue(Fixtures.retryAfter(429, "99999999999"));
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(sleeper.sleeps).containsExactly(RetryPolicy.RETRY_AFTER_CAP);
    }

    @Test
    void theCallersAuthenticatorsNeverAnswerAChallenge() {
        OkHttpClient eager = new OkHttpClient.Builder()
                .authenticator((route, response) ->
                        response.request().newBuilder().header("X-Again", "1").build())
                .build();
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(401, "APIGW.0301", "verify aksk signature fail"));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        Fixtures.client(eager, Fixtures.build(Fixtures.config(iam, build)), Fixtures.newKey())
                                .sleeper(sleeper)
                                .build(),
                        JOB_ID,
                        false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(401));
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 421})
    void statusesTheLibraryWouldRepeatAreSentOnce(int status) {
        build.enqueue(Fixtures.status(status));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false)).isInstanceOf(CodeArtsApiException.class);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    // ---- hostile bodies: linear formatting, abort honoured

    static Stream<String> pathologicalBodies() {
        int cap = HttpCaller.BODY_CAP;
        return Stream.of(
                "<".repeat(cap),
                "<script".repeat(cap / 7),
                "<!--".repeat(cap / 4),
                "<style>".repeat(cap / 7),
                "&".repeat(cap),
                "&#".repeat(cap / 2),
                "[".repeat(cap),
                "{\"a\":".repeat(cap / 5),
                "<a ".repeat(cap / 3));
    }

    @ParameterizedTest
    @MethodSource("pathologicalBodies")
    void aPathologicalBodyIsFormattedInLinearTime(String body) {
        // a hang guard, not a speed target: the quadratic formatting took 20 s to a minute per body
        String excerpt = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Texts.excerpt(body, 200));
        assertThat(excerpt.length()).isLessThanOrEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("pathologicalBodies")
    void aPathologicalErrorAnswerEndsTheCallPromptly(String body) {
        build.enqueue(answer(500, "text/html", body));
        CodeArtsBuildClient client = client();

        CodeArtsApiException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                Fixtures.deleteJob(client, JOB_ID, false);
                throw new AssertionError("no failure");
            } catch (CodeArtsApiException expected) {
                return expected;
            }
        });
        assertThat(e.getMessage()).hasSizeLessThan(600).doesNotContain("\n");
    }

    @Test
    void anAbortWhileAHostileAnswerIsHandledEndsTheCallWithinOneSecond() throws Exception {
        build.enqueue(answer(500, "text/html", "<".repeat(HttpCaller.BODY_CAP)));
        CodeArtsBuildClient client = client();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                Fixtures.deleteJob(client, JOB_ID, false);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        caller.start();
        build.takeRequest(10, TimeUnit.SECONDS);
        Thread.sleep(300);
        caller.interrupt();

        Throwable t = outcome.get(1, TimeUnit.SECONDS);
        assertThat(t).isInstanceOfAny(InterruptedException.class, CodeArtsApiException.class);
    }

    @Test
    void anInterruptBetweenAttemptsSendsNothingMore() {
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.deleted());
        iam.enqueue(Fixtures.token("tok"));
        CodeArtsBuildClient client = Fixtures.client(Fixtures.config(iam, build))
                .sleeper(sleeper)
                .listener(new ClientListener() {
                    @Override
                    public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
                        Thread.currentThread().interrupt();
                    }
                })
                .build();
        try {
            assertThatThrownBy(() -> Fixtures.deleteJob(client, JOB_ID, false))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    // ---- echoed secrets

    private static final String ECHO_SK = "Sk/With+Slash=And\"Quote\\x0123456789abcdef";

    private static AccessKey echoKey() throws CodeArtsValidationException {
        return AccessKey.of(Fixtures.newKey().getAccessKeyId(), ECHO_SK);
    }

    static Stream<String> echoForms() {
        return Stream.of(
                ECHO_SK,
                ECHO_SK.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"),
                ECHO_SK.replace("\\", "\\\\").replace("\"", "\\\""),
                URLEncoder.encode(ECHO_SK, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("echoForms")
    void aSecretKeyEchoedByIamIsNeverQuoted(String echoed) throws Exception {
        String json = HttpReply.MAPPER
                .createObjectNode()
                .put("error_code", "IAM.0001")
                .put("error_msg", "bad request: {\"secret\":{\"key\":\"" + echoed + "\"}}")
                .toString();
        iam.enqueue(answer(400, "application/json", json));
        iam.enqueue(answer(400, "text/plain", "you sent secret=" + echoed + " and more"));
        iam.enqueue(answer(400, "text/plain", json));

        for (int i = 0; i < 3; i++) {
            CodeArtsBuildClient client = client(Fixtures.config(iam, build), echoKey());
            assertThatThrownBy(() -> Fixtures.deleteJob(client, JOB_ID, false))
                    .isInstanceOfSatisfying(CodeArtsApiException.class, e -> assertNoSecret(e, ECHO_SK, echoed));
        }
        assertThat(iam.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aTokenEchoedByTheGatewayIsNeverQuoted() {
        String token = "MIIEchoedToken-" + "A".repeat(300);
        build.enqueue(new MockResponse.Builder()
                .code(401)
                .addHeader("Location", "https://elsewhere.example.com/?t=" + token)
                .body("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"bad token " + token + "\"}")
                .build());
        build.enqueue(answer(400, "text/html", "<pre>X-Auth-Token: " + token + "</pre>"));

        for (int i = 0; i < 2; i++) {
            iam.enqueue(Fixtures.token(token));
            CodeArtsBuildClient client = client(Fixtures.config(iam, build), Fixtures.newKey());
            assertThatThrownBy(() -> Fixtures.deleteJob(client, JOB_ID, false))
                    .isInstanceOfSatisfying(CodeArtsApiException.class, e -> assertNoSecret(e, token, token));
        }
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aSignatureEchoedByTheGatewayIsNeverQuoted() throws Exception {
        build.enqueue(Fixtures.error(401, "APIGW.0301", "verify aksk signature fail"));
        AccessKey key = Fixtures.newKey();
        CodeArtsBuildClient client = client(
                Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE).projectId(Fixtures.IAM_PROJECT_ID), key);
        assertThatThrownBy(() -> Fixtures.deleteJob(client, JOB_ID, false)).isInstanceOf(CodeArtsApiException.class);
        String authorization = build.takeRequest().getHeaders().get("Authorization");
        String signature = authorization.substring(authorization.indexOf("Signature=") + 10);

        // the gateway echoes the header it refused; the client signs anew, so the echo is of the same request
        build.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return answer(
                        401,
                        "application/json",
                        "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"signature mismatch, got "
                                + request.getHeaders().get("Authorization") + "\"}");
            }
        });
        assertThatThrownBy(() -> Fixtures.deleteJob(client, JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getMessage()).contains("signature mismatch");
                    assertThat(e.getMessage()).doesNotContainPattern("Signature=[0-9a-f]{64}");
                    assertThat(e.answer().message()).doesNotContainPattern("[0-9a-f]{64}");
                });
        assertThat(signature).hasSize(64);
    }

    private static void assertNoSecret(CodeArtsApiException e, String secret, String echoed) {
        for (String text : new String[] {
            e.getMessage(),
            e.answer().message(),
            e.answer().code(),
            e.answer().excerpt(),
            e.getRequestId(),
            e.answer().location()
        }) {
            if (text != null) {
                assertThat(text).doesNotContain(secret).doesNotContain(echoed);
            }
        }
    }

    // ---- tokens and project ids IAM hands out

    static Stream<String> unsendableTokens() {
        return Stream.of("\u0001", "\u00e9", "\r", "\u007f", "\u0000", "\u2028", " ", "\t")
                .map(c -> "ZQXJ" + c + "KWVY");
    }

    @ParameterizedTest
    @MethodSource("unsendableTokens")
    void aTokenThatCannotBeSentIsRefusedUnprintedAndNotCached(String token) throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(new MockResponse.Builder()
                .code(201)
                .addHeaderLenient("X-Subject-Token", token)
                .body("{\"token\":{\"expires_at\":\"2099-01-01T00:00:00Z\"}}")
                .build());
        iam.enqueue(Fixtures.token("good"));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(Fixtures.config(iam, build), key), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.INVALID_TOKEN);
                    assertThat(e.getMessage()).doesNotContain("ZQXJ").doesNotContain("KWVY");
                    assertThat(e.getService()).isEqualTo(Service.IAM);
                });
        assertThat(build.getRequestCount()).isZero();

        assertThat(Fixtures.deleteJob(client(Fixtures.config(iam, build), key), JOB_ID, false)
                        .attempts())
                .isEqualTo(1);
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("good");
    }

    static Stream<String> unsafeProjectIds() {
        return Stream.of(
                "0b8f2a1c9d4e4f6a\r\nX-Injected: 1",
                "0b8f2a1c9d4e4f6a\u0000",
                "0b8f2a1c9d4e4f6a\u00e9",
                "0b8f2a1c9d4e4f6a\nFinished: SUCCESS",
                "short",
                "0b8f2a1c 9d4e4f6a8b3c5d7e");
    }

    @ParameterizedTest
    @MethodSource("unsafeProjectIds")
    void aProjectIdFromIamIsCheckedLikeAConfiguredOneAndNotCached(String projectId) throws Exception {
        AccessKey key = Fixtures.newKey();
        String escaped = projectId
                .replace("\\", "\\\\")
                .replace("\r", "\\r")
                .replace("\n", "\\n")
                .replace("\u0000", "\\u0000");
        iam.enqueue(answer(
                200, "application/json", "{\"projects\":[{\"id\":\"" + escaped + "\",\"name\":\"cn-north-4\"}]}"));
        iam.enqueue(answer(
                200,
                "application/json",
                "{\"projects\":[{\"id\":\"" + Fixtures.IAM_PROJECT_ID + "\",\"name\":\"cn-north-4\"}]}"));
        build.enqueue(Fixtures.deleted());
        ClientConfig.Builder config = Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE);

        assertThatThrownBy(() -> Fixtures.deleteJob(client(config, key), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.INVALID_PROJECT_ID);
                    assertThat(e.getMessage())
                            .doesNotContain("\n")
                            .doesNotContain("\r")
                            .doesNotContain("Injected");
                });
        assertThat(build.getRequestCount()).isZero();

        Fixtures.deleteJob(client(config, key), JOB_ID, false);
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.takeRequest().getHeaders().get("X-Project-Id")).isEqualTo(Fixtures.IAM_PROJECT_ID);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503, 500, 401, 403})
    void aLockoutIsNeverRetriedWhateverTheStatus(int status) {
        iam.enqueue(Fixtures.error(status, "APIGW.0301", "AK access failed to reach the limit,forbidden"));
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.KEY_LOCKED));
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    // ---- messages

    static Stream<MockResponse> oddAnswers() {
        return Stream.of(
                answer(404, "application/json", "{\"error_msg\":\"invalid task id\"}"),
                answer(404, "application/json", "{\"error_code\":\"CB.00060201\"}"),
                answer(200, "application/json", ""),
                answer(200, "application/json", "   "),
                answer(200, "application/json", "{\"status\":null}"),
                answer(201, "application/json", "{\"status\":\"success\"}"),
                answer(202, "application/json", ""),
                Fixtures.status(204),
                answer(500, "application/json", "{\"error_code\":null,\"error_msg\":null}"),
                answer(400, "application/json", "{\"error_code\":\"\",\"error_msg\":\"\"}"),
                answer(403, "text/plain", "\r\n\t "));
    }

    @ParameterizedTest
    @MethodSource("oddAnswers")
    void everyMessageIsOneLineWithoutEmptySlotsOrNull(MockResponse odd) {
        build.enqueue(odd);
        iam.enqueue(Fixtures.token("tok"));

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(Fixtures.config(iam, build).retryPolicy(Fixtures.policy(1)), Fixtures.newKey()),
                        JOB_ID,
                        false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getMessage())
                            .doesNotContain("  ")
                            .doesNotContainPattern("(^|[\\s(])null([\\s),.]|$)")
                            .doesNotContain(": (")
                            .doesNotContain(":  ")
                            .doesNotContainPattern("[\\r\\n\\t]")
                            .doesNotEndWith(" ");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 202, 204})
    void aSuccessCodeOtherThan200HasItsOwnWording(int status) {
        build.enqueue(
                status == 204 ? Fixtures.status(204) : answer(status, "application/json", "{\"status\":\"success\"}"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.UNEXPECTED_STATUS);
                    assertThat(e.getMessage()).contains("HTTP " + status);
                    assertThat(ErrorHint.of(e)).isNotEqualTo(ErrorHint.NONE);
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSuccessNamingAnotherJobIsASuccessWithOneWarningNamingBoth() throws Exception {
        String other = "0123456789abcdef0123456789abcdef";
        build.enqueue(answer(
                200,
                "application/json",
                "{\"status\":\"success\",\"result\":{\"job_id\":\"" + other + "\",\"project_id\":\""
                        + Fixtures.PROJECT_ID + "\"}}"));
        List<String> warnings = new ArrayList<>();
        ClientListener listener = new ClientListener() {
            @Override
            public void onOtherJobConfirmed(String asked, String confirmed) {
                warnings.add(asked + " -> " + confirmed);
            }
        };

        Outcome r = Fixtures.deleteJob(client(listener), JOB_ID, false);

        assertThat(r.jobId()).isEqualTo(JOB_ID);
        assertThat(r.confirmedJobId()).isEqualTo(other);
        assertThat(r.toMap(CodeArtsException::getMessage)).containsEntry("confirmedJobId", other);
        assertThat(warnings).containsExactly(JOB_ID + " -> " + other);
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(build.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/jobs/" + JOB_ID + "/delete");
    }

    // ---- one rule for a missing job, in deletes and in dry runs

    @Test
    void theDocumentedInvalidTaskIdIsAMissingJobWhateverItsStatus() throws Exception {
        build.enqueue(
                answer(400, "application/json", "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}"));

        assertThat(Fixtures.deleteJob(client(), JOB_ID, true).status()).isEqualTo(Status.Delete.ALREADY_GONE);
    }

    @Test
    void codeArtsUrlNotFoundIsAWrongPathNeverAMissingJob() {
        build.enqueue(
                answer(404, "application/json", "{\"error_code\":\"CB.00060214\",\"error_msg\":\"URL not found\"}"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, true))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(404);
                    assertThat(e.saysJobMissing()).isFalse();
                });
    }

    // ---- compressed error answers: every decision that reads an error body reads it decoded

    @Test
    void aCompressedCodeArtsNotFoundStillCountsAsAlreadyGone() throws Exception {
        build.enqueue(Fixtures.gzipped(404, "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}"));

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, true);

        assertThat(r.status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(r.requestId()).isEqualTo("req-gz-404");
    }

    @Test
    void aCompressedLockoutIsNeverRetried() {
        build.enqueue(Fixtures.gzipped(
                401,
                "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"AK access failed to reach the limit,forbidden\"}"));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.answer().mentionsKeyLock()).isTrue();
                    assertThat(e.getMessage()).contains("APIGW.0301", "reach the limit");
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aCompressedThrottlingAnswerIsRetriedAndAnotherErrorIsQuoted() throws Exception {
        build.enqueue(Fixtures.gzipped(400, "{\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests.\"}"));
        build.enqueue(Fixtures.gzipped(403, "{\"error_code\":\"CB.00060003\",\"error_msg\":\"no permission\"}"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(403);
                    assertThat(e.getFailure()).isEqualTo(Failure.HTTP_ERROR);
                    assertThat(e.getMessage()).contains("CB.00060003", "no permission");
                    assertThat(e.getAttempts()).isEqualTo(2);
                });
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aCompressedBombInAnErrorIsReadOnlyToTheCap() {
        build.enqueue(Fixtures.gzipped(502, "{\"error_msg\":\"" + "A".repeat(30_000_000) + "\"}"));
        build.enqueue(Fixtures.gzipped(502, "{\"error_msg\":\"" + "A".repeat(30_000_000) + "\"}"));
        build.enqueue(Fixtures.gzipped(502, "{\"error_msg\":\"" + "A".repeat(30_000_000) + "\"}"));

        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                        .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                            assertThat(e.getStatus()).isEqualTo(502);
                            assertThat(e.getMessage().length()).isLessThan(2_000);
                        }));
    }

    @Test
    void aConfirmedIdThatIsNotPlainIsQuotedEscaped() throws Exception {
        build.enqueue(answer(
                200,
                "application/json",
                "{\"status\":\"success\",\"result\":{\"job_id\":\"x\\r\\nFinished: SUCCESS\"}}"));

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.confirmedJobId()).doesNotContain("\r", "\n").contains("Finished");
    }

    @Test
    void aSuccessNamingTheSameJobInAnotherCaseIsAccepted() throws Exception {
        build.enqueue(answer(
                200,
                "application/json",
                "{\"status\":\"success\",\"result\":{\"job_id\":\"" + JOB_ID.toUpperCase(java.util.Locale.ROOT)
                        + "\"}}"));

        assertThat(Fixtures.deleteJob(client(), JOB_ID, false).jobId()).isEqualTo(JOB_ID);
    }

    // ---- log forging

    @Test
    void remoteTextIsNeutralisedBeforeItReachesAMessageOrAResult() {
        String forged = "bad\r\nFinished: SUCCESS\u001b[8m\u0007\u202e\u0085x" + "y".repeat(1000);
        build.enqueue(new MockResponse.Builder()
                .code(403)
                .addHeaderLenient("X-Request-Id", "req\u001b[31m-1")
                .addHeaderLenient("Location", "https://x.example.com/\u001b]0;title\u0007")
                .body("{\"error_code\":\"CB.0006\\u001b0003\",\"error_msg\":\""
                        + forged.replace("\r", "\\r")
                                .replace("\n", "\\n")
                                .replace("\u001b", "\\u001b")
                                .replace("\u0007", "\\u0007")
                                .replace("\u0085", "\\u0085")
                        + "\"}")
                .build());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    List<String> texts = new ArrayList<>();
                    texts.add(e.getMessage());
                    texts.add(e.answer().message());
                    if (e.answer().code() != null) {
                        texts.add(e.answer().code());
                    }
                    if (e.answer().location() != null) {
                        texts.add(e.answer().location());
                    }
                    for (String t : texts) {
                        assertThat(t).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
                    }
                    assertThat(e.answer().message())
                            .startsWith("bad Finished: SUCCESS")
                            .hasSizeLessThan(260);
                    assertThat(e.getRequestId()).isNull();
                    assertThat(e.answer().code()).isNull();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"p\\nFinished: SUCCESS", "p\\u001b[0m", "p;rm -rf /", "p p", "\\u00e9t\\u00e9"})
    void aResultCarriesOnlyIdsThatPassAConservativePattern(String projectId) throws Exception {
        build.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeaderLenient("X-Request-Id", "r\u001b1")
                .body("{\"status\":\"success\",\"result\":{\"job_id\":\"" + JOB_ID + "\",\"project_id\":\"" + projectId
                        + "\"},\"request_id\":\"x\\ny\"}")
                .build());

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.codeArtsProjectId()).isNull();
        assertThat(r.requestId()).isNull();
        assertThat(r.toMap(CodeArtsException::getMessage)).containsEntry("jobId", JOB_ID);
    }

    @Test
    void aTokenExchangeProjectIsSanitisedForTheConnectionTest() throws Exception {
        iam.enqueue(new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", "tok")
                .body("{\"token\":{\"expires_at\":\"2099-01-01T00:00:00Z\",\"project\":{\"id\":\"id\\r\\nx\","
                        + "\"name\":\"cn-north-4\\u001b[2J\"}}}")
                .build());

        ConnectionCheck check =
                client(Fixtures.config(iam, build), Fixtures.newKey()).verifyCredentials();

        assertThat(check.projectId()).isNull();
        assertThat(check.projectName()).doesNotContainPattern("\\p{Cc}").startsWith("cn-north-4");
    }

    @Test
    void aResultNeverCarriesAnIdThatEchoesTheTokenOrTheSecretKey() throws Exception {
        String token = "PlainAlnumToken0123456789";
        iam.enqueue(Fixtures.token(token));
        build.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("X-Request-Id", "x" + Fixtures.SK)
                .body("{\"status\":\"success\",\"result\":{\"job_id\":\"" + JOB_ID + "\",\"project_id\":\"" + token
                        + "\"}}")
                .build());

        Outcome r = Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false);

        assertThat(r.codeArtsProjectId()).isNull();
        assertThat(r.requestId()).isNull();
    }
}
