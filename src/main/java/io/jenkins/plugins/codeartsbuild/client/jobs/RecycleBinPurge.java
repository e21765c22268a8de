package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A delete's {@code purge}: after the deletes, the jobs this step deleted (or may have deleted, an attempt's answer
 * lost) are looked up in the recycle bin and removed from it for good, one call each, paced as the deletes were. A job
 * the bin does not hold (never binned, or purged already) is reported as such, not failed; a failed purge fails the
 * job. Jobs whose delete failed are never purged, and neither are jobs found gone before this step could delete them:
 * someone else deleted those, and they may still want them back ({@link Status.Purge#DELETED_EARLIER}).
 */
record RecycleBinPurge(Batch batch, JobSelection selection, ClientListener events, Instant began) {

    /** The outcomes, those of deleted jobs with their purge's outcome. */
    List<Outcome> of(List<Outcome> outcomes) throws CodeArtsException, InterruptedException {
        List<Outcome> deleted = new ArrayList<>();
        List<Outcome> earlier = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.jobId() != null && o.purgeable()) {
                deleted.add(o);
            } else if (o.status() == Status.Delete.ALREADY_GONE) {
                earlier.add(o.withPurge(purge(o, Status.Purge.DELETED_EARLIER)));
            }
        }
        List<Outcome> withEarlier = merge(outcomes, earlier);
        if (deleted.isEmpty()) {
            if (!earlier.isEmpty()) {
                events.onPurged(earlier, 0);
            }
            return withEarlier;
        }
        RecycleBinListing listing;
        try {
            listing = RecycleBinListing.read(batch.bin(), selection.nameMatch(), events);
        } catch (CodeArtsException | RuntimeException e) {
            // the bin could not be read: no purge was sent, and each deleted job says why
            CodeArtsException why = batch.failure(e);
            List<Outcome> failed = new ArrayList<>(earlier);
            for (Outcome o : deleted) {
                failed.add(o.withPurge(
                        Outcome.failed(o.jobId(), o.name(), o.codeArtsProjectId(), Status.Purge.FAILED, why)));
            }
            events.onPurged(failed, 0);
            return merge(outcomes, failed);
        } catch (InterruptedException e) {
            // aborted while the bin was read: the deletes are done and no purge was sent; the log (and the build
            // page) say so before the abort goes on, as when it comes during the deletes
            events.onAborted(aborted(unsent(withEarlier)));
            throw e;
        }
        List<Outcome> purged = batch.run(
                deleted,
                selection.parallelism(),
                Batch.pacer(selection.parallelism(), events),
                (o, pacer) -> purge(o, listing.job(o.jobId()), pacer),
                // as a delete's: the deletes are done, the report goes on (only a binned job's purge is sent)
                (o, e) -> o.withPurge(listing.job(o.jobId()).failed(Status.Purge.FAILED, e)),
                o -> {},
                (o, started) -> o.withPurge(purge(o, started ? Status.Purge.UNKNOWN : Status.Purge.NOT_ATTEMPTED)),
                // aborted while purging: the deletes are done, and the log says which purges were
                partial -> events.onAborted(aborted(merge(withEarlier, partial))));
        List<Outcome> reported = new ArrayList<>(purged);
        reported.addAll(earlier);
        events.onPurged(reported, listing.pages());
        return merge(outcomes, reported);
    }

    /** {@code outcomes}, each replaced by its counterpart of {@code changed} (the same job id), if any. */
    private static List<Outcome> merge(List<Outcome> outcomes, List<Outcome> changed) {
        Map<String, Outcome> byId = new HashMap<>();
        changed.forEach(o -> byId.put(o.jobId(), o));
        return outcomes.stream()
                .map(o -> o.jobId() == null ? o : byId.getOrDefault(o.jobId(), o))
                .toList();
    }

    private Outcome purge(Outcome deleted, RecycleBin.Job binned, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        // not confirmed for this job (a confirmation covers its id, not a binned one that differs in case), yet binned
        // 15+ min (Huawei Cloud's clock skew) before the step: someone else's
        boolean confirmed = deleted.status() == Status.Delete.DELETED && deleted.confirmedJobId() == null;
        Instant at = binned == null || (confirmed && binned.id().equals(deleted.jobId())) ? null : binned.deletedAt();
        boolean earlier = at != null && at.isBefore(began.minusSeconds(15 * 60));
        if (binned == null || earlier) {
            return deleted.withPurge(
                    purge(deleted, earlier ? Status.Purge.DELETED_EARLIER : Status.Purge.NOT_IN_RECYCLE_BIN));
        }
        return deleted.withPurge(batch.bin().send(Status.Purge.PURGED, binned, events.forJob(binned.id()), pacer));
    }

    /** {@code outcomes}, each job this step deleted with its purge not attempted: an abort came before any was sent. */
    static List<Outcome> unsent(List<Outcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.jobId() != null && o.purgeable() ? o.withPurge(purge(o, Status.Purge.NOT_ATTEMPTED)) : o)
                .toList();
    }

    /** A purge that sent nothing, or of which nothing is known, for a deleted job. */
    private static Outcome purge(Outcome deleted, Status.Purge status) {
        return Outcome.of(deleted.jobId(), deleted.name(), deleted.codeArtsProjectId(), status);
    }

    /** The result of a delete aborted while its jobs were purged (or the bin read): every outcome so far. */
    private Result aborted(List<Outcome> outcomes) {
        return Result.ofDelete(outcomes, outcomes.size(), selection);
    }
}
