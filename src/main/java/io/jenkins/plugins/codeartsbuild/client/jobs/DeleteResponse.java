package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;

/**
 * Reading the answers of {@code POST /v3/jobs/{job_id}/delete}, with Jackson's tree as every other answer is read: a
 * body that is not exactly one JSON object is malformed.
 */
public final class DeleteResponse {

    private DeleteResponse() {}

    /**
     * A 200 answer: {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. The
     * URL named the job and the service said success, so a {@code result.job_id} naming another job is still a
     * success: the result carries the id the service confirmed, for one warning line. Ids that are not plain are
     * left out of the result.
     */
    public static DeleteJobResult parse(HttpReply reply, String jobId, int attempt) throws CodeArtsApiException {
        JsonNode root = Json.readTreeOrNull(reply.body());
        if (root == null || !root.isObject() || !"success".equals(Json.text(root, "status"))) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        JsonNode result = root.get("result");
        return new DeleteJobResult(
                jobId,
                reply.safeId(Json.text(result, "project_id")),
                reply.requestId(Json.text(root, "request_id")),
                attempt,
                false,
                otherJobConfirmed(reply, jobId, Json.text(result, "job_id")));
    }

    /**
     * The id an answer confirmed when it is not the one asked for (case aside), fit to quote: as given when it is a
     * plain id, else escaped and shortened; {@code null} when it names the job asked for or none.
     */
    static String otherJobConfirmed(HttpReply reply, String asked, String confirmed) {
        if (confirmed == null || confirmed.equalsIgnoreCase(asked)) {
            return null;
        }
        String id = reply.safeId(confirmed);
        return id != null ? id : Texts.escapeAndShorten(reply.redact(confirmed), 40);
    }
}
