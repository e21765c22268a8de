package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class CodeArtsApiExceptionTest {

    private static CodeArtsApiException of(int status, String body, String... headers) {
        return Fixtures.reply(Service.CODEARTS_BUILD, "POST", "/v3/jobs/j/delete", status, Headers.of(headers), body)
                .error();
    }

    @Test
    void errorCodeAndMessage() {
        CodeArtsApiException e =
                of(404, "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}", "X-Request-Id", "r-1");
        assertThat(e.getFailure()).isEqualTo(Failure.HTTP_ERROR);
        assertThat(e.answer().code()).isEqualTo("CB.00060201");
        assertThat(e.answer().message()).isEqualTo("invalid task id");
        assertThat(e.getRequestId()).isEqualTo("r-1");
        assertThat(e.getMessage())
                .isEqualTo(
                        "HTTP_ERROR: CodeArts Build answered HTTP 404 to POST /v3/jobs/j/delete: CB.00060201 invalid task id "
                                + "(request id r-1)");
        assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_JOB_ID_OR_REGION);
    }

    @Test
    void codeAndMessageOrNestedErrorAndBodyRequestId() {
        CodeArtsApiException flat = of(500, "{\"code\":\"X1\",\"message\":\"boom\",\"request_id\":\"b-2\"}");
        assertThat(flat.answer().code()).isEqualTo("X1");
        assertThat(flat.answer().message()).isEqualTo("boom");
        assertThat(flat.getRequestId()).isEqualTo("b-2");
        CodeArtsApiException nested = of(
                401,
                "{\"error\":{\"code\":401,\"message\":\"The request you have made requires authentication.\","
                        + "\"title\":\"Unauthorized\"}}",
                "X-IAM-Trace-Id",
                "t-3");
        assertThat(nested.answer().code()).isEqualTo("401");
        assertThat(nested.answer().message()).startsWith("The request you have made");
        assertThat(nested.getRequestId()).isEqualTo("t-3");
    }

    @Test
    void gatewayErrorWithBodyRequestId() {
        CodeArtsApiException e = of(
                401,
                "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: token "
                        + "expires\",\"request_id\":\"gw-9\"}");
        assertThat(e.getRequestId()).isEqualTo("gw-9");
        assertThat(e.isTokenRejection()).isTrue();
        assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_KEYS_OR_CLOCK);
    }

    @Test
    void unknownShapesFallBackToTheShortenedBody() {
        CodeArtsApiException html =
                of(502, "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(500) + "</body></html>");
        assertThat(html.answer().code()).isNull();
        assertThat(html.answer().excerpt())
                .startsWith("502 Bad Gateway x")
                .hasSize(CodeArtsApiException.EXCERPT_LENGTH);
        assertThat(html.getMessage()).contains("HTTP 502", "502 Bad Gateway").doesNotContain("<h1>");
        assertThat(html.getRequestId()).isNull();
        assertThat(html.getMessage()).endsWith("(request id none)");
        assertThat(of(500, "[1,2]").answer().code()).isNull();
        assertThat(of(500, "{\"other\":1}").getMessage()).contains("{\"other\":1}");
        assertThat(of(500, "{\"error_code\":{\"nested\":true}}").answer().code())
                .isNull();
    }

    @Test
    void redirectIsDescribedNotFollowed() {
        CodeArtsApiException e = of(302, "", "Location", "https://elsewhere.example.com/steal");
        assertThat(e.getFailure()).isEqualTo(Failure.REDIRECT);
        assertThat(e.answer().location()).isEqualTo("https://elsewhere.example.com/steal");
        assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_ENDPOINT);
    }

    @Test
    void hints() {
        assertThat(ErrorHint.of(of(403, "{\"error_code\":\"CB.00060003\",\"error_msg\":\"no permission\"}")))
                .isEqualTo(ErrorHint.CHECK_PERMISSION);
        assertThat(ErrorHint.of(of(404, "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist\"}")))
                .isEqualTo(ErrorHint.CHECK_ENDPOINT);
        assertThat(ErrorHint.of(of(
                        401,
                        "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"AK access failed to reach the limit,"
                                + "forbidden\"}")))
                .isEqualTo(ErrorHint.KEY_LOCKED);
        assertThat(ErrorHint.of(of(400, "{\"error_code\":\"CB.00060200\",\"error_msg\":\"invalid\"}")))
                .isEqualTo(ErrorHint.CHECK_REQUEST);
        assertThat(ErrorHint.of(of(503, ""))).isEqualTo(ErrorHint.TRY_LATER);
        assertThat(ErrorHint.of(of(429, ""))).isEqualTo(ErrorHint.TRY_LATER);
    }
}
