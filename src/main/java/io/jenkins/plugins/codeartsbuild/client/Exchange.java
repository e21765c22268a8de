package io.jenkins.plugins.codeartsbuild.client;

import java.time.Clock;
import java.time.Duration;
import okhttp3.Request;

/**
 * One request to CodeArts Build, authenticated and retried per the {@link RetryPolicy}: the loop every call of the
 * client shares (a delete, a page of a job list, a job's info). Each attempt waits for its turn at a {@link Pacer}
 * (a batch shares one, so that throttling slows the whole batch); a 401 saying the token expired gets one fresh
 * token and one more attempt; an interrupt ends the call at once. Every request sent is counted in the attempt
 * number handed to the {@link Reading}.
 */
final class Exchange {

    /** Turns an answer into a result, or throws; a thrown failure may be retried. */
    @FunctionalInterface
    interface Reading<T> {
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

    Exchange(HttpCaller http, RequestAuthenticator authenticator, RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.authenticator = authenticator;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    RequestAuthenticator authenticator() {
        return authenticator;
    }

    <T> T send(Request request, ClientListener listener, Pacer pacer, Reading<T> reading)
            throws CodeArtsException, InterruptedException {
        boolean mayBeGone = false;
        int refreshes = 0;
        for (int attempt = 1; ; attempt++) {
            checkInterrupt();
            listener.onAttempt(attempt, policy.getMaxAttempts() + refreshes);
            boolean sent = false;
            CodeArtsException failure;
            pacer.acquire();
            Duration throttled = null;
            try {
                Request authenticated = authenticator.authenticate(request);
                sent = true;
                HttpReply reply = http.execute(authenticated, Service.CODEARTS_BUILD);
                try {
                    return reading.read(reply, attempt, mayBeGone);
                } catch (CodeArtsApiException e) {
                    checkInterrupt();
                    if (refreshes == 0 && e.getStatus() == 401 && authenticator.discardRejected(authenticated, e)) {
                        refreshes++;
                        listener.onTokenRejected(e);
                        continue;
                    }
                    throw e;
                }
            } catch (CodeArtsException e) {
                failure = e;
                if (RetryPolicy.isThrottling(e)) {
                    throttled = policy.delayAfter(attempt - refreshes, e, clock);
                }
            } finally {
                pacer.release(throttled);
            }
            checkInterrupt();
            if (attempt - refreshes >= policy.getMaxAttempts() || !policy.isRetryable(failure)) {
                throw failure;
            }
            mayBeGone |= sent && policy.mayHaveTakenEffect(failure);
            Duration delay = throttled != null ? throttled : policy.delayAfter(attempt - refreshes, failure, clock);
            listener.onRetry(attempt, delay, failure);
            checkInterrupt();
            sleeper.sleep(delay);
        }
    }

    /** An interrupt that came while nothing blocked (handling an answer, a listener) ends the call here. */
    static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted: no further request is sent");
        }
    }
}
