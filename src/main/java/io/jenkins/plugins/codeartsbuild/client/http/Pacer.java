package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;

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
