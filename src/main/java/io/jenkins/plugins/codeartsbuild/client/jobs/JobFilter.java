package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import java.time.Duration;
import java.time.Instant;

/**
 * Which of the jobs a name selected are kept, by age and state: not built for {@code notBuiltForDays} days (0: any
 * age; a job never built counts as old unless {@code keepNeverBuilt}; an unknown last build time never counts as
 * old), and only disabled ones. Applied while the job list is read, before {@code maxJobs}.
 */
public record JobFilter(int notBuiltForDays, boolean onlyDisabled, boolean keepNeverBuilt) {

    public static final JobFilter NONE = new JobFilter(0, false, false);

    /** The most days {@code notBuiltForDays} may be (ten years). */
    public static final int MAX_DAYS = 3650;

    /** Checks the numbers: {@code notBuiltForDays} 0 (off) or 1 to {@value #MAX_DAYS}. */
    static JobFilter of(Integer notBuiltForDays, boolean onlyDisabled, boolean keepNeverBuilt)
            throws CodeArtsValidationException {
        int days = notBuiltForDays == null ? 0 : notBuiltForDays;
        if (days < 0 || days > MAX_DAYS || (notBuiltForDays != null && days == 0)) {
            throw new CodeArtsValidationException(
                    Problem.NOT_BUILT_FOR_DAYS_INVALID, String.valueOf(days), String.valueOf(MAX_DAYS));
        }
        return new JobFilter(days, onlyDisabled, keepNeverBuilt);
    }

    public boolean isNone() {
        return notBuiltForDays == 0 && !onlyDisabled;
    }

    /** Whether {@code job} is kept, at {@code now}. */
    public boolean keeps(BuildJob job, Instant now) {
        if (onlyDisabled && !Boolean.TRUE.equals(job.disabled())) {
            return false;
        }
        if (notBuiltForDays == 0) {
            return true;
        }
        LastBuild last = job.lastBuild();
        return switch (last.state()) {
            case NEVER -> !keepNeverBuilt;
            case UNKNOWN -> false;
            case BUILT -> last.at().isBefore(now.minus(Duration.ofDays(notBuiltForDays)));
        };
    }
}
