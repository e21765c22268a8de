package io.jenkins.plugins.codeartsbuild.client.auth;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link KeyAuthenticator} in token mode: the exchange, the shared cache, the refresh after "token expires", and IAM failures. */
class KeyAuthenticatorTokenModeTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    private final Fixtures.RecordingListener listener = new Fixtures.RecordingListener();

    private CodeArtsBuildClient client(ClientConfig.Builder config, AccessKey key) {
        return Fixtures.client(config, key).listener(listener).sleeper(sleeper).build();
    }

    @Test
    void theExchangeCarriesTheKeysAndTheRegionScope() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(client(Fixtures.config(iam, build), key), JOB_ID, false);

        RecordedRequest r = iam.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v3/auth/tokens?nocatalog=true");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=utf8");
        JsonNode body = HttpReply.MAPPER.readTree(r.getBody().utf8());
        assertThat(body.at("/auth/identity/methods").toString()).isEqualTo("[\"hw_ak_sk\"]");
        assertThat(body.at("/auth/identity/hw_ak_sk/access/key").asText()).isEqualTo(key.getAccessKeyId());
        assertThat(body.at("/auth/identity/hw_ak_sk/secret/key").asText()).isEqualTo(Fixtures.SK);
        assertThat(body.at("/auth/scope/project").toString()).isEqualTo("{\"name\":\"cn-north-4\"}");
    }

    @Test
    void anExplicitProjectIdScopesByIdAndIsCachedSeparately() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(Fixtures.token("by-name"));
        iam.enqueue(Fixtures.token("by-id"));
        build.enqueue(Fixtures.deleted());
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(client(Fixtures.config(iam, build), key), JOB_ID, false);
        Fixtures.deleteJob(client(Fixtures.config(iam, build).projectId(Fixtures.IAM_PROJECT_ID), key), JOB_ID, false);

        iam.takeRequest();
        JsonNode body = HttpReply.MAPPER.readTree(iam.takeRequest().getBody().utf8());
        assertThat(body.at("/auth/scope/project").toString()).isEqualTo("{\"id\":\"" + Fixtures.IAM_PROJECT_ID + "\"}");
        build.takeRequest();
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("by-id");
    }

    @Test
    void theCacheIsSharedAcrossClientInstances() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(Fixtures.token("shared"));
        for (int i = 0; i < 3; i++) {
            build.enqueue(Fixtures.deleted());
        }

        for (int i = 0; i < 3; i++) {
            Fixtures.deleteJob(
                    client(Fixtures.config(iam, build), AccessKey.of(key.getAccessKeyId(), Fixtures.SK)),
                    JOB_ID,
                    false);
        }

        assertThat(iam.getRequestCount()).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("shared");
        }
    }

    @Test
    void aDifferentSecretWithTheSameAccessKeyNeverGetsTheCachedToken() throws Exception {
        AccessKey good = Fixtures.newKey();
        iam.enqueue(Fixtures.token("good-token"));
        build.enqueue(Fixtures.deleted());
        Fixtures.deleteJob(client(Fixtures.config(iam, build), good), JOB_ID, false);
        iam.enqueue(Fixtures.error(401, "401", "The request you have made requires authentication."));

        AccessKey forged = AccessKey.of(good.getAccessKeyId(), "guessed-secret");
        assertThatThrownBy(() -> Fixtures.deleteJob(client(Fixtures.config(iam, build), forged), JOB_ID, false))
                .isInstanceOf(CodeArtsApiException.class);

        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theTokenIsRefreshedFiveMinutesBeforeItExpires() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
        // IAM's clock is two hours ahead: only the lifetime it states counts
        Instant iamNow = clock.instant().plus(Duration.ofHours(2));
        iam.enqueue(Fixtures.token("first", iamNow, iamNow.plus(Duration.ofHours(1))));
        iam.enqueue(Fixtures.token("second", iamNow, iamNow.plus(Duration.ofHours(1))));
        for (int i = 0; i < 3; i++) {
            build.enqueue(Fixtures.deleted());
        }
        AccessKey key = Fixtures.newKey();
        CodeArtsBuildClient client = Fixtures.client(Fixtures.HTTP, Fixtures.build(Fixtures.config(iam, build)), key)
                .clock(clock)
                .build();

        Fixtures.deleteJob(client, JOB_ID, false);
        clock.advance(Duration.ofMinutes(54));
        Fixtures.deleteJob(client, JOB_ID, false);
        assertThat(iam.getRequestCount()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        Fixtures.deleteJob(client, JOB_ID, false);

        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("first");
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("first");
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("second");
    }

    private static MockResponse tokenExpires() {
        return new MockResponse.Builder()
                .code(401)
                .addHeader("Content-Type", "application/json")
                .body("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: "
                        + "token expires\",\"request_id\":\"gw-401\"}")
                .build();
    }

    @Test
    void anExpiredTokenIsDroppedAndTheCallMadeOnceMore() throws Exception {
        iam.enqueue(Fixtures.token("stale"));
        iam.enqueue(Fixtures.token("fresh"));
        build.enqueue(tokenExpires());
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("stale");
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("fresh");
        assertThat(listener.events).contains("token rejected: Incorrect IAM authentication information: token expires");
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void aSecondExpiredAnswerFailsWithExactlyTwoExchanges() {
        iam.enqueue(Fixtures.token("one"));
        iam.enqueue(Fixtures.token("two"));
        iam.enqueue(Fixtures.token("three"));
        build.enqueue(tokenExpires());
        build.enqueue(tokenExpires());
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(401);
                    assertThat(e.getRequestId()).isEqualTo("gw-401");
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_KEYS_OR_CLOCK);
                });
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 501})
    void anExchangeRefusedForAnotherReasonThanTheKeySaysToSwitchToSigning(int status) {
        iam.enqueue(Fixtures.error(status, "IAM.0003", "the authentication method is not supported"));

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getService()).isEqualTo(Service.IAM);
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.USE_SIGNATURE_MODE);
                });
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aBadKeyAtTheExchangeIsStillABadKey() {
        iam.enqueue(Fixtures.error(401, "IAM.0011", "The username or password is wrong."));

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_KEYS_OR_CLOCK));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ak not exist", "verify aksk signature fail", "AK access failed to reach the limit,forbidden"})
    void otherUnauthorizedAnswersFailAtOnce(String message) {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(401, "APIGW.0301", message));

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getMessage()).contains(message, "req-401"));
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403})
    void anIamRefusalIsNeverRetriedToProtectTheKeyFromLockout(int status) {
        iam.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("X-IAM-Trace-Id", "iam-trace-" + status)
                .body("{\"error\":{\"code\":\"" + status + "\",\"message\":\"The request you have made requires "
                        + "authentication.\",\"title\":\"Unauthorized\"}}")
                .build());

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getService()).isEqualTo(Service.IAM);
                    assertThat(e.getStatus()).isEqualTo(status);
                    assertThat(e.answer().message()).startsWith("The request you have made");
                    assertThat(e.getRequestId()).isEqualTo("iam-trace-" + status);
                    assertThat(e.getMessage()).doesNotContain(Fixtures.SK);
                });
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aSuccessWithoutTheTokenHeaderIsAnErrorAndNotRetried() {
        iam.enqueue(new MockResponse.Builder()
                .code(201)
                .addHeader("X-Request-Id", "iam-req-7")
                .body("{\"token\":{\"expires_at\":\"2099-01-01T00:00:00.000000Z\"}}")
                .build());

        assertThatThrownBy(
                        () -> Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.NO_TOKEN);
                    assertThat(e.getMessage()).startsWith("NO_TOKEN: IAM").contains("iam-req-7");
                });
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void anUnavailableIamIsRetriedLikeTheService() throws Exception {
        iam.enqueue(Fixtures.status(503));
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(Fixtures.config(iam, build), Fixtures.newKey()), JOB_ID, false);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(iam.getRequestCount()).isEqualTo(2);
    }

    /** {@code n} deletes at once with one key and a cold cache, one client each; waits for all of them to end. */
    private List<Future<Outcome>> deleteConcurrently(int n) throws InterruptedException {
        AccessKey key = Fixtures.newKey();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        // the clients are made first and the deletes start together: on a loaded machine, making 50 clients one
        // after the other can take longer than IAM's answer, which would test the machine, not the cache
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CodeArtsBuildClient c = client(Fixtures.config(iam, build), key);
                results.add(pool.submit(() -> {
                    start.await();
                    return Fixtures.deleteJob(c, JOB_ID, false);
                }));
            }
            start.countDown();
            return results;
        } finally {
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void fiftyConcurrentDeletesWithAColdCacheMakeOneExchange() throws Exception {
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                Thread.sleep(200);
                return Fixtures.token("one-for-all");
            }
        });
        build.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return "one-for-all".equals(request.getHeaders().get("X-Auth-Token"))
                        ? Fixtures.deleted()
                        : Fixtures.error(401, "APIGW.0301", "x-auth-token not found");
            }
        });
        for (Future<Outcome> f : deleteConcurrently(50)) {
            assertThat(f.get(30, TimeUnit.SECONDS).codeArtsProjectId()).isEqualTo(Fixtures.PROJECT_ID);
        }
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isEqualTo(50);
    }

    @Test
    void fiftyConcurrentDeletesWithWrongKeysMakeOneFailedLogin() throws Exception {
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                Thread.sleep(200);
                return Fixtures.error(401, "401", "The request you have made requires authentication.");
            }
        });
        for (Future<Outcome> f : deleteConcurrently(50)) {
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(CodeArtsApiException.class);
        }
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void verifyCredentialsMakesAFreshExchangeAndReportsTheProject() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(Fixtures.token("cached"));
        iam.enqueue(Fixtures.token("checked"));
        build.enqueue(Fixtures.deleted());
        CodeArtsBuildClient client = client(Fixtures.config(iam, build), key);
        Fixtures.deleteJob(client, JOB_ID, false);

        ConnectionCheck check = client.verifyCredentials();

        assertThat(check.projectId()).isEqualTo(Fixtures.IAM_PROJECT_ID);
        assertThat(check.projectName()).isEqualTo("cn-north-4");
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    /** An IAM that echoes the new token as the project's name: the connection test shows no part of it (bad input 28). */
    @Test
    void aTokenEchoedAsTheProjectNameIsNeverShown() throws Exception {
        String token = "secretTOKENpart" + "x".repeat(40);
        iam.enqueue(new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", token)
                .addHeader("Content-Type", "application/json")
                .body("{\"token\":{\"expires_at\":\"2099-01-01T00:00:00Z\",\"project\":{\"id\":\""
                        + Fixtures.IAM_PROJECT_ID + "\",\"name\":\"" + token + "\"}}}")
                .build());

        ConnectionCheck check =
                client(Fixtures.config(iam, build), Fixtures.newKey()).verifyCredentials();

        assertThat(String.valueOf(check)).doesNotContain("secretTOKENpart");
        assertThat(String.valueOf(check.projectName())).doesNotContain("secretTOKENpart");
    }

    @Test
    void aRefusedExchangeIsNotCached() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(Fixtures.error(401, "IAM.0011", "The username or password is wrong."));
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(Fixtures.config(iam, build), key), JOB_ID, false))
                .isInstanceOf(CodeArtsApiException.class);
        Fixtures.deleteJob(client(Fixtures.config(iam, build), key), JOB_ID, false);

        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("tok");
    }

    /**
     * A full cache may evict the token it has just loaded, even before the delete that loaded it tries again (with the
     * former cache, a token from a clock in the past, which expires first, was evicted at once): the client keeps it.
     */
    @Test
    void aRetryKeepsItsTokenWhenTheSharedCacheHasDroppedIt() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2000-01-01T00:00:00Z"));
        iam.enqueue(Fixtures.token("tok", clock.instant(), clock.instant().plus(Duration.ofHours(24))));
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(
                Fixtures.client(Fixtures.config(iam, build))
                        .clock(clock)
                        .sleeper(d -> KeyAuthenticator.TOKENS.asMap().clear())
                        .build(),
                JOB_ID,
                false);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    /**
     * The flake of the former cache: full, it evicted the entry that expires first, which was the token just loaded
     * when the client's clock lies in the past; the delete's second attempt then needed another exchange.
     */
    @Test
    void aFullCacheKeepsTheTokenJustLoadedThoughItExpiresFirst() throws Exception {
        fillTheSharedCache(300);
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2000-01-01T00:00:00Z"));
        iam.enqueue(Fixtures.token("tok", clock.instant(), clock.instant().plus(Duration.ofHours(24))));
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(
                Fixtures.client(Fixtures.config(iam, build))
                        .clock(clock)
                        .sleeper(sleeper)
                        .build(),
                JOB_ID,
                false);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    /** Puts {@code count} tokens of other keys, that never expire, into the shared cache. */
    private static void fillTheSharedCache(int count) {
        HttpUrl iamUrl = HttpUrl.get("https://iam.example.com/");
        for (int i = 0; i < count; i++) {
            KeyAuthenticator.TOKENS
                    .asMap()
                    .put(
                            new KeyAuthenticator.Key(iamUrl, Fixtures.newKey().fingerprint(), "r" + i, null),
                            CompletableFuture.completedFuture(
                                    new IamClient.Token("t" + i, Instant.MAX, Instant.MAX, null, null)));
        }
    }

    @Test
    void theSharedCacheHoldsAtMost256Tokens() throws Exception {
        fillTheSharedCache(300);
        KeyAuthenticator.TOKENS.synchronous().cleanUp();
        assertThat(KeyAuthenticator.TOKENS.asMap()).hasSizeLessThanOrEqualTo(256);
    }

    @Test
    void theTokenNeverShowsInToString() {
        IamClient.Token t = new IamClient.Token("secret-token-value", Instant.EPOCH, Instant.EPOCH, "p", "cn-north-4");
        assertThat(t.toString()).doesNotContain("secret-token-value");
    }
}
