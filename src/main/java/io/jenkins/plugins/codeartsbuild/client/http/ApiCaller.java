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
 * One call of the CodeArts Build API, authenticated and retried per the {@link RetryPolicy} ({@link HttpCaller} sends
 * each attempt): the loop every call of the client shares (a delete, a page of a job list, a job's info).
 * {@link Call#attempt} is one attempt; {@link Call#next} decides what follows a failed one. An interrupt ends the call
 * at once. Every request sent is counted in the attempt number handed to the {@link Reading}.
 */
public final class ApiCaller {

    /**
     * Turns an answer to attempt {@code attempt} (1-based, token refreshes included) into a result, or throws; a thrown
     * failure may be retried. {@code mayHaveTakenEffect}: an earlier attempt may have acted though its answer was lost.
     */
    @FunctionalInterface
    public interface Reading<T> {
        T read(HttpReply reply, int attempt, boolean mayHaveTakenEffect) throws CodeArtsException;
    }

    /** Adds the key's credentials to each attempt: an IAM token, or a signature (the auth package). One per client. */
    public interface Authenticator {
        /** The request as it goes out, with its credentials; may call IAM first. */
        Request authenticate(Request.Builder request) throws CodeArtsException, InterruptedException;

        /**
         * Called for a 401 to {@code sent}: drops the credential it carried when the rejection says it expired, and
         * returns whether a fresh one may succeed (the call then tries once more, never more).
         */
        boolean discardRejected(Request sent, CodeArtsApiException rejection);
    }

    private final HttpCaller http;
    private final Authenticator authenticator;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    /** The key's guard shared by the calls of a batch; {@code null}: each call has its own. */
    private final KeyGuard batchKeys;

    public ApiCaller(HttpCaller http, Authenticator authenticator, RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this(http, authenticator, policy, clock, sleeper, null);
    }

    private ApiCaller(HttpCaller http, Authenticator auth, RetryPolicy policy, Clock clock, Sleeper s, KeyGuard keys) {
        this.http = http;
        this.authenticator = auth;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = s;
        this.batchKeys = keys;
    }

    /** The same caller for the calls of one batch: they share a {@link KeyGuard}, so a refused key fails once. */
    public ApiCaller forBatch() {
        return new ApiCaller(http, authenticator, policy, clock, sleeper, new KeyGuard());
    }

    /** {@link #send(Supplier, ClientListener, Pacer, int, Reading)} of at most {@link HttpCaller#BODY_CAP} bytes. */
    public <T> T send(Supplier<Request.Builder> request, ClientListener listener, Pacer pacer, Reading<T> reading)
            throws CodeArtsException, InterruptedException {
        return send(request, listener, pacer, HttpCaller.BODY_CAP, reading);
    }

    /** @param request a new builder of the request for each attempt (each gets its own credentials) */
    public <T> T send(
            Supplier<Request.Builder> request, ClientListener listener, Pacer pacer, int cap, Reading<T> reading)
            throws CodeArtsException, InterruptedException {
        Call<T> call = new Call<>();
        while (true) {
            checkInterrupt();
            CodeArtsException failure = call.attempt(request, pacer, cap, reading);
            if (failure == null) {
                return call.result;
            }
            call.next(failure, pacer, listener);
        }
    }

    /** One call: its attempts so far, and what they tell the next. */
    private final class Call<T> {
        private final KeyGuard keys = batchKeys != null ? batchKeys : new KeyGuard();
        // every request sent to CodeArts Build, token refreshes and throttled ones included; and the refreshes
        private int attempts;
        private int refreshes;
        // throttled attempts, since when (nanoTime), and the time slept for them: the patience of next()
        private int throttles;
        private long throttledSince;
        private long sleptWhileThrottled;
        /** Whether an attempt sent may have acted though its answer was lost: a delete then takes a 404 as gone. */
        private boolean mayHaveTakenEffect;
        /** Whether this call's answer decides for the batch (see {@link KeyGuard}); a token refresh keeps it. */
        private boolean probe;
        /** The last attempt's 401 whose token was dropped, for one more attempt with a fresh one. */
        private CodeArtsApiException rejected;

        private T result;

        /**
         * One attempt, once the key guard lets it go and at its turn at the pacer: credentials, the request, the answer
         * read into {@link #result}. Returns its failure, or {@code null}. A 401 saying the token expired drops the
         * token ({@link #rejected}): at most once per call, and in a batch only for the token the batch refreshed.
         *
         * @throws CodeArtsApiException the batch's refusal of the key: this call is not sent
         */
        CodeArtsException attempt(Supplier<Request.Builder> request, Pacer pacer, int cap, Reading<T> reading)
                throws CodeArtsException, InterruptedException {
            if (!probe) {
                try {
                    probe = keys.enter();
                } catch (CodeArtsApiException refused) {
                    throw refused.withAttempts(attempts);
                }
            }
            attempts++;
            rejected = null;
            CodeArtsException failure = null;
            boolean sent = false;
            long turn = pacer.acquire();
            Pacer.Ending ending = Pacer.Ending.NO_ANSWER;
            try {
                Request authenticated = authenticator.authenticate(request.get());
                sent = true;
                HttpReply reply = http.execute(authenticated, Service.CODEARTS_BUILD, cap);
                ending = Pacer.Ending.ANSWERED;
                try {
                    result = reading.read(reply, attempts, mayHaveTakenEffect);
                    return null;
                } catch (CodeArtsApiException e) {
                    if (refreshes == 0
                            && e.getStatus() == 401
                            && keys.mayRefresh(authenticated.header("X-Auth-Token"))
                            && authenticator.discardRejected(authenticated, e)) {
                        rejected = e;
                    }
                    throw e;
                }
            } catch (CodeArtsException e) {
                failure = e.withAttempts(attempts);
                if (rejected == null && e instanceof CodeArtsApiException a && a.isThrottling()) {
                    ending = Pacer.Ending.THROTTLED;
                }
                mayHaveTakenEffect |= sent && policy.mayHaveTakenEffect(failure);
                return failure;
            } finally {
                pacer.release(turn, ending);
                if (rejected == null) {
                    keys.exit(probe, ending != Pacer.Ending.NO_ANSWER, failure);
                    probe = false;
                }
            }
        }

        /**
         * After a failed attempt: once more at once with a fresh token; a throttled attempt again until the policy's
         * {@linkplain RetryPolicy#THROTTLE_PATIENCE patience} runs out (throttled attempts do not use up the
         * attempts), at the pacer's next turn in a batch (its rate follows what the server accepts), else after the
         * answer's {@code Retry-After} or a backoff; any other failure as the policy says. Throws {@code failure} when
         * no other attempt is worth it.
         */
        void next(CodeArtsException failure, Pacer pacer, ClientListener listener)
                throws CodeArtsException, InterruptedException {
            checkInterrupt();
            if (rejected != null) {
                refreshes++;
                listener.onTokenRejected(rejected);
                return;
            }
            if (failure instanceof CodeArtsApiException a && a.isThrottling()) {
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
                pause(attempts, delay, failure, listener);
                sleptWhileThrottled += delay.toNanos();
                return;
            }
            backOff(attempts - refreshes - throttles, failure, listener);
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
        pause(attempt, policy.delayAfter(attempt, failure, clock), failure, listener);
    }

    private void pause(int attempt, Duration delay, CodeArtsException failure, ClientListener listener)
            throws InterruptedException {
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
