package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.jobs.SelectionPlan;

/**
 * Events of a restore from the recycle bin (and of a delete's purge), so that a caller can log one line each.
 * {@link #onJobDone} is called from worker threads: an implementation must be thread-safe. No argument holds a secret.
 */
public interface RestoreListener {

    RestoreListener NONE = new RestoreListener() {};

    /** The listener for one job's call. */
    default ClientListener forJob(String jobId) {
        return ClientListener.NONE;
    }

    /** The listener for the pages of the recycle bin's list. */
    default ClientListener forLookup() {
        return ClientListener.NONE;
    }

    /**
     * The recycle bin was read: {@code found} jobs selected, from {@code pages} pages; {@code unusable} entries had
     * no usable id and were left out; it keeps jobs {@code keepDays} days ({@code null}: not said).
     */
    default void onBinRead(SelectionPlan plan, int found, int pages, int unusable, Integer keepDays) {}

    /** The server throttles the calls; they now go out at {@code requestsPerSecond}. */
    default void onThrottled(double requestsPerSecond, int throttledAnswers) {}

    default void onJobDone(Outcome outcome) {}

    /** The restore was aborted: what was done, and what was not. */
    default void onAborted(Result partial) {}
}
