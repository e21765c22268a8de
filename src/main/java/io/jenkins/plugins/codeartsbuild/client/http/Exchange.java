package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy.Sleeper;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One request to CodeArts Build, authenticated and retried per the {@link RetryPolicy}: the loop every call of the
 * client shares (a delete, a page of a job list, a job's info). Each attempt waits for its turn at a {@link Pacer}
 * (a batch shares one, so that throttling slows the whole batch); a 401 saying the token expired gets one fresh
 * token and one more attempt; an interrupt ends the call at once. Every request sent is counted in the attempt
 * number handed to the {@link Reading}.
 */
public final class Exchange {

    /** Turns an answer into a result, or throws; a thrown failure may be retried. */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * @param attempt the number of this attempt (1-based), token refreshes included
         * @param mayHaveTakenEffect whether an earlier attempt may have acted although its answer was lost
         */
        T read(HttpReply reply, int attempt, boolean mayHaveTakenEffect) throws CodeArtsException;
    }

    private final HttpCaller http;
    private final RequestAuthenticator authenticator;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    /** The key's guard shared by the calls of a batch; {@code null}: each call has its own. */
    private final KeyGuard batchKeys;

    public Exchange(
            HttpCaller http, RequestAuthenticator authenticator, RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this(http, authenticator, policy, clock, sleeper, null);
    }

    private Exchange(
            HttpCaller http,
            RequestAuthenticator authenticator,
            RetryPolicy policy,
            Clock clock,
            Sleeper sleeper,
            KeyGuard batchKeys) {
        this.http = http;
        this.authenticator = authenticator;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.batchKeys = batchKeys;
    }

    /** The same exchange for the calls of one batch: they share a {@link KeyGuard}, so a refused key fails once. */
    public Exchange forBatch() {
        return new Exchange(http, authenticator, policy, clock, sleeper, new KeyGuard());
    }

    /**
     * Sends a request, retried per the policy. Throttled attempts do not use up the attempts: they are retried until
     * the policy's {@linkplain RetryPolicy#THROTTLE_PATIENCE patience} runs out: in a batch at the pacer's next
     * turn (its rate follows what the server accepts), else after the answer's {@code Retry-After} or a backoff.
     *
     * @param request a new builder of the request for each attempt (each gets its own credentials)
     */
    public <T> T send(Supplier<Request.Builder> request, ClientListener listener, Pacer pacer, Reading<T> reading)
            throws CodeArtsException, InterruptedException {
        return send(request, listener, pacer, HttpCaller.BODY_CAP, reading);
    }

    /** {@link #send(Supplier, ClientListener, Pacer, Reading)}, reading at most {@code cap} bytes of a success. */
    public <T> T send(
            Supplier<Request.Builder> request, ClientListener listener, Pacer pacer, int cap, Reading<T> reading)
            throws CodeArtsException, InterruptedException {
        boolean mayBeGone = false;
        int refreshes = 0;
        int throttles = 0;
        long throttledSince = 0;
        long sleptWhileThrottled = 0;
        KeyGuard keys = batchKeys != null ? batchKeys : KeyGuard.SINGLE;
        boolean probe = false;
        for (int attempt = 1; ; attempt++) {
            checkInterrupt();
            listener.onAttempt(attempt, policy.getMaxAttempts() + refreshes + throttles);
            if (!probe) {
                try {
                    probe = keys.enter();
                } catch (CodeArtsApiException refused) {
                    throw refused.withAttempts(attempt - 1);
                }
            }
            boolean sent = false;
            boolean refreshing = false;
            CodeArtsException failure = null;
            long turn = pacer.acquire();
            Pacer.Ending result = Pacer.Ending.NO_ANSWER;
            try {
                Request authenticated = authenticator.authenticate(request.get());
                sent = true;
                HttpReply reply = http.execute(authenticated, Service.CODEARTS_BUILD, cap);
                result = Pacer.Ending.ANSWERED;
                try {
                    return reading.read(reply, attempt, mayBeGone);
                } catch (CodeArtsApiException e) {
                    checkInterrupt();
                    if (refreshes == 0
                            && e.getStatus() == 401
                            && keys.mayRefresh(authenticated.header("X-Auth-Token"))
                            && authenticator.discardRejected(authenticated, e)) {
                        refreshes++;
                        refreshing = true;
                        listener.onTokenRejected(e);
                        continue;
                    }
                    throw e;
                }
            } catch (CodeArtsException e) {
                failure = e.withAttempts(attempt);
                if (e instanceof CodeArtsApiException a && a.isThrottling()) {
                    result = Pacer.Ending.THROTTLED;
                }
            } finally {
                pacer.release(turn, result);
                if (!refreshing) {
                    keys.exit(probe, result != Pacer.Ending.NO_ANSWER, failure);
                    probe = false;
                }
            }
            mayBeGone |= sent && policy.mayHaveTakenEffect(failure);
            if (result == Pacer.Ending.THROTTLED) {
                throttles++;
                long now = System.nanoTime();
                throttledSince = throttles == 1 ? now : throttledSince;
                // the time spent throttled: as measured, or as slept (a sleeper may not take real time)
                long throttledFor = Math.max(now - throttledSince, sleptWhileThrottled);
                if (throttledFor >= RetryPolicy.THROTTLE_PATIENCE.toNanos()
                        || throttles >= RetryPolicy.MAX_THROTTLED_ATTEMPTS) {
                    throw failure;
                }
                Duration delay = pacer.pacesRetries() ? Duration.ZERO : policy.delayAfter(throttles, failure, clock);
                listener.onRetry(attempt, delay, failure);
                checkInterrupt();
                sleeper.sleep(delay);
                sleptWhileThrottled += delay.toNanos();
                continue;
            }
            backOff(attempt - refreshes - throttles, failure, listener);
        }
    }

    /**
     * Authenticates once, without sending a request to CodeArts Build: the token (or the project id) a batch's
     * calls will share, retried like a call, so that a refused key fails once, not once per job.
     */
    public void authenticate(HttpUrl url, ClientListener listener) throws CodeArtsException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            checkInterrupt();
            try {
                authenticator.authenticate(new Request.Builder().url(url));
                return;
            } catch (CodeArtsException e) {
                backOff(attempt, e, listener);
            }
        }
    }

    /** After failed attempt {@code attempt}: throws when it is not worth another one, else waits for its turn. */
    private void backOff(int attempt, CodeArtsException failure, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        checkInterrupt();
        if (attempt >= policy.getMaxAttempts() || !policy.isRetryable(failure)) {
            throw failure;
        }
        Duration delay = policy.delayAfter(attempt, failure, clock);
        listener.onRetry(attempt, delay, failure);
        checkInterrupt();
        sleeper.sleep(delay);
    }

    /** An interrupt that came while nothing blocked (handling an answer, a listener) ends the call here. */
    static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted: no further request is sent");
        }
    }
}
