package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.time.Duration;
import java.util.List;

/**
 * Events of a client's calls, so that a caller can log one line per event without the client knowing about logs: the
 * attempts of one call, and what a delete, a restore or a purge resolved, did per job, and left undone on an abort.
 * The job events come from a batch's worker threads, as jobs finish: an implementation must be thread-safe. Arguments
 * never contain a secret.
 */
public interface ClientListener {

    ClientListener NONE = new ClientListener() {};

    /** Attempt {@code attempt} failed with a retryable {@code cause}; the next starts after {@code delay}. */
    default void onRetry(int attempt, Duration delay, CodeArtsException cause) {}

    /** The answer named another job, {@code confirmedJobId} (fit to quote); the URL named the one asked for. */
    default void onOtherJobConfirmed(String askedJobId, String confirmedJobId) {}

    /** CodeArts Build rejected the cached token as expired; it is dropped and the call made once more. */
    default void onTokenRejected(CodeArtsApiException rejection) {}

    /** The listener for the calls about one job of a batch (attempts, retries, token refreshes): this one by default. */
    default ClientListener forJob(String jobId) {
        return this;
    }

    /** A delete's selection resolved to {@code count} jobs, read from {@code pages} pages of the job list (0: ids). */
    default void onResolved(int count, int pages) {}

    /**
     * The name matched {@code matched} jobs, of which the filters (age, state) kept {@code kept}; of the others, the
     * age filter left out {@code unknownTime} whose last build time the list does not give readably, and
     * {@code neverBuiltOut} never built and not known to be older than its cutoff (created since, or at a time their
     * info does not give).
     */
    default void onFiltered(int matched, int kept, int unknownTime, int neverBuiltOut) {}

    /**
     * A restore read the recycle bin: {@code found} jobs selected, from {@code pages} pages; {@code unusable} entries
     * the name matched (all, by ids) had no usable id and were left out; it keeps jobs {@code keepDays} days
     * ({@code null}: not said).
     */
    default void onBinRead(int found, int pages, int unusable, Integer keepDays) {}

    /**
     * The server throttles the batch: its calls now go out at {@code requestsPerSecond}; {@code throttledAnswers} so
     * far. Once per congestion event (a handful per minute at most).
     */
    default void onThrottled(double requestsPerSecond, int throttledAnswers) {}

    default void onJobDone(Outcome outcome) {}

    /** The purge is done: {@code outcomes} are the deleted jobs, each with its {@link Outcome#purge()}. */
    default void onPurged(List<Outcome> outcomes, int binPages) {}

    default void onAborted(Result partial) {}
}
