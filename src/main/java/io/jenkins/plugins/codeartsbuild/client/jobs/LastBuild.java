package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * When a job was last built, as a job list says it ({@code last_build_time}, epoch milliseconds), read defensively:
 * absent, {@code null} or 0 is never built; a number that can only be epoch seconds (before 1973 as milliseconds,
 * after 2001 as seconds) is taken as seconds; anything else that is not a plausible time (negative, a string, more
 * than a day in the future) is unknown, and a filter by age never counts an unknown time as old.
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

    private static final long SECONDS_BELOW = 100_000_000_000L; // 1973-03-03 in ms, year 5138 in s
    private static final long SECONDS_FROM = 1_000_000_000L; // 2001-09-09 in s
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    static LastBuild of(JsonNode value, Instant now) {
        if (value == null || value.isNull()) {
            return NEVER;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            return UNKNOWN;
        }
        long v = value.asLong();
        if (v == 0) {
            return NEVER;
        }
        if (v < SECONDS_FROM) {
            return UNKNOWN;
        }
        Instant at = v < SECONDS_BELOW ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        return at.isAfter(now.plus(CLOCK_SKEW)) ? UNKNOWN : new LastBuild(State.BUILT, at);
    }

    /** ISO-8601 in UTC for {@link State#BUILT}, else {@code null}. */
    public String iso() {
        return at == null ? null : at.toString();
    }
}
