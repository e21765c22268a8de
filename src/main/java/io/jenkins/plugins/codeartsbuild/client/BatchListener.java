package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.jobs.SelectionPlan;
import java.util.List;

/**
 * Events of a batch, so that a caller can log one line each. {@link #onJobDone} is called from the batch's worker
 * threads, as jobs finish: an implementation must be thread-safe. Arguments never contain a secret.
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {};

    /** The listener for one job's calls (attempts, retries, token refreshes). */
    default ClientListener forJob(String jobId) {
        return ClientListener.NONE;
    }

    /** The listener for the look-up calls (pages of the job list). */
    default ClientListener forLookup() {
        return ClientListener.NONE;
    }

    /** The selection resolved to {@code count} jobs, read from {@code pages} pages of the job list (0 for ids). */
    default void onResolved(SelectionPlan plan, int count, int pages) {}

    /**
     * The name matched {@code matched} jobs, of which the plan's filters (age, state) kept {@code kept}; of the others,
     * the age filter left out {@code unknownTime} whose last build time the list does not give readably, and
     * {@code neverBuiltOut} never built and not known to be older than its cutoff (created since, or at a time their
     * info does not give).
     */
    default void onFiltered(SelectionPlan plan, int matched, int kept, int unknownTime, int neverBuiltOut) {}

    /**
     * The server throttles the batch: its calls now go out at {@code requestsPerSecond}; {@code throttledAnswers}
     * so far. Called from the batch's worker threads, once per congestion event (a handful per minute at most).
     */
    default void onThrottled(double requestsPerSecond, int throttledAnswers) {}

    /** One job is done. */
    default void onJobDone(Outcome outcome) {}

    /**
     * The deleted jobs' purge from the recycle bin is done: {@code outcomes} are the deleted jobs, each with its
     * {@link Outcome#purge()}; {@code binPages} pages of the bin's list were read.
     */
    default void onPurged(List<Outcome> outcomes, int binPages) {}

    /** The batch was aborted: what was done before, and what was not. */
    default void onAborted(Result partial) {}
}
