package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.RestoreListener;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsSelectionException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsSelectionException.Reason;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
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
    private final JobSelection plan;
    private final RestoreListener events;
    private final BatchCalls calls;

    public RestoreBatch(JobSelection plan, RestoreListener events, BatchCalls calls) {
        if (!plan.filter().isNone() || plan.purge()) {
            throw new IllegalArgumentException("a restore takes no filter by age or state, and no purge");
        }
        this.bin = calls.bin();
        this.plan = plan;
        this.events = events;
        this.calls = calls;
    }

    /**
     * @throws CodeArtsSelectionException for more jobs than {@code maxJobs} (not in a dry run), or an ambiguous
     *     name; nothing was restored
     */
    public RestoreResult run() throws CodeArtsException, InterruptedException {
        if (!plan.byName() && plan.ids().size() > plan.maxJobs() && !plan.dryRun()) {
            throw tooMany(plan.ids().size()); // refused before the bin is read: nothing sent at all
        }
        Predicate<String> names = plan.byName() ? plan.nameMatch() : null;
        RecycleBinLister.Listing listing =
                bin.list(plan.byName() ? plan.nameMatch().search() : null, names, events.forLookup());
        List<RecycledJob> inBin = new ArrayList<>();
        List<RestoreOutcome> missing = new ArrayList<>();
        select(listing, inBin, missing);
        events.onBinRead(plan, inBin.size(), listing.pages(), listing.unusable(), listing.keepDays());
        int selected = inBin.size() + missing.size();
        if (inBin.size() > plan.maxJobs()) {
            if (!plan.dryRun()) {
                throw tooMany(inBin.size());
            }
            List<RestoreOutcome> sample = new ArrayList<>();
            for (RecycledJob j : inBin.subList(0, Math.min(RestoreResult.SAMPLE, inBin.size()))) {
                sample.add(RestoreOutcome.done(j, RestoreOutcome.Status.WOULD_RESTORE, null));
            }
            return new RestoreResult(plan, sample, selected, listing.keepDays(), listing.unusable());
        }
        missing.forEach(events::onJobDone);
        List<RestoreOutcome> outcomes = new ArrayList<>(missing);
        if (plan.dryRun()) {
            for (RecycledJob j : inBin) {
                RestoreOutcome o = RestoreOutcome.done(j, RestoreOutcome.Status.WOULD_RESTORE, null);
                events.onJobDone(o);
                outcomes.add(o);
            }
        } else {
            outcomes.addAll(new ParallelJobs<RecycledJob, RestoreOutcome>(plan.parallelism(), events::onThrottled)
                    .run(inBin, this::restore, events::onJobDone, RestoreOutcome::unfinished, partial -> {
                        List<RestoreOutcome> all = new ArrayList<>(missing);
                        all.addAll(partial);
                        events.onAborted(
                                new RestoreResult(plan, all, selected, listing.keepDays(), listing.unusable()));
                    }));
        }
        return new RestoreResult(plan, outcomes, selected, listing.keepDays(), listing.unusable());
    }

    private RestoreOutcome restore(RecycledJob job, Pacer pacer) throws InterruptedException {
        try {
            return RestoreOutcome.done(
                    job, RestoreOutcome.Status.RESTORED, bin.restore(job.id(), events.forJob(job.id()), pacer));
        } catch (CodeArtsException e) {
            return RestoreOutcome.failed(job, e);
        } catch (RuntimeException e) {
            return RestoreOutcome.failed(job, calls.unexpected().apply(e));
        }
    }

    /**
     * The jobs of the bin the plan selects, and an outcome for each id (or the exact name) the bin does not hold.
     * Ids are compared without regard to case (the id rule's hex digits).
     */
    private void select(RecycleBinLister.Listing bin, List<RecycledJob> inBin, List<RestoreOutcome> missing)
            throws CodeArtsSelectionException {
        boolean fails = !plan.ignoreMissing();
        if (!plan.byName()) {
            Map<String, RecycledJob> byId = bin.byId();
            for (String id : plan.ids()) {
                RecycledJob j = byId.get(RecycleBinLister.Listing.key(id));
                if (j != null) {
                    inBin.add(j);
                } else {
                    missing.add(RestoreOutcome.notInBin(BuildJob.ofId(id), fails));
                }
            }
            return;
        }
        for (RecycledJob j : bin.jobs()) {
            if (plan.codeArtsProjectId() == null || plan.codeArtsProjectId().equalsIgnoreCase(j.projectId())) {
                inBin.add(j);
            }
        }
        if (plan.kind() == JobSelection.Kind.JOB_NAME) {
            if (inBin.isEmpty()) {
                BuildJob named = new BuildJob(null, Texts.oneLine(plan.name(), 200), null, null, null, null);
                missing.add(RestoreOutcome.notInBin(named, fails));
            } else if (inBin.size() > 1) {
                List<BuildJob> named = new ArrayList<>();
                for (RecycledJob j : inBin) {
                    named.add(j.asBuildJob());
                }
                throw new CodeArtsSelectionException(
                        Reason.BIN_AMBIGUOUS_NAME,
                        plan.describe(),
                        String.valueOf(inBin.size()),
                        BuildJob.listed(named));
            }
        }
    }

    private CodeArtsSelectionException tooMany(int count) {
        return new CodeArtsSelectionException(
                Reason.TOO_MANY_TO_RESTORE, plan.describe(), String.valueOf(count), String.valueOf(plan.maxJobs()));
    }
}
