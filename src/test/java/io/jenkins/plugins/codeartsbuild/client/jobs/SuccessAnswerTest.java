package io.jenkins.plugins.codeartsbuild.client.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading of a delete's success: the quick reader (used for every delete) must read exactly what Jackson reads,
 * and give way to Jackson for whatever it does not fully check.
 */
class SuccessAnswerTest {

    private static final String ID = "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c46";

    static Stream<String> bodies() {
        return Stream.of(
                "{\"status\":\"success\",\"result\":{\"job_id\":\"" + ID + "\",\"project_id\":\"p1\"}}",
                " \r\n\t{ \"status\" : \"success\" , \"result\" : { \"project_id\" : \"p2\" } } \n",
                "{\"result\":{\"job_id\":\"" + ID + "\"},\"status\":\"success\",\"request_id\":\"r1\"}",
                "{\"status\":\"success\",\"extra\":[1,-2.5e+3,0,true,false,null,{\"a\":[[]]},\"x\"],\"result\":{}}",
                "{\"status\":\"success\",\"result\":\"not an object\"}",
                "{\"status\":\"success\",\"result\":[1,2]}",
                "{\"status\":1,\"request_id\":true,\"result\":{\"job_id\":12.5e-3,\"project_id\":null}}",
                "{\"status\":{\"x\":1},\"request_id\":[1],\"result\":{\"job_id\":{},\"project_id\":[]}}",
                "{\"status\":\"succ\\u0065ss\",\"result\":{\"job_id\":\"a\\\"b\"}}",
                "{\"status\":\"success\",\"result\":{\"project_id\":\"caf\u00e9\"}}",
                "{\"status\":\"success\",\"status\":\"fail\"}",
                "{}",
                "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":1}}}}}}}",
                "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"status\":\"success\"} trailing",
                "{\"status\":\"success\"}{\"status\":\"success\"}",
                "{\"status\":\"success\",}",
                "{\"status\" \"success\"}",
                "{\"status\":01}",
                "{\"status\":1.}",
                "{\"status\":.5}",
                "{\"status\":-}",
                "{\"status\":1e}",
                "{\"status\":truex}",
                "{\"status\":\"a\u0001b\"}",
                "{\"status\":\"unterminated}",
                "{status:\"success\"}",
                "[\"status\",\"success\"]",
                "\"success\"",
                "{\"status\":\"success\"",
                "{\"status\":\"success\",\"result\":{\"job_id\":\"x\",}}",
                "{\"status\":NaN}",
                "{\"status\":\"success\"} ",
                "{\"status\":\"success\"}\u00a0");
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void theQuickReaderReadsWhatJacksonReads(String body) {
        SuccessAnswer quick = SuccessAnswer.read(body);
        SuccessAnswer jackson = SuccessAnswer.readWithJackson(body);

        assertThat(quick == null).as("accepted by one reader only: %s", body).isEqualTo(jackson == null);
        if (quick != null) {
            assertThat(quick.fields()).as(body).isEqualTo(jackson.fields());
        }
    }

    @Test
    void theQuickReaderTakesTheAnswersCodeArtsBuildGives() {
        for (String body : List.of(
                "{\"status\":\"success\",\"result\":{\"job_id\":\"" + ID + "\",\"project_id\":\"p1\"}}",
                "{\"status\":\"success\",\"request_id\":\"r\",\"result\":{\"project_id\":\"p\",\"n\":[1,2]}}")) {
            assertThat(SuccessAnswer.quick(body)).as(body).isNotNull();
        }
        assertThat(SuccessAnswer.quick("{\"status\":\"succ\\u0065ss\"}")).isNull();
    }

    @Test
    void randomBodiesAreReadAlikeToo() {
        Random random = new Random(42);
        List<String> pieces = List.of(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                " ",
                "\"status\"",
                "\"result\"",
                "\"job_id\"",
                "\"project_id\"",
                "\"request_id\"",
                "\"success\"",
                "\"x\"",
                "1",
                "-0.5",
                "2e3",
                "true",
                "null",
                "\"\\n\"",
                "01");
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder("{");
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String body = sb.toString();
            SuccessAnswer quick = SuccessAnswer.read(body);
            SuccessAnswer jackson = SuccessAnswer.readWithJackson(body);
            assertThat(quick == null).as(body).isEqualTo(jackson == null);
            if (quick != null) {
                assertThat(quick.fields()).as(body).isEqualTo(jackson.fields());
            }
        }
    }
}
