package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.http.ApiCaller;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.http.RatePacer;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * What the delete and restore batches share: their calls, all through the batch's own {@link ApiCaller}
 * ({@link ApiCaller#forBatch()}: one guard of the key, so that a refused key fails the batch once), and how they run
 * them: one call per job with at most {@code parallelism} in flight, all paced by one pacer (in a batch a
 * {@link RatePacer}: throttling slows the whole batch). An abort says, per job, whether its call had got its turn: one
 * still waiting has sent nothing.
 *
 * @param unexpected what a failure no check foresaw becomes (a transport failure that names its class, never a secret)
 */
public record Batch(
        ApiCaller api, HttpUrl codeArtsBuild, Clock clock, Function<RuntimeException, CodeArtsException> unexpected) {

    /** One job's call, made when the pacer gives it a turn; its failure becomes an outcome ({@link #run}). */
    interface JobCall<J, O> {
        O run(J job, Pacer pacer) throws CodeArtsException, InterruptedException;
    }

    /** The endpoint's {@code /v3/jobs}: the delete call's, and the URL the batch's one authentication is for. */
    HttpUrl jobs() {
        return codeArtsBuild.newBuilder().addPathSegments("v3/jobs").build();
    }

    JobLister lister() {
        return new JobLister(api, codeArtsBuild, clock);
    }

    RecycleBin bin() {
        return new RecycleBin(api, codeArtsBuild, clock);
    }

    /** A failure of one job's call, as its outcome carries it. */
    CodeArtsException failure(Exception e) {
        return e instanceof CodeArtsException c ? c : unexpected.apply((RuntimeException) e);
    }

    /** {@code problem} for {@code count} jobs, more than the selection's {@code maxJobs}. */
    static CodeArtsValidationException tooMany(Problem problem, JobSelection selection, int count) {
        return new CodeArtsValidationException(
                problem, selection.describe(), String.valueOf(count), String.valueOf(selection.maxJobs()));
    }

    /** A pacer of a batch's own, which reports each change of its rate to the listener. */
    static Pacer pacer(int parallelism, ClientListener events) {
        return new RatePacer(parallelism, System::nanoTime, events);
    }

    /**
     * The outcomes in the order of {@code jobs}; {@code onDone} is called from the worker threads as each finishes.
     *
     * @param failed the outcome of a job whose call failed: failures of single jobs are outcomes, not exceptions
     * @param unfinished what an abort makes of a job without an outcome, given whether its call had got its turn
     * @param onAborted given every job's outcome (or what {@code unfinished} makes of it), before rethrowing
     */
    <J, O> List<O> run(
            List<J> jobs,
            int parallelism,
            Pacer pacer,
            JobCall<J, O> call,
            BiFunction<J, CodeArtsException, O> failed,
            Consumer<O> onDone,
            BiFunction<J, Boolean, O> unfinished,
            Consumer<List<O>> onAborted)
            throws CodeArtsException, InterruptedException {
        AtomicReferenceArray<O> outcomes = new AtomicReferenceArray<>(jobs.size());
        AtomicIntegerArray started = new AtomicIntegerArray(jobs.size());
        List<Fanout.Task<O>> tasks = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            int index = i;
            Pacer turn = Pacer.onTurn(pacer, () -> started.set(index, 1));
            tasks.add(() -> {
                O o;
                try {
                    o = call.run(jobs.get(index), turn);
                } catch (CodeArtsException | RuntimeException e) {
                    o = failed.apply(jobs.get(index), failure(e));
                }
                outcomes.set(index, o);
                onDone.accept(o);
                return o;
            });
        }
        try {
            return Fanout.run(parallelism, "CodeArts Build batch", tasks);
        } catch (InterruptedException e) {
            List<O> partial = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                O o = outcomes.get(i);
                partial.add(o != null ? o : unfinished.apply(jobs.get(i), started.get(i) == 1));
            }
            onAborted.accept(partial);
            throw e;
        }
    }
}
