package io.jenkins.plugins.codeartsbuild.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException.Failure;

/** Reading the answers of {@code POST /v3/jobs/{job_id}/delete}. */
final class DeleteResponse {

    private DeleteResponse() {}

    /** A 200 answer: {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. */
    static DeleteJobResult parse(HttpReply reply, String jobId, int attempt) throws CodeArtsApiException {
        JsonNode root = Json.readTreeOrNull(reply.body());
        if (root == null || !root.isObject() || !"success".equals(Json.text(root, "status"))) {
            throw new CodeArtsApiException(Failure.MALFORMED_ANSWER, reply, ErrorBody.parse(reply.body()));
        }
        JsonNode result = root.get("result");
        String requestId = reply.header("X-Request-Id");
        if (requestId == null) {
            requestId = Json.text(root, "request_id");
        }
        return new DeleteJobResult(jobId, Json.text(result, "project_id"), requestId, attempt, false);
    }

    /**
     * A 404 from the service itself. A gateway 404 ({@code APIG.*}, {@code APIGW.*}: no such API, wrong host or
     * path) never means the job is gone.
     */
    static boolean isJobNotFound(CodeArtsApiException e) {
        String code = e.getErrorCode();
        return e.getFailure() == Failure.HTTP_ERROR
                && e.getStatus() == 404
                && (code == null || !code.startsWith("APIG"));
    }
}
