package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout.Pacer;
import io.jenkins.plugins.codeartsbuild.client.http.RatePacer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One call per job with at most {@code parallelism} in flight, all of them paced by one pacer (in a batch a
 * {@link RatePacer}: throttling slows the whole batch), the way a delete batch and a restore batch both run. An abort
 * says, per job, whether its call had got its turn: one still waiting has sent nothing.
 *
 * @param <J> a job
 * @param <O> its outcome
 */
final class ParallelJobs<J, O> {

    /** One job's call, made when the pacer gives it a turn; failures are outcomes, not exceptions. */
    interface Call<J, O> {
        O run(J job, Pacer pacer) throws InterruptedException;
    }

    /** What an abort makes of a job without an outcome: {@code started} when its call had got its turn. */
    interface Unfinished<J, O> {
        O of(J job, boolean started);
    }

    private final int parallelism;
    private final Pacer pacer;

    ParallelJobs(int parallelism, Pacer pacer) {
        this.parallelism = parallelism;
        this.pacer = pacer;
    }

    /** Calls paced by a {@link RatePacer} of their own, which reports each change of its rate to {@code onThrottled}. */
    ParallelJobs(int parallelism, RatePacer.Listener onThrottled) {
        this(parallelism, new RatePacer(parallelism, System::nanoTime, onThrottled));
    }

    /**
     * The outcomes in the order of {@code jobs}; {@code onDone} is called from the worker threads as each finishes.
     *
     * @param onAborted given every job's outcome, or what {@code unfinished} makes of it, before the interruption is
     *     rethrown
     */
    List<O> run(
            List<J> jobs, Call<J, O> call, Consumer<O> onDone, Unfinished<J, O> unfinished, Consumer<List<O>> onAborted)
            throws CodeArtsException, InterruptedException {
        AtomicReferenceArray<O> outcomes = new AtomicReferenceArray<>(jobs.size());
        AtomicIntegerArray started = new AtomicIntegerArray(jobs.size());
        List<Fanout.Task<O>> tasks = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            int index = i;
            Pacer turn = Pacer.onTurn(pacer, () -> started.set(index, 1));
            tasks.add(() -> {
                O o = call.run(jobs.get(index), turn);
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
                partial.add(o != null ? o : unfinished.of(jobs.get(i), started.get(i) == 1));
            }
            onAborted.accept(partial);
            throw e;
        }
    }
}
