package io.jenkins.plugins.codeartsbuild.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CodeArts Build job as a job list describes it. Everything is cleaned: the id is a valid job id, the name is one
 * line, the project id is a plain id; {@code canDelete} and {@code disabled} are {@code null} when the list did not
 * say (the list of all jobs does not say whether the caller may delete them; a project's list does).
 *
 * @param projectId the CodeArts project id (not the IAM project)
 * @param lastBuild when it was last built ({@link LastBuild#UNKNOWN} when the list did not say)
 * @param lastBuildStatus the list's {@code last_build_status}, cleaned, or {@code null}
 * @param creator the list's {@code user_name}, else {@code job_creator}, cleaned, or {@code null}
 */
public record BuildJob(
        String id,
        String name,
        String projectId,
        String projectName,
        Boolean canDelete,
        Boolean disabled,
        LastBuild lastBuild,
        String lastBuildStatus,
        String creator) {

    /** A job without what only a job list says of its builds. */
    public BuildJob(String id, String name, String projectId, String projectName, Boolean canDelete, Boolean disabled) {
        this(id, name, projectId, projectName, canDelete, disabled, LastBuild.UNKNOWN, null, null);
    }

    /** The jobs a failure for an ambiguous name lists at most. */
    static final int MAX_LISTED = 10;

    /**
     * The first {@value #MAX_LISTED} jobs as a failure for an ambiguous name lists them, {@code id (CodeArts project
     * p)} each, then {@code ...} when there are more.
     */
    public static String listed(List<BuildJob> jobs) {
        List<String> each = new ArrayList<>();
        for (BuildJob j : jobs.subList(0, Math.min(jobs.size(), MAX_LISTED))) {
            each.add(j.id() + " (CodeArts project " + (j.projectId() == null ? "?" : j.projectId()) + ")");
        }
        if (jobs.size() > MAX_LISTED) {
            each.add("...");
        }
        return String.join(", ", each);
    }

    /** A job known only by its id. */
    public static BuildJob ofId(String id) {
        return new BuildJob(id, null, null, null, null, null);
    }

    /**
     * The keys {@code jobId, name, projectId, projectName, canDelete, disabled, lastBuildTime} (ISO-8601 in UTC, or
     * {@code null} when never built or not known), {@code lastBuildStatus, creator}: {@code jobId}, {@code name} and
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
        m.put("lastBuildTime", lastBuild.iso());
        m.put("lastBuildStatus", lastBuildStatus);
        m.put("creator", creator);
        return m;
    }
}
