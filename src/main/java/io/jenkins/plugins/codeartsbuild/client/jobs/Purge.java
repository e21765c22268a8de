package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.BatchListener;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delete's {@code purge}: after the deletes, the jobs deleted (or found gone) are looked up in the recycle bin and
 * removed from it for good, one call each, paced as the deletes were. A job the bin does not hold (never binned, or
 * purged already) is reported as such, not failed; a failed purge fails the job. Jobs whose delete failed are never
 * purged.
 */
final class Purge {

    private final RecycleBin bin;
    private final SelectionPlan plan;
    private final BatchListener events;

    Purge(RecycleBin bin, SelectionPlan plan, BatchListener events) {
        this.bin = bin;
        this.plan = plan;
        this.events = events;
    }

    /** The outcomes, those of deleted jobs with their purge's outcome. */
    List<JobOutcome> of(List<JobOutcome> outcomes) throws CodeArtsException, InterruptedException {
        List<JobOutcome> deleted = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            if (o.job().id() != null
                    && (o.status() == JobOutcome.Status.DELETED || o.status() == JobOutcome.Status.ALREADY_GONE)) {
                deleted.add(o);
            }
        }
        if (deleted.isEmpty()) {
            return outcomes;
        }
        Map<String, RecycledJob> inBin = new HashMap<>();
        List<JobOutcome> purged;
        int pages = 0;
        try {
            RecycleBinLister.Listing listing = bin.list(
                    plan.byName() ? plan.nameMatch().search() : null,
                    plan.byName() ? plan.nameMatch() : null,
                    events.forLookup());
            inBin.putAll(listing.byId());
            pages = listing.pages();
            purged = new ParallelJobs<JobOutcome, JobOutcome>(plan.parallelism(), events::onThrottled)
                    .run(
                            deleted,
                            (o, pacer) -> purge(
                                    o,
                                    inBin.get(
                                            RecycleBinLister.Listing.key(o.job().id())),
                                    pacer),
                            o -> {},
                            (o, started) -> o.withPurge(RestoreOutcome.unfinished(asRecycled(o), started)),
                            // aborted while purging: the deletes are done, and the log says which purges were
                            partial -> events.onAborted(new BatchResult(plan, merge(outcomes, deleted, partial))));
        } catch (CodeArtsException e) {
            // the bin could not be read: no purge was sent, and each deleted job says why
            purged = new ArrayList<>();
            for (JobOutcome o : deleted) {
                purged.add(o.withPurge(RestoreOutcome.failed(asRecycled(o), e)));
            }
        }
        events.onPurged(purged, pages);
        return merge(outcomes, deleted, purged);
    }

    /** {@code outcomes}, each of {@code deleted} replaced by its purged counterpart (same index). */
    private static List<JobOutcome> merge(
            List<JobOutcome> outcomes, List<JobOutcome> deleted, List<JobOutcome> purged) {
        Map<JobOutcome, JobOutcome> byOriginal = new IdentityHashMap<>();
        for (int i = 0; i < deleted.size(); i++) {
            byOriginal.put(deleted.get(i), purged.get(i));
        }
        List<JobOutcome> all = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            all.add(byOriginal.getOrDefault(o, o));
        }
        return all;
    }

    private JobOutcome purge(JobOutcome deleted, RecycledJob binned, Pacer pacer) throws InterruptedException {
        if (binned == null) {
            return deleted.withPurge(RestoreOutcome.notInBin(deleted.job(), false));
        }
        try {
            RecycleBin.Call call = bin.purge(binned.id(), events.forJob(binned.id()), pacer);
            return deleted.withPurge(RestoreOutcome.done(binned, RestoreOutcome.Status.PURGED, call));
        } catch (CodeArtsException e) {
            return deleted.withPurge(RestoreOutcome.failed(binned, e));
        }
    }

    private static RecycledJob asRecycled(JobOutcome o) {
        return new RecycledJob(o.job().id(), o.job().name(), o.job().projectId(), null, null);
    }
}
