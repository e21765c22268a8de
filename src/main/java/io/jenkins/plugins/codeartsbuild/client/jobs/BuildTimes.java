package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The times CodeArts Build's answers give (a job list's last build, a job's creation, the recycle bin's deletion),
 * all read one way, defensively: a time that is not plausible is no time, never a guess.
 */
final class BuildTimes {

    private static final long SECONDS_BELOW = 100_000_000_000L; // 1973-03-03 in ms, year 5138 in s
    private static final long SECONDS_FROM = 1_000_000_000L; // 2001-09-09 in s
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);
    private static final Pattern POSITIVE = Pattern.compile("\\s*0*[1-9][0-9]{0,17}\\s*");

    private BuildTimes() {}

    /**
     * A time as CodeArts Build gives it, epoch milliseconds, read defensively: a number that can only be epoch seconds
     * (before 1973 as milliseconds, after 2001 as seconds) is taken as seconds; {@code null} for anything that is not
     * a plausible time (absent, {@code null}, 0, negative, not an integral number, more than a day after {@code now}).
     * With {@code text}, a string of digits is read as that number (the recycle bin gives its times as strings).
     */
    static Instant time(JsonNode value, boolean text, Instant now) {
        long v;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            v = value.asLong();
        } else if (text && value.isTextual() && POSITIVE.matcher(value.asText()).matches()) {
            v = Long.parseLong(value.asText().strip());
        } else {
            return null;
        }
        if (v < SECONDS_FROM) {
            return null;
        }
        Instant at = v < SECONDS_BELOW ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        return at.isAfter(now.plus(CLOCK_SKEW)) ? null : at;
    }

    /**
     * The last build an entry of a job list describes, as of {@code now}, read defensively. How CodeArts Build lists a
     * job never built is not documented, so a job is never built only when its entry says so positively:
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
     */
    static LastBuild lastBuild(JsonNode entry, Instant now) {
        JsonNode value = entry.get("last_build_time");
        if (value == null) {
            return LastBuild.UNKNOWN;
        }
        if (value.isNull() || (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() == 0)) {
            return showsABuild(entry) ? LastBuild.UNKNOWN : LastBuild.NEVER;
        }
        Instant at = time(value, false, now);
        return at == null ? LastBuild.UNKNOWN : new LastBuild(LastBuild.State.BUILT, at);
    }

    /** Whether the entry shows that the job has run, whatever its time says. */
    private static boolean showsABuild(JsonNode entry) {
        JsonNode status = entry.get("last_build_status");
        String text = status == null || status.isNull() ? null : status.isTextual() ? status.asText() : "ran";
        boolean ran = text != null && !text.isBlank() && !text.trim().equalsIgnoreCase("none");
        return ran || positive(entry.get("build_number")) || positive(entry.get("last_build_number"));
    }

    private static boolean positive(JsonNode n) {
        return n != null
                && (n.isNumber()
                        ? n.asDouble() > 0
                        : n.isTextual() && POSITIVE.matcher(n.asText()).matches());
    }
}
