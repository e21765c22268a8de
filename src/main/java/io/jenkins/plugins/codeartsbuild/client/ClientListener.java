package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.time.Duration;

/**
 * Events of one client call, so that a caller can log one line per event without the client knowing about logs.
 * Called on the calling thread. Arguments never contain a secret.
 */
public interface ClientListener {

    ClientListener NONE = new ClientListener() {};

    /** Attempt number {@code attempt} (1-based) of at most {@code maxAttempts} is about to start. */
    default void onAttempt(int attempt, int maxAttempts) {}

    /** Attempt {@code attempt} failed with a retryable {@code cause}; the next starts after {@code delay}. */
    default void onRetry(int attempt, Duration delay, CodeArtsException cause) {}

    /** A token is being exchanged at IAM (the cache had none for this key and scope). */
    default void onTokenExchange(String iamHost) {}

    /**
     * The service's answer named another job than the one asked for, {@code confirmedJobId} (already fit to quote): a
     * delete that succeeded all the same (the URL named the job), or a dry run's look-up, which reports the job asked
     * for.
     */
    default void onOtherJobConfirmed(String askedJobId, String confirmedJobId) {}

    /** CodeArts Build rejected the cached token as expired; it is dropped and the call made once more. */
    default void onTokenRejected(CodeArtsApiException rejection) {}
}
