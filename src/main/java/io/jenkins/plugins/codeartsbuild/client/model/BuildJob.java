package io.jenkins.plugins.codeartsbuild.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CodeArts Build job as a job list describes it, with the rule for its id ({@link JobIds}) and what a list says of
 * its last build ({@link LastBuild}). Everything is cleaned: the id is a valid job id, the name is one line, the
 * project id is a plain id; {@code canDelete} and {@code disabled} are {@code null} when the list did not
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

    public BuildJob(String id, String name, String projectId, String projectName, Boolean canDelete, Boolean disabled) {
        this(id, name, projectId, projectName, canDelete, disabled, LastBuild.UNKNOWN, null, null);
    }

    static final int MAX_LISTED = 10;

    /** Up to {@value #MAX_LISTED} jobs as a failure for an ambiguous name lists them, then {@code ...} for more. */
    public static String listed(List<BuildJob> jobs) {
        String shown = jobs.stream()
                .limit(MAX_LISTED)
                .map(j -> j.id() + " (CodeArts project " + (j.projectId() == null ? "?" : j.projectId()) + ")")
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
        m.put("projectId", projectId);
        m.put("projectName", projectName);
        m.put("canDelete", canDelete);
        m.put("disabled", disabled);
        m.put("lastBuildTime", lastBuild.at() == null ? null : lastBuild.at().toString());
        m.put("lastBuildStatus", lastBuildStatus);
        m.put("creator", creator);
        return m;
    }

    /**
     * When a job was last built, as an entry of a job list says it, read defensively. How CodeArts Build lists a job
     * never built is not documented, so a job is never built only when its entry says so positively:
     *
     * <ul>
     *   <li>{@code last_build_time} absent: unknown (a list that stopped carrying the field must not turn every job into
     *       a never-built one);
     *   <li>{@code null} or 0: never built, unless the entry shows a build: a {@code last_build_status} other than
     *       absent, blank or {@code none} (never run; compared ignoring case), or a positive {@code build_number} or
     *       {@code last_build_number} (names no CodeArts page documents: read in case a list carries them). Then it is
     *       unknown;
     *   <li>a time ({@link #time}): built then; anything else (negative, a string, more than a day in the future):
     *       unknown.
     * </ul>
     *
     * A filter by age never counts an unknown time as old.
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

        public static final String FIELD = "last_build_time";

        private static final long SECONDS_BELOW = 100_000_000_000L; // 1973-03-03 in ms, year 5138 in s
        private static final long SECONDS_FROM = 1_000_000_000L; // 2001-09-09 in s
        private static final Duration CLOCK_SKEW = Duration.ofDays(1);
        private static final Pattern POSITIVE = Pattern.compile("\\s*0*[1-9][0-9]{0,17}\\s*");

        /** The last build an entry of a job list describes, as of {@code now}. */
        public static LastBuild of(JsonNode entry, Instant now) {
            JsonNode value = entry.get(FIELD);
            if (value == null) {
                return UNKNOWN;
            }
            if (value.isNull() || (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() == 0)) {
                return showsABuild(entry) ? UNKNOWN : NEVER;
            }
            Instant at = time(value, now);
            return at == null ? UNKNOWN : new LastBuild(State.BUILT, at);
        }

        /**
         * A time as CodeArts Build gives it, epoch milliseconds, read defensively: a number that can only be epoch seconds
         * (before 1973 as milliseconds, after 2001 as seconds) is taken as seconds; {@code null} for anything that is not
         * a plausible time (absent, {@code null}, 0, negative, not an integral number, more than a day after {@code now}).
         */
        public static Instant time(JsonNode value, Instant now) {
            if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
                return null;
            }
            long v = value.asLong();
            if (v < SECONDS_FROM) {
                return null;
            }
            Instant at = v < SECONDS_BELOW ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
            return at.isAfter(now.plus(CLOCK_SKEW)) ? null : at;
        }

        /** Whether the entry shows that the job has run, whatever its time says. */
        private static boolean showsABuild(JsonNode entry) {
            JsonNode status = entry.get("last_build_status");
            String text = status == null || status.isNull() ? null : status.isTextual() ? status.asText() : "ran";
            boolean ran = text != null
                    && !text.isBlank()
                    && !text.trim().toLowerCase(Locale.ROOT).equals("none");
            return ran || positive(entry.get("build_number")) || positive(entry.get("last_build_number"));
        }

        private static boolean positive(JsonNode n) {
            return n != null
                    && (n.isNumber()
                            ? n.asDouble() > 0
                            : n.isTextual() && POSITIVE.matcher(n.asText()).matches());
        }
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
            int bad = 0;
            CodeArtsValidationException first = null;
            for (String id : ids) {
                try {
                    JobIds.check(id);
                } catch (CodeArtsValidationException e) {
                    bad++;
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                String shown = first.getProblem() == Problem.JOB_ID_REQUIRED
                        ? "''"
                        : first.getArguments().get(0);
                throw new CodeArtsValidationException(
                        Problem.JOB_IDS_INVALID, String.valueOf(bad), String.valueOf(ids.size()), shown);
            }
            return List.copyOf(new LinkedHashSet<>(ids));
        }

        /** {@code ^[A-Za-z0-9]{32}$}, without a regular expression (this runs on every delete). */
        public static boolean isValid(String jobId) {
            return Texts.isAlphanumeric(jobId, LENGTH, LENGTH);
        }
    }
}
