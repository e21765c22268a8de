package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import java.time.Instant;
import java.util.Optional;

/** A job as the job lists and the job info describe it, read defensively and cleaned for logs and results. */
final class ListedJob {

    private ListedJob() {}

    /** A job of a list, cleaned; {@code null} when its id is not a valid job id. */
    static BuildJob of(HttpReply reply, JsonNode item, String project, Instant now) {
        String id = Json.text(item, "id");
        return JobIds.isValid(id) ? of(reply, item, project, id, now) : null;
    }

    /**
     * A job described by {@code item}, known by {@code id}; its last build read as of {@code now} for an entry of a
     * list ({@link LastBuild#of}), not read ({@code now} null) for an info answer.
     */
    static BuildJob of(HttpReply reply, JsonNode item, String project, String id, Instant now) {
        String name = reply.quoted(Json.text(item, "job_name"), 200);
        String projectName = reply.quoted(Json.text(item, "project_name"), 200);
        String user = Json.text(item, "user_name");
        return new BuildJob(
                id,
                name,
                project != null ? project : reply.safeId(Json.text(item, "project_id")),
                projectName,
                flag(item, "is_delete").orElse(null),
                flag(item, "disabled").orElse(null),
                now == null ? LastBuild.UNKNOWN : LastBuild.of(item, now),
                reply.quoted(Json.text(item, "last_build_status"), 40),
                reply.quoted(user != null ? user : Json.text(item, "job_creator"), 200));
    }

    /** A yes/no field ({@code true}/{@code false}, as JSON booleans or text); empty when absent or anything else. */
    static Optional<Boolean> flag(JsonNode item, String field) {
        JsonNode v = item == null ? null : item.get(field);
        String text = v != null && (v.isBoolean() || v.isTextual()) ? v.asText() : "";
        return text.equals("true")
                ? Optional.of(Boolean.TRUE)
                : text.equals("false") ? Optional.of(Boolean.FALSE) : Optional.empty();
    }
}
