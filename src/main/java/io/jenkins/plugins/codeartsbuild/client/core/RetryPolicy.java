package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Which failures are retried, and after how long. Retried: connection refused or connect timeout, a connection lost
 * before the answer, 502, 503, 504, 500 with {@code CB.00060100} (network busy), and throttling
 * ({@link CodeArtsApiException#isThrottling}), which does not use up the attempts but is bounded by
 * {@link #THROTTLE_PATIENCE}. Never retried: 3xx, 400, 401, 403, 404, 407, other 500s, a key lockout whatever its
 * status, read and call timeouts (so a silent server fails within the configured timeouts), TLS and proxy failures and
 * unknown hosts. The delay is the server's {@code Retry-After} (seconds or HTTP date) up to a cap, else exponential
 * backoff with full jitter.
 */
public final class RetryPolicy {

    /** Waits between attempts; injectable so that tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper SYSTEM = d -> TimeUnit.NANOSECONDS.sleep(d.toNanos());

        void sleep(Duration duration) throws InterruptedException;
    }

    public static final int MAX_ATTEMPTS_LIMIT = 10;

    public static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(30);

    /** How long one call may keep being throttled (its throttled attempts are not counted) before it fails. */
    public static final Duration THROTTLE_PATIENCE = Duration.ofMinutes(10);

    /** A bound on the throttled attempts of one call besides the patience, for servers that throttle at once. */
    public static final int MAX_THROTTLED_ATTEMPTS = 1000;

    /** The backoff ceiling before the first retry, doubled for each later one up to {@link #MAX_DELAY}. */
    private static final Duration BASE_DELAY = Duration.ofSeconds(1);

    private static final Duration MAX_DELAY = Duration.ofSeconds(10);
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(502, 503, 504);
    private static final String NETWORK_BUSY = "CB.00060100";

    /** Declared after the constants it uses. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, () -> ThreadLocalRandom.current().nextDouble());

    private final int maxAttempts;
    private final DoubleSupplier jitter;

    /** @param maxAttempts total attempts, 1 (no retry) to {@value #MAX_ATTEMPTS_LIMIT} */
    private RetryPolicy(int maxAttempts, DoubleSupplier jitter) {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
            throw new IllegalArgumentException("maxAttempts must be 1 to " + MAX_ATTEMPTS_LIMIT + ": " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.jitter = jitter;
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, jitter);
    }

    public RetryPolicy withJitter(DoubleSupplier j) {
        return new RetryPolicy(maxAttempts, j);
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** Whether this failure is worth another attempt (the attempt limit aside). */
    public boolean isRetryable(CodeArtsException e) {
        if (e instanceof CodeArtsTransportException t) {
            return switch (t.getKind()) {
                case CONNECT, CONNECT_TIMEOUT, IO -> true;
                default -> false;
            };
        }
        if (e instanceof CodeArtsApiException a
                && isErrorStatus(a)
                && !a.answer().mentionsKeyLock()) {
            return a.isThrottling()
                    || RETRYABLE_STATUS.contains(a.getStatus())
                    || (a.getStatus() == 500 && NETWORK_BUSY.equals(a.answer().code()));
        }
        return false;
    }

    /**
     * Whether the failed attempt may still have deleted the job: its answer was lost, or the gateway gave up
     * waiting for the service. After such an attempt, a 404 means the job is already gone.
     */
    public boolean mayHaveTakenEffect(CodeArtsException e) {
        if (e instanceof CodeArtsTransportException t) {
            return t.getKind().requestMayHaveArrived;
        }
        if (e instanceof CodeArtsApiException a && isErrorStatus(a)) {
            int s = a.getStatus();
            return s == 502 || s == 504 || (s == 500 && !a.isThrottling());
        }
        return false;
    }

    /** A 4xx or 5xx answer, from Huawei Cloud or from something in between (a 407 and a 3xx are neither). */
    private static boolean isErrorStatus(CodeArtsApiException a) {
        return a.getFailure() == Failure.HTTP_ERROR || a.getFailure() == Failure.FOREIGN_ERROR;
    }

    /** How long to wait after failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt, CodeArtsException e, Clock clock) {
        Duration told = retryAfter(e, clock);
        // a throttling answer's "0" is no advice: its attempts use up none, and would be sent back to back
        boolean throttledNow = e instanceof CodeArtsApiException a && a.isThrottling() && Duration.ZERO.equals(told);
        if (told != null && !throttledNow) {
            return told;
        }
        long ceiling = BASE_DELAY.toMillis() << Math.min(attempt - 1, 20);
        ceiling = Math.min(ceiling, MAX_DELAY.toMillis());
        return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
    }

    /**
     * The delay the answer asked for, up to {@link #RETRY_AFTER_CAP}: {@code Retry-After} as delay-seconds (any number
     * of digits: more than nine is more than any cap) or HTTP date; {@code null} when it asked for neither.
     */
    static Duration retryAfter(CodeArtsException e, Clock clock) {
        String v = e instanceof CodeArtsApiException a && a.retryAfter() != null
                ? a.retryAfter().strip()
                : "";
        Duration told;
        if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            told = v.length() > 9 ? RETRY_AFTER_CAP : Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                told = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException ex) {
                return null;
            }
        }
        return told.isNegative() ? Duration.ZERO : told.compareTo(RETRY_AFTER_CAP) > 0 ? RETRY_AFTER_CAP : told;
    }
}
