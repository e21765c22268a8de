package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.BatchListener;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A delete's {@code purge}: after the deletes, the jobs this step deleted (or may have deleted, an attempt's answer
 * lost) are looked up in the recycle bin and removed from it for good, one call each, paced as the deletes were. A job
 * the bin does not hold (never binned, or purged already) is reported as such, not failed; a failed purge fails the
 * job. Jobs whose delete failed are never purged, and neither are jobs found gone before this step could delete them:
 * someone else deleted those, and they may still want them back ({@link RestoreOutcome.Status#DELETED_EARLIER}).
 */
final class Purge {

    private final RecycleBin bin;
    private final JobSelection plan;
    private final BatchListener events;

    Purge(RecycleBin bin, JobSelection plan, BatchListener events) {
        this.bin = bin;
        this.plan = plan;
        this.events = events;
    }

    /** The outcomes, those of deleted jobs with their purge's outcome. */
    List<JobOutcome> of(List<JobOutcome> outcomes) throws CodeArtsException, InterruptedException {
        List<JobOutcome> deleted = new ArrayList<>();
        List<JobOutcome> earlier = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            if (o.job().id() != null && o.deletedByThisStep()) {
                deleted.add(o);
            } else if (o.status() == JobOutcome.Status.ALREADY_GONE) {
                earlier.add(o.withPurge(RestoreOutcome.deletedEarlier(o.job())));
            }
        }
        if (deleted.isEmpty()) {
            if (!earlier.isEmpty()) {
                events.onPurged(earlier, 0);
            }
            return merge(outcomes, earlier);
        }
        RecycleBinLister.Listing listing;
        try {
            listing = bin.list(
                    plan.byName() ? plan.nameMatch().search() : null,
                    plan.byName() ? plan.nameMatch() : null,
                    events.forLookup());
        } catch (CodeArtsException e) {
            // the bin could not be read: no purge was sent, and each deleted job says why
            List<JobOutcome> failed = new ArrayList<>(earlier);
            for (JobOutcome o : deleted) {
                failed.add(o.withPurge(RestoreOutcome.failed(asRecycled(o), e)));
            }
            events.onPurged(failed, 0);
            return merge(outcomes, failed);
        } catch (InterruptedException e) {
            // aborted while the bin was read: the deletes are done and no purge was sent; the log (and the build
            // page) say so before the abort goes on, as when it comes during the deletes
            List<JobOutcome> unsent = new ArrayList<>(earlier);
            for (JobOutcome o : deleted) {
                unsent.add(o.withPurge(RestoreOutcome.unfinished(asRecycled(o), false)));
            }
            events.onAborted(new BatchResult(plan, merge(outcomes, unsent)));
            throw e;
        }
        Map<String, RecycledJob> inBin = listing.byId();
        List<JobOutcome> purged = new ParallelJobs<JobOutcome, JobOutcome>(plan.parallelism(), events::onThrottled)
                .run(
                        deleted,
                        (o, pacer) -> purge(
                                o,
                                inBin.get(RecycleBinLister.Listing.key(o.job().id())),
                                pacer),
                        o -> {},
                        (o, started) -> o.withPurge(RestoreOutcome.unfinished(asRecycled(o), started)),
                        // aborted while purging: the deletes are done, and the log says which purges were
                        partial -> {
                            List<JobOutcome> all = new ArrayList<>(partial);
                            all.addAll(earlier);
                            events.onAborted(new BatchResult(plan, merge(outcomes, all)));
                        });
        List<JobOutcome> reported = new ArrayList<>(purged);
        reported.addAll(earlier);
        events.onPurged(reported, listing.pages());
        return merge(outcomes, reported);
    }

    /** {@code outcomes}, each replaced by its counterpart of {@code changed} (the same job id), if any. */
    private static List<JobOutcome> merge(List<JobOutcome> outcomes, List<JobOutcome> changed) {
        Map<String, JobOutcome> byId = new HashMap<>();
        for (JobOutcome o : changed) {
            byId.put(o.job().id(), o);
        }
        List<JobOutcome> all = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            all.add(o.job().id() == null ? o : byId.getOrDefault(o.job().id(), o));
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
