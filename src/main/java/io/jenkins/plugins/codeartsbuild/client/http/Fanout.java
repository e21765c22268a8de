package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs calls side by side, a bounded number at once, on threads of its own that live as long as the run. With a
 * width of 1 the calls run one after another on the caller's thread. The first failure cancels the others and is
 * thrown; an interrupt of the caller cancels everything in flight (their HTTP calls at once, see
 * {@link HttpCaller}), sends nothing more, and is thrown as {@link InterruptedException} once the threads are gone.
 *
 * <p>What the calls side by side share: their {@link Pacer}, and in a batch the {@link KeyGuard} that lets them go
 * side by side only once their key was not refused.
 */
public final class Fanout {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long STOP_WAIT_SECONDS = 10;

    @FunctionalInterface
    public interface Task<T> {
        T call() throws CodeArtsException, InterruptedException;
    }

    private Fanout() {}

    /**
     * Paces the attempts of the calls that share it: a batch's {@link RatePacer}, or {@link #NONE} for a single call,
     * which honours the server's {@code Retry-After} itself.
     */
    public interface Pacer {

        /** How an attempt ended, as far as pacing is concerned. */
        enum Ending {
            /** The server answered, and did not throttle (a success or any other error). */
            ANSWERED,
            /** The server asked to slow down ({@link CodeArtsApiException#isThrottling}). */
            THROTTLED,
            /** No answer: a connection failure, a timeout, an interrupt. */
            NO_ANSWER
        }

        Pacer NONE = new Pacer() {};

        /** Waits for this attempt's turn, and returns it for {@link #release}; at once unless a pacer says otherwise. */
        default long acquire() throws InterruptedException {
            return 0;
        }

        /** Ends the attempt that got {@code turn}. */
        default void release(long turn, Ending result) {}

        /** Whether throttled attempts are retried at their next turn here, not after {@code Retry-After} (a stall). */
        default boolean pacesRetries() {
            return false;
        }

        /** {@code pacer}, calling {@code onTurn} each time an attempt got its turn (just before it is sent). */
        static Pacer onTurn(Pacer pacer, Runnable onTurn) {
            return new Pacer() {
                @Override
                public long acquire() throws InterruptedException {
                    long turn = pacer.acquire();
                    onTurn.run();
                    return turn;
                }

                @Override
                public void release(long turn, Ending result) {
                    pacer.release(turn, result);
                }

                @Override
                public boolean pacesRetries() {
                    return pacer.pacesRetries();
                }
            };
        }
    }

    /**
     * What the calls of one batch know about their key, so that a refused key is refused once, never once per job
     * (five refused authentications lock the key for five minutes). The first call goes alone until it has an answer
     * (in signature mode nothing was checked before it); once it is answered without refusing the key, the others go
     * side by side. After a refusal of the key ({@link CodeArtsApiException#refusesKey}) no other call is sent: each
     * fails at once with the same message. And a token is refreshed once per batch: calls that carried the refused
     * token try once more with the new one; a refusal of the new one is a refusal of the key. A call outside a batch
     * has a guard of its own.
     */
    static final class KeyGuard {
        private enum State {
            UNVERIFIED,
            PROBING,
            VERIFIED,
            REFUSED
        }

        private State state = State.UNVERIFIED;
        private CodeArtsApiException refusal;
        private String refreshedToken;

        /** Waits until this call may be sent; returns whether it is the probe, whose answer decides for the others. */
        synchronized boolean enter() throws CodeArtsApiException, InterruptedException {
            while (state == State.PROBING) {
                wait();
            }
            if (state == State.REFUSED) {
                throw refusal.forUnsentCall();
            }
            if (state == State.UNVERIFIED) {
                state = State.PROBING;
                return true;
            }
            return false;
        }

        /** The call ended: with an answer ({@code failure} its failure, {@code null} on success), or without one. */
        synchronized void exit(boolean probe, boolean answered, CodeArtsException failure) {
            if (failure instanceof CodeArtsApiException a && a.refusesKey()) {
                if (refusal == null) {
                    refusal = a;
                }
                state = State.REFUSED;
            } else if (probe && state == State.PROBING) {
                state = answered ? State.VERIFIED : State.UNVERIFIED;
            }
            notifyAll();
        }

        /**
         * Whether a call refused as expired with {@code token} may try once more: the first such refusal of the batch
         * refreshes the token; later ones only if they carried the same (old) token.
         */
        synchronized boolean mayRefresh(String token) {
            if (refreshedToken == null) {
                refreshedToken = token == null ? "" : token;
                return true;
            }
            return refreshedToken.equals(token);
        }
    }

    public static <T> List<T> run(int width, String name, List<Task<T>> tasks)
            throws CodeArtsException, InterruptedException {
        List<T> results = new ArrayList<>(tasks.size());
        if (width <= 1 || tasks.size() <= 1) {
            for (Task<T> t : tasks) {
                results.add(t.call());
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(width, tasks.size()), r -> {
            Thread t = new Thread(r, name + " #" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Task<T> t : tasks) {
                futures.add(pool.submit(t::call));
            }
            for (Future<T> f : futures) {
                results.add(get(f));
            }
            return results;
        } finally {
            pool.shutdownNow(); // interrupts the calls still in flight: each cancels its HTTP call at once
            // a thread still busy after this is a daemon whose request was cancelled: it sends nothing more
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static <T> T get(Future<T> f) throws CodeArtsException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CodeArtsException c) {
                throw c;
            }
            if (cause instanceof InterruptedException i) {
                throw i;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
