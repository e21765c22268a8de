package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import java.time.Duration;
import java.time.Instant;

/**
 * Which of the jobs a name selected are kept, by age and state: not built for {@code notBuiltForDays} days (0: any
 * age), and only disabled ones. Applied while the job list is read, before {@code maxJobs}. By age: a job last built
 * before the cutoff is kept; an unknown last build time ({@link LastBuild}) never counts as old; a job never built is
 * left out with {@code keepNeverBuilt}, else counts as old only when its creation time, read from its info, is before
 * the cutoff: a job created since, or whose creation time cannot be read, is left out.
 */
public record JobFilter(int notBuiltForDays, boolean onlyDisabled, boolean keepNeverBuilt) {

    public static final JobFilter NONE = new JobFilter(0, false, false);

    /** The most days {@code notBuiltForDays} may be (ten years). */
    public static final int MAX_DAYS = 3650;

    /** Checks the numbers: {@code notBuiltForDays} 0 (off) or 1 to {@value #MAX_DAYS}. */
    static JobFilter of(Integer notBuiltForDays, boolean onlyDisabled, boolean keepNeverBuilt)
            throws CodeArtsValidationException {
        int days = notBuiltForDays == null
                ? 0
                : SelectionOptions.inRange(notBuiltForDays, MAX_DAYS, Problem.NOT_BUILT_FOR_DAYS_INVALID);
        return new JobFilter(days, onlyDisabled, keepNeverBuilt);
    }

    public boolean isNone() {
        return notBuiltForDays == 0 && !onlyDisabled;
    }

    /** What the filter makes of a job. */
    public enum Verdict {
        KEPT,
        /** Left out: not disabled, built since the cutoff, or never built with {@code keepNeverBuilt}. */
        LEFT_OUT,
        /** Left out by age: the list gives no readable last build time. */
        UNKNOWN_TIME,
        /** Never built: kept only when {@link #createdBeforeCutoff} says so. */
        NEVER_BUILT
    }

    /** What the filter makes of {@code job}, at {@code now}. */
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
