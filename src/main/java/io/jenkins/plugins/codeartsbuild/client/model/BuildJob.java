package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A CodeArts Build job as a job list describes it, with the rule for its id ({@link JobIds}) and what a list says of
 * its last build ({@link LastBuild}). Everything is cleaned: the id is a valid job id, the name is one line, the
 * project id is a plain id; {@code canDelete} and {@code disabled} are {@code null} when the list did not
 * say (the list of all jobs does not say whether the caller may delete them; a project's list does).
 *
 * @param codeArtsProjectId the CodeArts project id (not the IAM project)
 * @param lastBuild when it was last built ({@link LastBuild#UNKNOWN} when the list did not say)
 * @param lastBuildStatus the list's {@code last_build_status}, cleaned, or {@code null}
 * @param creator the list's {@code user_name}, else {@code job_creator}, cleaned, or {@code null}
 */
public record BuildJob(
        String id,
        String name,
        String codeArtsProjectId,
        String projectName,
        Boolean canDelete,
        Boolean disabled,
        LastBuild lastBuild,
        String lastBuildStatus,
        String creator) {

    public BuildJob(
            String id, String name, String codeArtsProjectId, String projectName, Boolean canDelete, Boolean disabled) {
        this(id, name, codeArtsProjectId, projectName, canDelete, disabled, LastBuild.UNKNOWN, null, null);
    }

    static final int MAX_LISTED = 10;

    /**
     * Up to {@value #MAX_LISTED} jobs as a failure for an ambiguous name lists them, then {@code ...} for more; each
     * with its project under the option's name, which reads the same in either language.
     */
    public static String listed(List<BuildJob> jobs) {
        String shown = jobs.stream()
                .limit(MAX_LISTED)
                .map(j -> j.id() + " (codeArtsProjectId "
                        + (j.codeArtsProjectId() == null ? "?" : j.codeArtsProjectId()) + ")")
                .collect(Collectors.joining(", "));
        return jobs.size() > MAX_LISTED ? shown + ", ..." : shown;
    }

    public static BuildJob ofId(String id) {
        return new BuildJob(id, null, null, null, null, null);
    }

    /** One job of the find step's return value (the README lists the keys); lastBuildTime ISO-8601 in UTC or null. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", id);
        m.put("name", name);
        m.put("codeArtsProjectId", codeArtsProjectId);
        m.put("projectName", projectName);
        m.put("canDelete", canDelete);
        m.put("disabled", disabled);
        m.put("lastBuildTime", lastBuild.at() == null ? null : lastBuild.at().toString());
        m.put("lastBuildStatus", lastBuildStatus);
        m.put("creator", creator);
        return m;
    }

    /**
     * When a job was last built, as a job list says it ({@code JobReader} reads it defensively). A filter by age never
     * counts an {@link State#UNKNOWN} time as old.
     *
     * @param at the time, for {@link State#BUILT}; else {@code null}
     */
    public record LastBuild(State state, Instant at) {

        public enum State {
            BUILT,
            NEVER,
            UNKNOWN
        }

        public static final LastBuild NEVER = new LastBuild(State.NEVER, null);
        public static final LastBuild UNKNOWN = new LastBuild(State.UNKNOWN, null);
    }

    /**
     * The rule for a CodeArts Build job id: exactly 32 ASCII letters or digits, nothing trimmed. It is checked before
     * any URL is built, because OkHttp would collapse {@code ..} segments and an allowlist is the only safe check.
     */
    public static final class JobIds {

        static final int LENGTH = 32;

        private JobIds() {}

        /** Returns the job id if it is valid; otherwise says why, showing the value escaped and shortened. */
        public static String check(String jobId) throws CodeArtsValidationException {
            if (Texts.isBlank(jobId)) {
                throw new CodeArtsValidationException(Problem.JOB_ID_REQUIRED);
            }
            if (!isValid(jobId)) {
                throw new CodeArtsValidationException(Problem.JOB_ID_INVALID, Texts.escapeAndShorten(jobId, 40));
            }
            return jobId;
        }

        /** A CodeArts project id: the same rule as a job id. */
        public static String checkProjectId(String projectId) throws CodeArtsValidationException {
            if (!isValid(projectId)) {
                throw new CodeArtsValidationException(
                        Problem.CODEARTS_PROJECT_ID_INVALID, Texts.escapeAndShorten(projectId, 40));
            }
            return projectId;
        }

        /** Every id checked before any is used (the error counts the bad ones), duplicates removed in order. */
        public static List<String> unique(List<String> ids) throws CodeArtsValidationException {
            if (ids.isEmpty()) {
                throw new CodeArtsValidationException(Problem.JOB_IDS_EMPTY);
            }
            List<String> bad = ids.stream().filter(id -> !isValid(id)).toList();
            if (!bad.isEmpty()) {
                String first = bad.get(0);
                String shown = Texts.isBlank(first) ? "''" : Texts.escapeAndShorten(first, 40);
                throw new CodeArtsValidationException(
                        Problem.JOB_IDS_INVALID, String.valueOf(bad.size()), String.valueOf(ids.size()), shown);
            }
            return List.copyOf(new LinkedHashSet<>(ids));
        }

        /** {@code ^[A-Za-z0-9]{32}$}, without a regular expression (this runs on every delete). */
        public static boolean isValid(String jobId) {
            return Texts.isAlphanumeric(jobId, LENGTH, LENGTH);
        }
    }
}
