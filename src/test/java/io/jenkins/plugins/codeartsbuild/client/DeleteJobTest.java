package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The delete call against a fake IAM and CodeArts Build on loopback (token mode). */
class DeleteJobTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    private final Fixtures.RecordingListener listener = new Fixtures.RecordingListener();

    private CodeArtsBuildClient client() {
        return Fixtures.client(Fixtures.config(iam, build))
                .listener(listener)
                .sleeper(sleeper)
                .build();
    }

    @Test
    void deletesWithOnePostCarryingTheToken() throws Exception {
        iam.enqueue(Fixtures.token("tok-1"));
        build.enqueue(Fixtures.deleted());

        Outcome result = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(result.jobId()).isEqualTo(JOB_ID);
        assertThat(result.codeArtsProjectId()).isEqualTo(Fixtures.PROJECT_ID);
        assertThat(result.requestId()).isEqualTo("req-ok");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(result.toMap(CodeArtsException::getMessage))
                .containsExactly(
                        entry("jobId", JOB_ID),
                        entry("name", null),
                        entry("codeArtsProjectId", Fixtures.PROJECT_ID),
                        entry("status", "DELETED"),
                        entry("attempts", 1),
                        entry("requestId", "req-ok"),
                        entry("error", null),
                        entry("alreadyGone", false),
                        entry("confirmedJobId", null),
                        entry("purgeStatus", null),
                        entry("purgeError", null));
        RecordedRequest delete = build.takeRequest();
        assertThat(delete.getMethod()).isEqualTo("POST");
        assertThat(delete.getTarget()).isEqualTo("/v3/jobs/" + JOB_ID + "/delete");
        assertThat(delete.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
        assertThat(delete.getHeaders().get("Authorization")).isNull();
        assertThat(delete.getBodySize()).isZero();
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(listener.events).isEmpty(); // no retry, no rejected token: nothing to log
    }

    private static java.util.Map.Entry<String, Object> entry(String k, Object v) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(k, v);
    }

    @Test
    void aPathPrefixOfTheOverrideIsKept() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());
        ClientConfig.Builder config = Fixtures.config(iam, build)
                .codeArtsBuildEndpoint(build.url("/gateway/cloudbuild/").toString());

        Fixtures.deleteJob(Fixtures.client(config).build(), JOB_ID, false);

        assertThat(build.takeRequest().getTarget()).isEqualTo("/gateway/cloudbuild/v3/jobs/" + JOB_ID + "/delete");
    }

    @ParameterizedTest
    @MethodSource("io.jenkins.plugins.codeartsbuild.client.model.JobIdsTest#badIds")
    void aBadJobIdSendsNothingAnywhere(String jobId) {
        assertThatThrownBy(() -> Fixtures.deleteJob(client(), jobId, false))
                .isInstanceOf(CodeArtsValidationException.class);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .body(
                        "{\"status\":\"success\",\"new_field\":[1,{\"x\":2}],\"result\":{\"project_id\":\"p\",\"extra\":1},"
                                + "\"request_id\":\"body-req\"}")
                .build());

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, false);

        assertThat(r.codeArtsProjectId()).isEqualTo("p");
        assertThat(r.requestId()).isEqualTo("body-req");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"status\":\"fail\",\"error\":{\"code\":\"CB.1\"}}",
                "{\"status\":\"success\",\"result\":{\"project_id\":",
                "not json at all",
                "[]",
                ""
            })
    void aTwoHundredThatIsNotSuccessFailsWithStatusRequestIdAndBody(String body) {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("X-Request-Id", "req-200")
                .body(body)
                .build());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER);
                    assertThat(e.getStatus()).isEqualTo(200);
                    assertThat(e.getRequestId()).isEqualTo("req-200");
                    assertThat(e.getMessage())
                            .contains("HTTP 200", "req-200", body.substring(0, Math.min(body.length(), 20)));
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aLongMalformedBodyIsShownShortened() {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .body("{\"status\":\"weird\",\"pad\":\"" + "y".repeat(5000) + "\"}")
                .build());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void notFoundOnTheFirstAttemptFailsAndIsNotRetried() {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(404);
                    assertThat(e.answer().code()).isEqualTo("CB.00060201");
                    assertThat(e.getRequestId()).isEqualTo("req-404");
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_JOB_ID_OR_REGION);
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void notFoundIsAlreadyDeletedWhenMissingJobsAreTolerated() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        Outcome r = Fixtures.deleteJob(client(), JOB_ID, true);

        assertThat(r.status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(r.codeArtsProjectId()).isNull();
        assertThat(r.requestId()).isEqualTo("req-404");
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aGatewayNotFoundIsNeverAlreadyDeleted() {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(404, "APIG.0101", "The API does not exist or has not been published"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, true))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_ENDPOINT));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 409, 500})
    void otherClientAndServerErrorsFailAtOnce(int status) {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(status, "CB.00060101", "no"));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(status);
                    assertThat(e.getMessage()).contains("CB.00060101", "req-" + status);
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theRequestBodyIsAnEmptyJsonPost() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());
        Fixtures.deleteJob(client(), JOB_ID, false);

        RecordedRequest iamRequest = iam.takeRequest();
        JsonNode body = HttpReply.MAPPER.readTree(iamRequest.getBody().utf8());
        assertThat(body.at("/auth/identity/methods/0").asText()).isEqualTo("hw_ak_sk");
        RecordedRequest delete = build.takeRequest();
        assertThat(delete.getHeaders().get("Content-Length")).isEqualTo("0");
        assertThat(delete.getHeaders().get("Content-Type")).startsWith("application/json");
    }
}
