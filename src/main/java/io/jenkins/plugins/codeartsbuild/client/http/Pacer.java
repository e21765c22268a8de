package io.jenkins.plugins.codeartsbuild.client.http;

/**
 * Paces the attempts of the calls that share it. A batch shares one {@link RatePacer}: its calls go out at a rate
 * that follows what the server accepts (see there). A single call uses {@link #NONE}, and honours the server's
 * {@code Retry-After} itself.
 */
public interface Pacer {

    /** How an attempt ended, as far as pacing is concerned. */
    enum Ending {
        /** The server answered, and did not throttle (a success or any other error). */
        ANSWERED,
        /** The server asked to slow down (see {@link io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException#isThrottling}). */
        THROTTLED,
        /** No answer: a connection failure, a timeout, an interrupt. */
        NO_ANSWER
    }

    Pacer NONE = new Pacer() {
        @Override
        public long acquire() {
            return 0;
        }

        @Override
        public void release(long turn, Ending result) {}
    };

    /**
     * Waits for this attempt's turn.
     *
     * @return the turn, to hand back to {@link #release}
     */
    long acquire() throws InterruptedException;

    /** Ends the attempt that got {@code turn}. */
    void release(long turn, Ending result);

    /**
     * Whether this pacer spaces the retries of throttled attempts itself, so that they are sent at their next turn
     * rather than after the server's {@code Retry-After} (which, honoured by every call of a batch, stalls it).
     */
    default boolean pacesRetries() {
        return false;
    }

    /** {@code pacer}, calling {@code onTurn} each time an attempt got its turn (just before it is sent). */
    public static Pacer onTurn(Pacer pacer, Runnable onTurn) {
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
