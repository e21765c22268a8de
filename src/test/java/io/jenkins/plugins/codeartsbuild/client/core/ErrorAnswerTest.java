package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The parsing of an answer other than success, apart from the exception that carries it. */
class ErrorAnswerTest {

    private static HttpReply reply(Service service, int status, String body, String... headers) {
        return Fixtures.reply(service, "POST", "/v3/jobs/j/delete", status, Headers.of(headers), body);
    }

    private static HttpReply build(int status, String body, String... headers) {
        return reply(Service.CODEARTS_BUILD, status, body, headers);
    }

    @Test
    void theRequestIdIsTheFirstPlainOneOfHeaderBodyAndIamTrace() {
        String body = "{\"error_code\":\"CB.1234\",\"request_id\":\"body-1\"}";
        assertThat(build(400, body, "X-Request-Id", "hdr-1", "X-IAM-Trace-Id", "t-1")
                        .error()
                        .getRequestId())
                .isEqualTo("hdr-1");
        assertThat(build(400, body, "X-Request-Id", "not plain", "X-IAM-Trace-Id", "t-1")
                        .error()
                        .getRequestId())
                .isEqualTo("body-1");
        assertThat(build(400, "{}", "X-IAM-Trace-Id", "t-1").error().getRequestId())
                .isEqualTo("t-1");
        assertThat(build(400, "{}").error().getRequestId()).isNull();
    }

    @Test
    void fieldsAreCleanedAndAnUnplainCodeIsLeftOut() {
        CodeArtsApiException a = build(400, "{\"error_code\":\"CB 1\",\"error_msg\":\"line\\none\"}")
                .error();
        assertThat(a.answer().code()).isNull();
        assertThat(a.answer().message()).isEqualTo("line one");
        assertThat(a.answer().detail()).isEqualTo("line one");
        CodeArtsApiException redirect = build(302, "", "Location", "https://user:pw@elsewhere.example.com/x")
                .error();
        assertThat(redirect.answer().location()).isEqualTo("https://****@elsewhere.example.com/x");
        assertThat(redirect.answer().excerpt()).isEmpty();
        assertThat(redirect.answer().detail()).isNull();
    }

    @Test
    void aFailureIsClassifiedByItsStatusAndByWhoAnswered() {
        String huawei = "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}";
        assertThat(classify(build(301, ""))).isEqualTo(Failure.REDIRECT);
        assertThat(classify(build(407, ""))).isEqualTo(Failure.PROXY_AUTH);
        assertThat(classify(build(204, ""))).isEqualTo(Failure.UNEXPECTED_STATUS);
        assertThat(classify(build(404, huawei))).isEqualTo(Failure.HTTP_ERROR);
        assertThat(classify(build(404, "<html>Not Found</html>"))).isEqualTo(Failure.FOREIGN_ERROR);
        assertThat(classify(build(404, "{\"code\":\"not_found\"}"))).isEqualTo(Failure.FOREIGN_ERROR);
        // only the CodeArts Build endpoint is held to the Huawei Cloud code rule
        assertThat(classify(reply(Service.IAM, 401, "<html>no</html>"))).isEqualTo(Failure.HTTP_ERROR);
    }

    private static Failure classify(HttpReply reply) {
        return reply.error().getFailure();
    }

    /** Whether a 404 from CodeArts Build with this error code is Huawei Cloud's answer, not a foreign one. */
    private static boolean isHuaweiCloudCode(String code) {
        return new ErrorAnswer(code, null, null, "", null).classify(Service.CODEARTS_BUILD, 404) == Failure.HTTP_ERROR;
    }

    @Test
    void huaweiCloudCodesAreUpperCaseLettersADotAndDigits() {
        for (String code : new String[] {"CB.00060201", "APIGW.0301", "IAM.0011", "A1.123", "ABCDEFGHIJKLMNOP.123"}) {
            assertThat(isHuaweiCloudCode(code)).as(code).isTrue();
        }
        for (String code : new String[] {
            null,
            "",
            "CB",
            ".123",
            "cb.123",
            "1B.123",
            "CB.12",
            "CB.1234567890123",
            "ABCDEFGHIJKLMNOPQ.123",
            "CB.12a",
            "CB.1.2",
            "C-B.123"
        }) {
            assertThat(isHuaweiCloudCode(code)).as(code).isFalse();
        }
    }

    @Test
    void aLockedKeyIsSeenInTheMessageOrInTheBody() {
        assertThat(build(401, "{\"error_msg\":\"The account is Locked\"}")
                        .error()
                        .answer()
                        .mentionsKeyLock())
                .isTrue();
        assertThat(build(403, "<p>login attempts reach the limit</p>")
                        .error()
                        .answer()
                        .mentionsKeyLock())
                .isTrue();
        assertThat(build(401, "{\"error_msg\":\"bad signature\"}")
                        .error()
                        .answer()
                        .mentionsKeyLock())
                .isFalse();
    }

    @Test
    void theMessageSaysWhoAnsweredWhatAndTheRequestId() {
        HttpReply r = build(500, "", "X-Request-Id", "r-9");
        assertThat(r.error(Failure.HTTP_ERROR).getMessage())
                .isEqualTo("HTTP_ERROR: CodeArts Build answered HTTP 500 to POST /v3/jobs/j/delete (request id r-9)");
        assertThat(r.error(Failure.MALFORMED_ANSWER).getMessage())
                .isEqualTo("MALFORMED_ANSWER: CodeArts Build answered HTTP 500 to POST /v3/jobs/j/delete"
                        + " (request id r-9)");
        assertThat(r.error(Failure.REDIRECT).answer().location()).isNull();
    }
}
