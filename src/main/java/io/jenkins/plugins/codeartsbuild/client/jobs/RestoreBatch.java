package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Status.Restore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One restore from the recycle bin: read the bin (the jobs a name selects, or every job to find the ids given), tell
 * apart the jobs it holds from those it does not, refuse more than {@code maxJobs} before anything is restored (a
 * dry run reports instead, with a sample), then restore one job per call with at most {@code parallelism} in flight.
 */
public final class RestoreBatch {

    private final RecycleBin bin;
    private final JobSelection selection;
    private final ClientListener events;
    private final BatchCalls calls;

    public RestoreBatch(JobSelection selection, ClientListener events, BatchCalls calls) {
        if (!selection.filter().isNone() || selection.purge()) {
            throw new IllegalArgumentException("a restore takes no filter by age or state, and no purge");
        }
        this.bin = calls.bin();
        this.selection = selection;
        this.events = events;
        this.calls = calls;
    }

    /**
     * @throws CodeArtsValidationException for more jobs than {@code maxJobs} (not in a dry run), or an ambiguous
     *     name; nothing was restored
     */
    public Result run() throws CodeArtsException, InterruptedException {
        if (!selection.byName() && selection.ids().size() > selection.maxJobs() && !selection.dryRun()) {
            throw tooMany(selection.ids().size()); // refused before the bin is read: nothing sent at all
        }
        Predicate<String> names = selection.byName() ? selection.nameMatch() : null;
        RecycleBinLister.Listing listing =
                bin.list(selection.byName() ? selection.nameMatch().search() : null, names, events);
        List<RecycledJob> inBin = new ArrayList<>();
        List<Outcome> missing = new ArrayList<>();
        select(listing, inBin, missing);
        events.onBinRead(inBin.size(), listing.pages(), listing.unusable(), listing.keepDays());
        int selected = inBin.size() + missing.size();
        if (inBin.size() > selection.maxJobs()) {
            if (!selection.dryRun()) {
                throw tooMany(inBin.size());
            }
            List<Outcome> sample = new ArrayList<>();
            for (RecycledJob j : inBin.subList(0, Math.min(Result.SAMPLE, inBin.size()))) {
                sample.add(done(j, Restore.WOULD_RESTORE, null));
            }
            return result(sample, selected, listing);
        }
        missing.forEach(events::onJobDone);
        List<Outcome> outcomes = new ArrayList<>(missing);
        if (selection.dryRun()) {
            for (RecycledJob j : inBin) {
                Outcome o = done(j, Restore.WOULD_RESTORE, null);
                events.onJobDone(o);
                outcomes.add(o);
            }
        } else {
            outcomes.addAll(new ParallelJobs<RecycledJob, Outcome>(selection.parallelism(), events::onThrottled)
                    .run(
                            inBin,
                            this::restore,
                            events::onJobDone,
                            (j, started) -> done(j, started ? Restore.UNKNOWN : Restore.NOT_ATTEMPTED, null),
                            partial -> {
                                List<Outcome> all = new ArrayList<>(missing);
                                all.addAll(partial);
                                events.onAborted(result(all, selected, listing));
                            }));
        }
        return result(outcomes, selected, listing);
    }

    private Result result(List<Outcome> outcomes, int selected, RecycleBinLister.Listing listing) {
        return Result.ofRestore(outcomes, selected, selection, listing.keepDays(), listing.unusable());
    }

    /**
     * A job of the bin that was (or, in a dry run, would be) restored or purged, or of which nothing is known;
     * {@code call} the call that did it ({@code null}: none).
     */
    static Outcome done(RecycledJob job, Restore status, RecycleBin.Call call) {
        return (call == null
                        ? Outcome.of(job.id(), job.name(), job.projectId(), status)
                        : Outcome.done(
                                job.id(), job.name(), job.projectId(), status, call.requestId(), call.attempts()))
                .withDeletedAt(job.deletedAt());
    }

    static Outcome failed(RecycledJob job, CodeArtsException e) {
        return Outcome.failed(job.id(), job.name(), job.projectId(), Restore.FAILED, e)
                .withDeletedAt(job.deletedAt());
    }

    private Outcome restore(RecycledJob job, Pacer pacer) throws InterruptedException {
        try {
            return done(job, Restore.RESTORED, bin.restore(job.id(), events.forJob(job.id()), pacer));
        } catch (CodeArtsException e) {
            return failed(job, e);
        } catch (RuntimeException e) {
            return failed(job, calls.unexpected().apply(e));
        }
    }

    /**
     * The jobs of the bin that the selection names, and an outcome for each id (or the exact name) the bin does not hold.
     * Ids are compared without regard to case (the id rule's hex digits).
     */
    private void select(RecycleBinLister.Listing bin, List<RecycledJob> inBin, List<Outcome> missing)
            throws CodeArtsValidationException {
        boolean fails = !selection.ignoreMissing();
        if (!selection.byName()) {
            Map<String, RecycledJob> byId = bin.byId();
            for (String id : selection.ids()) {
                RecycledJob j = byId.get(RecycleBinLister.Listing.key(id));
                if (j != null) {
                    inBin.add(j);
                } else {
                    missing.add(Outcome.of(id, null, null, Restore.NOT_IN_RECYCLE_BIN)
                            .failing(fails));
                }
            }
            return;
        }
        for (RecycledJob j : bin.jobs()) {
            if (selection.codeArtsProjectId() == null
                    || selection.codeArtsProjectId().equalsIgnoreCase(j.projectId())) {
                inBin.add(j);
            }
        }
        if (selection.kind() == JobSelection.Kind.JOB_NAME) {
            if (inBin.isEmpty()) {
                String named = Texts.oneLine(selection.name(), 200);
                missing.add(Outcome.of(null, named, null, Restore.NOT_IN_RECYCLE_BIN)
                        .failing(fails));
            } else if (inBin.size() > 1) {
                List<BuildJob> named = new ArrayList<>();
                for (RecycledJob j : inBin) {
                    named.add(j.asBuildJob());
                }
                throw new CodeArtsValidationException(
                        Problem.BIN_AMBIGUOUS_NAME,
                        selection.describe(),
                        String.valueOf(inBin.size()),
                        BuildJob.listed(named));
            }
        }
    }

    private CodeArtsValidationException tooMany(int count) {
        return new CodeArtsValidationException(
                Problem.TOO_MANY_TO_RESTORE,
                selection.describe(),
                String.valueOf(count),
                String.valueOf(selection.maxJobs()));
    }
}
