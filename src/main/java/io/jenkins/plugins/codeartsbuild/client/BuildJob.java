package io.jenkins.plugins.codeartsbuild.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CodeArts Build job as a job list describes it. Everything is cleaned: the id is a valid job id, the name is one
 * line, the project id is a plain id; {@code canDelete} and {@code disabled} are {@code null} when the list did not
 * say (the list of all jobs does not say whether the caller may delete them; a project's list does).
 *
 * @param projectId the CodeArts project id (not the IAM project)
 */
public record BuildJob(
        String id, String name, String projectId, String projectName, Boolean canDelete, Boolean disabled) {

    /** A job known only by its id. */
    static BuildJob ofId(String id) {
        return new BuildJob(id, null, null, null, null, null);
    }

    /**
     * The keys {@code jobId, name, projectId, projectName, canDelete, disabled}: {@code jobId}, {@code name} and
     * {@code projectId} as in every map the steps return.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", id);
        m.put("name", name);
        m.put("projectId", projectId);
        m.put("projectName", projectName);
        m.put("canDelete", canDelete);
        m.put("disabled", disabled);
        return m;
    }
}
