package io.jenkins.plugins.codeartsbuild.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException.Failure;

/** Reading the answers of {@code POST /v3/jobs/{job_id}/delete}. */
final class DeleteResponse {

    private DeleteResponse() {}

    /**
     * A 200 answer: {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. A
     * {@code result.job_id} naming another job is a failure; ids that are not plain are left out of the result.
     */
    static DeleteJobResult parse(HttpReply reply, String jobId, int attempt) throws CodeArtsApiException {
        JsonNode root = Json.readTreeOrNull(reply.body());
        if (root == null || !root.isObject() || !"success".equals(Json.text(root, "status"))) {
            throw CodeArtsApiException.of(Failure.MALFORMED_ANSWER, reply);
        }
        JsonNode result = root.get("result");
        String confirmed = Json.text(result, "job_id");
        if (confirmed != null && !confirmed.equalsIgnoreCase(jobId)) {
            throw CodeArtsApiException.wrongJob(reply, confirmed);
        }
        return new DeleteJobResult(
                jobId,
                reply.safeId(Json.text(result, "project_id")),
                reply.requestId(Json.text(root, "request_id")),
                attempt,
                false);
    }

    /**
     * A 404 that CodeArts Build itself gave: its error shape with a {@code CB.} code. A gateway 404
     * ({@code APIG.*}: no such API, wrong host or path), or one from anything else (a web server, a proxy, another
     * application), never means that the job is gone.
     */
    static boolean isJobNotFound(CodeArtsApiException e) {
        String code = e.getErrorCode();
        return e.getFailure() == Failure.HTTP_ERROR
                && e.getStatus() == 404
                && e.getService() == Service.CODEARTS_BUILD
                && code != null
                && code.startsWith("CB.");
    }
}
