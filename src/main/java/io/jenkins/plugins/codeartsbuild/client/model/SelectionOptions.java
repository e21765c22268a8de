package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The options as a step or builder holds them, each with its meaning. The steps and builders implement this with the
 * getters they have anyway, so that {@link JobSelection#of} reads each option once and nothing copies them (a builder
 * object would be one more mutable copy of every option). Every front end has the name selectors, the CodeArts
 * project, the credentials and the region; one without another option leaves it to its default here. Text is taken
 * as given: blank is not set ({@link #text}, {@link #setting}).
 */
public interface SelectionOptions {

    /** One job by its id; not trimmed (the id rule allows no white space). */
    default String getJobId() {
        return null;
    }

    /** Several jobs by id, in order; an empty list was given, and is refused; a {@code null} id is invalid. */
    default List<String> getJobIds() {
        return null;
    }

    /** Exactly one job with this name (compared as it is: {@code *} and {@code ?} are plain characters here). */
    String getJobName();

    /** Every job whose name matches this glob ({@link Glob}: {@code *}, {@code ?}; anchored; case-sensitive). */
    String getJobNamePattern();

    /** A literal prefix (no glob characters): the safe selector for an interpolated value like {@code "pr-${ID}-"}. */
    String getJobNamePrefix();

    String getCodeArtsProjectId();

    /** Resolve, check that each job exists and may be acted on, report, and change nothing. */
    default boolean isDryRun() {
        return false;
    }

    /** A selection that resolves to more jobs fails before anything is done. 1 to {@value JobSelection#MAX_MAX_JOBS}. */
    default int getMaxJobs() {
        return JobSelection.DEFAULT_MAX_JOBS;
    }

    /** How many calls may be in flight at once, 1 to {@value JobSelection#MAX_PARALLELISM}. */
    default int getParallelism() {
        return JobSelection.DEFAULT_PARALLELISM;
    }

    /** A job that does not exist counts as already done instead of failing. */
    default boolean isIgnoreMissing() {
        return false;
    }

    /** Keep only jobs not built for this many days (1 to {@value JobFilter#MAX_DAYS}); {@code null}: any age. */
    default Integer getNotBuiltForDays() {
        return null;
    }

    default boolean isOnlyDisabled() {
        return false;
    }

    /** With {@code notBuiltForDays}: keep out the jobs that were never built (by default they count as old). */
    default boolean isKeepNeverBuilt() {
        return false;
    }

    /** After a successful delete, remove the job from the recycle bin too: permanent, it cannot be restored. */
    default boolean isPurge() {
        return false;
    }

    /** The credentials' id; {@code null} for the default of the global configuration. */
    String getCredentialsId();

    /** The region; {@code null} for the default of the global configuration. */
    String getRegion();

    /**
     * What a front end makes of an option's text before it is checked: a freestyle build puts its variables in
     * (and may refuse one without a value); Pipeline has none ({@link #AS_WRITTEN}). Never asked about the
     * credentials id: {@code ${NAME}} there names a credentials parameter, which the credentials lookup resolves
     * itself, with the rights of the user who started the build; expanding it first would skip that check.
     */
    @FunctionalInterface
    public interface Text {

        Text AS_WRITTEN = (option, text, pattern) -> text;

        /**
         * @param pattern whether the text is a {@link Glob} pattern, where an inserted value must be quoted to stay
         *     literal
         */
        String of(String option, String text, boolean pattern) throws CodeArtsValidationException;
    }

    /** Text as an option keeps it: {@code null} when blank, otherwise as given (ids and names are not trimmed). */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Text as a setting keeps it: {@code null} when blank, otherwise without surrounding white space. */
    public static String setting(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A number option: 1 to {@code max}, else {@code invalid} naming the value and the bound. */
    public static int inRange(long value, int max, Problem invalid) throws CodeArtsValidationException {
        return inRange(value, String.valueOf(value), max, invalid);
    }

    /** {@link #inRange(long, int, Problem)} for a value typed into a form: whole numbers only, shown as typed. */
    public static int inRange(String typed, int max, Problem invalid) throws CodeArtsValidationException {
        String v = setting(typed);
        boolean digits = v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9');
        return inRange(digits ? Long.parseLong(v) : -1, Texts.escapeAndShorten(v, 20), max, invalid);
    }

    private static int inRange(long value, String shown, int max, Problem invalid) throws CodeArtsValidationException {
        if (value < 1 || value > max) {
            throw new CodeArtsValidationException(invalid, shown, String.valueOf(max));
        }
        return (int) value;
    }

    /**
     * Which of the jobs a name selected are kept, by age and state: not built for {@code notBuiltForDays} days (0: any
     * age), and only disabled ones. Applied while the job list is read, before {@code maxJobs}. By age: a job last built
     * before the cutoff is kept; an unknown last build time ({@link LastBuild}) never counts as old; a job never built is
     * left out with {@code keepNeverBuilt}, else counts as old only when its creation time, read from its info, is before
     * the cutoff: a job created since, or whose creation time cannot be read, is left out.
     */
    public record JobFilter(int notBuiltForDays, boolean onlyDisabled, boolean keepNeverBuilt) {

        public static final int MAX_DAYS = 3650;

        public boolean isNone() {
            return notBuiltForDays == 0 && !onlyDisabled;
        }

        public enum Verdict {
            KEPT,
            /** Left out: not disabled, built since the cutoff, or never built with {@code keepNeverBuilt}. */
            LEFT_OUT,
            /** Left out by age: the list gives no readable last build time. */
            UNKNOWN_TIME,
            /** Never built: kept only when {@link #createdBeforeCutoff} says so. */
            NEVER_BUILT
        }

        public Verdict verdict(BuildJob job, Instant now) {
            if (onlyDisabled && !Boolean.TRUE.equals(job.disabled())) {
                return Verdict.LEFT_OUT;
            }
            if (notBuiltForDays == 0) {
                return Verdict.KEPT;
            }
            LastBuild last = job.lastBuild();
            return switch (last.state()) {
                case NEVER -> keepNeverBuilt ? Verdict.LEFT_OUT : Verdict.NEVER_BUILT;
                case UNKNOWN -> Verdict.UNKNOWN_TIME;
                case BUILT -> last.at().isBefore(cutoff(now)) ? Verdict.KEPT : Verdict.LEFT_OUT;
            };
        }

        /** Whether a job never built, created at {@code created} ({@code null}: not known), counts as old. */
        public boolean createdBeforeCutoff(Instant created, Instant now) {
            return created != null && created.isBefore(cutoff(now));
        }

        private Instant cutoff(Instant now) {
            return now.minus(Duration.ofDays(notBuiltForDays));
        }
    }
}
