package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Restore;
import java.util.ArrayList;
import java.util.List;

/**
 * One restore from the recycle bin: read the bin (the jobs a name selects, or every job to find the ids given), tell
 * apart the jobs it holds from those it does not, refuse more than {@code maxJobs} before anything is restored (a
 * dry run reports instead, with a sample), then restore one job per call with at most {@code parallelism} in flight.
 */
public record RestoreBatch(JobSelection selection, ClientListener events, Batch batch) {

    public RestoreBatch {
        if (!selection.filter().isNone() || selection.purge()) {
            throw new IllegalArgumentException("a restore takes no filter by age or state, and no purge");
        }
    }

    /**
     * @throws CodeArtsValidationException for more jobs than {@code maxJobs} (not in a dry run), or an ambiguous
     *     name; nothing was restored
     * @throws CodeArtsException when authentication or reading the bin fails (nothing was restored)
     */
    public Result run() throws CodeArtsException, InterruptedException {
        if (!selection.byName() && selection.ids().size() > selection.maxJobs() && !selection.dryRun()) {
            // refused before the bin is read: nothing sent at all
            throw Batch.tooMany(
                    Problem.TOO_MANY_TO_RESTORE, selection, selection.ids().size());
        }
        RecycleBin bin = batch.bin();
        RecycleBinListing listing = RecycleBinListing.read(bin, selection.nameMatch(), events);
        List<RecycleBin.Job> inBin = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        select(listing, inBin, outcomes);
        events.onBinRead(inBin.size(), listing.pages(), listing.unusable(), listing.keepDays());
        int selected = inBin.size() + outcomes.size();
        outcomes.forEach(events::onJobDone);
        if (inBin.size() > selection.maxJobs()) {
            if (!selection.dryRun()) {
                throw Batch.tooMany(Problem.TOO_MANY_TO_RESTORE, selection, inBin.size());
            }
            // the sample, beside the ids the bin does not hold: known all the same, they fail a dry run too
            inBin.stream().limit(JobSelection.SAMPLE).forEach(j -> outcomes.add(j.outcome(Restore.WOULD_RESTORE)));
            return result(outcomes, selected, listing);
        }
        List<Outcome> missing = List.copyOf(outcomes);
        if (selection.dryRun()) {
            for (RecycleBin.Job j : inBin) {
                Outcome o = j.outcome(Restore.WOULD_RESTORE);
                events.onJobDone(o);
                outcomes.add(o);
            }
        } else {
            outcomes.addAll(batch.run(
                    inBin,
                    selection.parallelism(),
                    Batch.pacer(selection.parallelism(), events),
                    (j, pacer) -> bin.send(Restore.RESTORED, j, events.forJob(j.id()), pacer),
                    (j, e) -> j.failed(Restore.FAILED, e),
                    events::onJobDone,
                    (j, started) -> j.outcome(started ? Restore.UNKNOWN : Restore.NOT_ATTEMPTED),
                    partial -> {
                        List<Outcome> all = new ArrayList<>(missing);
                        all.addAll(partial);
                        events.onAborted(result(all, selected, listing));
                    }));
        }
        return result(outcomes, selected, listing);
    }

    private Result result(List<Outcome> outcomes, int selected, RecycleBinListing listing) {
        return Result.ofRestore(outcomes, selected, selection, listing.keepDays(), listing.unusable());
    }

    /** The bin's jobs the selection names, and an outcome for each id (or the exact name) the bin does not hold. */
    private void select(RecycleBinListing bin, List<RecycleBin.Job> inBin, List<Outcome> missing)
            throws CodeArtsValidationException {
        boolean fails = !selection.ignoreMissing();
        if (!selection.byName()) {
            for (String id : selection.ids()) {
                RecycleBin.Job j = bin.job(id);
                if (j != null) {
                    inBin.add(j);
                } else {
                    missing.add(Outcome.of(id, null, null, Restore.NOT_IN_RECYCLE_BIN)
                            .withFailsRun(fails));
                }
            }
            return;
        }
        for (RecycleBin.Job j : bin.jobs()) {
            if (selection.codeArtsProjectId() == null
                    || selection.codeArtsProjectId().equalsIgnoreCase(j.codeArtsProjectId())) {
                inBin.add(j);
            }
        }
        if (selection.kind() == JobSelection.Kind.JOB_NAME && bin.twins() > 0) {
            // a job of the name the bin also lists under another name: which it is now is not known
            throw new CodeArtsValidationException(Problem.NAME_LISTED_TWICE, selection.describe());
        }
        if (selection.kind() == JobSelection.Kind.JOB_NAME && bin.unusable() > 0) {
            // a twin of the name this plugin cannot address: which job the name means is not known
            throw new CodeArtsValidationException(
                    Problem.NAME_WITHOUT_USABLE_ID, selection.describe(), String.valueOf(bin.unusable()));
        }
        if (selection.kind() == JobSelection.Kind.JOB_NAME && inBin.isEmpty()) {
            String named = Texts.oneLine(selection.name(), 200);
            missing.add(
                    Outcome.of(null, named, null, Restore.NOT_IN_RECYCLE_BIN).withFailsRun(fails));
        } else if (selection.kind() == JobSelection.Kind.JOB_NAME && inBin.size() > 1) {
            List<BuildJob> named = inBin.stream()
                    .map(j -> new BuildJob(j.id(), j.name(), j.codeArtsProjectId(), null, null, null))
                    .toList();
            throw new CodeArtsValidationException(
                    Problem.BIN_AMBIGUOUS_NAME,
                    selection.describe(),
                    String.valueOf(inBin.size()),
                    BuildJob.listed(named));
        }
    }
}
