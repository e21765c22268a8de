package io.jenkins.plugins.codeartsbuild.client.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading of a delete's 200 answer: a success only for exactly one JSON object whose {@code status} is
 * {@code success}; what it says of the project, the request and the job, where those are plain ids. The corpus of
 * malformed bodies is the one the delete's answer reading has always been held to.
 */
class DeleteBatchTest {

    private static final String ID = "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c46";

    private static HttpReply reply(String body) {
        return Fixtures.reply(Service.CODEARTS_BUILD, "POST", "/v3/jobs/" + ID + "/delete", 200, Headers.of(), body);
    }

    private static Outcome parse(String body) throws CodeArtsApiException {
        return DeleteBatch.parse(reply(body), BuildJob.ofId(ID), 1, ClientListener.NONE);
    }

    static Stream<String> malformed() {
        return Stream.of(
                "{\"status\":1,\"request_id\":true,\"result\":{\"job_id\":12.5e-3,\"project_id\":null}}",
                "{\"status\":{\"x\":1},\"request_id\":[1],\"result\":{\"job_id\":{},\"project_id\":[]}}",
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
                "{\"status\":\"success\"}\u00a0",
                "",
                " \n",
                null);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void anythingButOneObjectSayingSuccessIsMalformed(String body) {
        assertThatThrownBy(() -> parse(body))
                .as(body)
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER));
    }

    @Test
    void aSuccessGivesTheProjectAndTheRequestItNames() throws Exception {
        Outcome r = parse("{\"result\":{\"job_id\":\"" + ID
                + "\",\"project_id\":\"p1\"},\"status\":\"success\",\"request_id\":\"r1\"}");

        assertThat(r.codeArtsProjectId()).isEqualTo("p1");
        assertThat(r.requestId()).isEqualTo("r1");
        assertThat(r.confirmedJobId()).isNull();
        assertThat(r.status()).isEqualTo(Status.Delete.DELETED);
    }

    @Test
    void whiteSpaceUnknownFieldsAndAResultOfAnotherShapeAreAccepted() throws Exception {
        assertThat(parse(" \r\n\t{ \"status\" : \"success\" , \"result\" : { \"project_id\" : \"p2\" } } \n")
                        .codeArtsProjectId())
                .isEqualTo("p2");
        for (String body : new String[] {
            "{\"status\":\"success\",\"extra\":[1,-2.5e+3,0,true,false,null,{\"a\":[[]]},\"x\"],\"result\":{}}",
            "{\"status\":\"success\",\"result\":\"not an object\"}",
            "{\"status\":\"success\",\"result\":[1,2]}",
            "{\"status\":\"success\"} "
        }) {
            Outcome r = parse(body);
            assertThat(r.codeArtsProjectId()).as(body).isNull();
            assertThat(r.confirmedJobId()).as(body).isNull();
        }
    }

    @Test
    void escapesAreReadAndWhatIsNotAPlainIdIsLeftOutOrQuoted() throws Exception {
        Outcome other = parse("{\"status\":\"succ\\u0065ss\",\"result\":{\"job_id\":\"a\\\"b\"}}");
        Outcome accented = parse("{\"status\":\"success\",\"result\":{\"project_id\":\"caf\u00e9\"}}");

        // another job named: still a success, its id quoted for the one warning line
        assertThat(other.confirmedJobId()).isNotNull().contains("a", "b").isNotEqualTo(ID);
        assertThat(accented.codeArtsProjectId()).isNull();
    }
}
