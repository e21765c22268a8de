package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;

/**
 * Reading the answers of {@code POST /v3/jobs/{job_id}/delete}, with Jackson's tree as every other answer is read: a
 * body that is not exactly one JSON object is malformed.
 */
final class DeleteResponse {

    private DeleteResponse() {}

    /**
     * A 200 answer: {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. The
     * URL named the job and the service said success, so a {@code result.job_id} naming another job is still a
     * success: the outcome carries the id the service confirmed, for one warning line. Ids that are not plain are
     * left out of the outcome; without a project id in the answer, the outcome keeps the one a list gave.
     */
    static Outcome parse(HttpReply reply, BuildJob job, int attempt) throws CodeArtsApiException {
        JsonNode root = Json.readTreeOrNull(reply.body());
        if (root == null || !root.isObject() || !"success".equals(Json.text(root, "status"))) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        JsonNode result = root.get("result");
        String projectId = reply.safeId(Json.text(result, "project_id"));
        return Outcome.done(
                        job.id(),
                        job.name(),
                        projectId != null ? projectId : job.projectId(),
                        Status.Delete.DELETED,
                        reply.requestId(Json.text(root, "request_id")),
                        attempt)
                .confirming(otherJobConfirmed(reply, job.id(), Json.text(result, "job_id")));
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
