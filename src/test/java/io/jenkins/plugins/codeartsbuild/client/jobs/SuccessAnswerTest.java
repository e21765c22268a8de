package io.jenkins.plugins.codeartsbuild.client.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading of a delete's success: the four fields as Jackson's streaming parser gives them, or {@code null} for
 * anything that is not exactly one JSON object. The corpus is the one the quick reader was once held to; the
 * expected readings are what Jackson read for it then.
 */
class SuccessAnswerTest {

    private static final String ID = "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c46";

    /** status, request_id, result.job_id, result.project_id. */
    private static List<String> fields(String status, String requestId, String jobId, String projectId) {
        return Arrays.asList(status, requestId, jobId, projectId);
    }

    static Stream<Arguments> bodies() {
        List<String> none = fields(null, null, null, null);
        List<String> success = fields("success", null, null, null);
        return Stream.of(
                Arguments.of(
                        "{\"status\":\"success\",\"result\":{\"job_id\":\"" + ID + "\",\"project_id\":\"p1\"}}",
                        fields("success", null, ID, "p1")),
                Arguments.of(
                        " \r\n\t{ \"status\" : \"success\" , \"result\" : { \"project_id\" : \"p2\" } } \n",
                        fields("success", null, null, "p2")),
                Arguments.of(
                        "{\"result\":{\"job_id\":\"" + ID + "\"},\"status\":\"success\",\"request_id\":\"r1\"}",
                        fields("success", "r1", ID, null)),
                Arguments.of(
                        "{\"status\":\"success\",\"extra\":[1,-2.5e+3,0,true,false,null,{\"a\":[[]]},\"x\"],"
                                + "\"result\":{}}",
                        success),
                Arguments.of("{\"status\":\"success\",\"result\":\"not an object\"}", success),
                Arguments.of("{\"status\":\"success\",\"result\":[1,2]}", success),
                Arguments.of(
                        "{\"status\":1,\"request_id\":true,\"result\":{\"job_id\":12.5e-3,\"project_id\":null}}",
                        fields("1", "true", "12.5e-3", null)),
                Arguments.of(
                        "{\"status\":{\"x\":1},\"request_id\":[1],\"result\":{\"job_id\":{},\"project_id\":[]}}", none),
                Arguments.of(
                        "{\"status\":\"succ\\u0065ss\",\"result\":{\"job_id\":\"a\\\"b\"}}",
                        fields("success", null, "a\"b", null)),
                Arguments.of(
                        "{\"status\":\"success\",\"result\":{\"project_id\":\"caf\u00e9\"}}",
                        fields("success", null, null, "caf\u00e9")),
                Arguments.of("{\"status\":\"success\",\"status\":\"fail\"}", fields("fail", null, null, null)),
                Arguments.of("{}", none),
                Arguments.of("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":1}}}}}}}", none),
                Arguments.of("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}", none),
                Arguments.of("{\"status\":\"success\"} ", success),
                Arguments.of("{\"status\":\"success\"} trailing", null),
                Arguments.of("{\"status\":\"success\"}{\"status\":\"success\"}", null),
                Arguments.of("{\"status\":\"success\",}", null),
                Arguments.of("{\"status\" \"success\"}", null),
                Arguments.of("{\"status\":01}", null),
                Arguments.of("{\"status\":1.}", null),
                Arguments.of("{\"status\":.5}", null),
                Arguments.of("{\"status\":-}", null),
                Arguments.of("{\"status\":1e}", null),
                Arguments.of("{\"status\":truex}", null),
                Arguments.of("{\"status\":\"a\u0001b\"}", null),
                Arguments.of("{\"status\":\"unterminated}", null),
                Arguments.of("{status:\"success\"}", null),
                Arguments.of("[\"status\",\"success\"]", null),
                Arguments.of("\"success\"", null),
                Arguments.of("{\"status\":\"success\"", null),
                Arguments.of("{\"status\":\"success\",\"result\":{\"job_id\":\"x\",}}", null),
                Arguments.of("{\"status\":NaN}", null),
                Arguments.of("{\"status\":\"success\"}\u00a0", null),
                Arguments.of("", null),
                Arguments.of(" \n", null),
                Arguments.of(null, null));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void readsTheFourFieldsOfOneJsonObjectOrNothing(String body, List<String> expected) {
        SuccessAnswer answer = SuccessAnswer.read(body);

        if (expected == null) {
            assertThat(answer).as(body).isNull();
        } else {
            assertThat(answer).as(body).isNotNull();
            assertThat(answer.fields()).as(body).isEqualTo(expected);
        }
    }
}
