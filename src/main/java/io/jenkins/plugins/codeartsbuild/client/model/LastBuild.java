package io.jenkins.plugins.codeartsbuild.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

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

    /** What the list said. */
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
        boolean ran = status != null
                && !status.isNull()
                && !(status.isTextual()
                        && (status.asText().isBlank()
                                || status.asText()
                                        .trim()
                                        .toLowerCase(Locale.ROOT)
                                        .equals("none")));
        return ran || positive(entry.get("build_number")) || positive(entry.get("last_build_number"));
    }

    private static boolean positive(JsonNode n) {
        return n != null
                && (n.isNumber()
                        ? n.asDouble() > 0
                        : n.isTextual() && POSITIVE.matcher(n.asText()).matches());
    }

    /** ISO-8601 in UTC for {@link State#BUILT}, else {@code null}. */
    public String iso() {
        return at == null ? null : at.toString();
    }
}
