package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;

/**
 * The envelope of the recycle bin's answers, in both documented shapes: {@code {"status":"success","error":null,…}}
 * and {@code {"success":true,"message":…,"err_code":…}}. HTTP 200 with {@code "status":"fail"} or
 * {@code "success":false} is a refusal, with the answer's error; an answer that says neither is not taken for a
 * success.
 */
final class RecycleAnswer {

    private RecycleAnswer() {}

    /** The JSON of a 200 answer that says success, in either shape. */
    static JsonNode successful(HttpReply reply) throws CodeArtsApiException {
        if (reply.status() != 200) {
            throw reply.error();
        }
        JsonNode root = reply.json();
        if (root == null || !root.isObject()) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        JsonNode status = root.get("status");
        JsonNode success = root.get("success");
        boolean saysStatus = status != null && status.isTextual();
        boolean saysSuccess = success != null && (success.isBoolean() || success.isTextual());
        if (!saysStatus && !saysSuccess) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        // either field saying anything but success refuses: one of them saying success is not enough
        if ((saysStatus && !status.asText().equals("success"))
                || (saysSuccess && !success.asText().equals("true"))) {
            throw reply.error(Failure.REFUSED);
        }
        return root;
    }
}
