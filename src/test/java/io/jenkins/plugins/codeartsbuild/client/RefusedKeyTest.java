package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input 37: a key refused during a batch, in every mode. One refusal, then the other jobs fail at once without a
 * request (five refused authentications lock the key for five minutes); at most one token refresh per batch. The
 * batch's first call goes alone until it is answered. Asserts what the servers received.
 */
class RefusedKeyTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCodeArtsBuild fake = new FakeCodeArtsBuild();
    private final AtomicInteger logins = new AtomicInteger();

    private static MockResponse refusal(int status, String code, String message) {
        return FakeCodeArtsBuild.json(
                status,
                "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\",\"request_id\":\"req-refused\"}");
    }

    private Result batch(ClientConfig.Builder config, List<String> ids, int parallelism) throws Exception {
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/v3/auth/tokens")) {
                    return Fixtures.token("token-" + logins.incrementAndGet());
                }
                logins.incrementAndGet();
                return FakeCodeArtsBuild.json(
                        200, "{\"projects\":[{\"id\":\"" + Fixtures.IAM_PROJECT_ID + "\",\"name\":\"cn-north-4\"}]}");
            }
        });
        build.setDispatcher(fake);
        CodeArtsBuildClient client = Fixtures.client(config)
                .sleeper(new Fixtures.RecordingSleeper())
                .clock(new Fixtures.MutableClock(Instant.now()))
                .build();
        Chosen s = new Chosen();
        s.setJobIds(ids);
        s.setParallelism(parallelism);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> client.deleteJobs(s.check()));
    }

    private static void assertAllFailedOnceWith(Result r, String code) {
        assertThat(r.outcomes()).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Status.Delete.FAILED);
            assertThat(o.error())
                    .isInstanceOfSatisfying(
                            CodeArtsApiException.class,
                            e -> assertThat(e.answer().code()).isEqualTo(code));
        });
        // the refused job has its attempts and its answer's request id; the others sent nothing, and name no request
        assertThat(r.outcomes().stream().filter(o -> o.attempts() > 0))
                .singleElement()
                .satisfies(o -> assertThat(o.requestId()).isNotNull());
        assertThat(r.outcomes().stream().filter(o -> o.attempts() == 0))
                .allSatisfy(o -> assertThat(o.requestId()).isNull());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"verify aksk signature fail", "ak not exist", "AK access failed to reach the limit,forbidden"})
    void signatureModeWithAConfiguredProjectSendsTheRefusedKeyOnce(String message) throws Exception {
        List<String> ids = ids(fake.addMany("job", 40, PROJECT_ID));
        fake.override = r -> refusal(401, "APIGW.0301", message);

        Result r = batch(
                Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE).projectId(Fixtures.IAM_PROJECT_ID), ids, 8);

        assertAllFailedOnceWith(r, "APIGW.0301");
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(logins.get()).isZero();
        assertThat(r.outcomes().get(0).error().getMessage()).contains(message);
    }

    @Test
    void aTokenRefusedOnEveryCallIsRefreshedOnceForTheWholeBatch() throws Exception {
        List<String> ids = ids(fake.addMany("job", 30, PROJECT_ID));
        fake.override = r -> refusal(401, "APIGW.0301", "token expires");

        Result r = batch(Fixtures.config(iam, build), ids, 4);

        assertAllFailedOnceWith(r, "APIGW.0301");
        // the batch's token, one refresh, and the refreshed token refused as well: two deletes in all
        assertThat(logins.get()).isEqualTo(2);
        assertThat(build.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aLockoutAnsweredWith403StopsTheBatchToo() throws Exception {
        List<String> ids = ids(fake.addMany("job", 10, PROJECT_ID));
        fake.override = r -> refusal(403, "APIGW.0301", "AK access failed to reach the limit,forbidden");

        Result r = batch(Fixtures.config(iam, build), ids, 4);

        assertAllFailedOnceWith(r, "APIGW.0301");
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aJobRefusedForItselfDoesNotStopTheOthers() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 6, PROJECT_ID);
        String denied = jobs.get(0).id();
        fake.override = r -> r.getUrl().encodedPath().contains(denied)
                ? refusal(403, "CB.00060003", "no permission for this job")
                : null;

        Result r = batch(Fixtures.config(iam, build), ids(jobs), 4);

        assertThat(r.count(Status.Delete.FAILED)).isEqualTo(1);
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(5);
    }

    @Test
    void theFirstCallGoesAloneUntilItIsAnswered() throws Exception {
        List<String> ids = ids(fake.addMany("job", 16, PROJECT_ID));
        fake.delayMillis = 30; // so that the calls after the first are seen side by side
        AtomicInteger first = new AtomicInteger();
        fake.override = r -> {
            if (first.getAndIncrement() == 0) {
                try {
                    Thread.sleep(300); // the probe's answer takes a while: nobody else may be in flight meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };

        Result r = batch(
                Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE).projectId(Fixtures.IAM_PROJECT_ID), ids, 8);

        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(16);
        assertThat(fake.seen.get(0).inFlight()).isEqualTo(1);
        assertThat(fake.seen.get(1).atNanos() - fake.seen.get(0).atNanos())
                .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        assertThat(fake.maxInFlight.get()).isGreaterThan(1);
    }

    private static List<String> ids(List<FakeCodeArtsBuild.Job> jobs) {
        return jobs.stream().map(FakeCodeArtsBuild.Job::id).toList();
    }
}
