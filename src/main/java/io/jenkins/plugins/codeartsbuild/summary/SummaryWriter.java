package io.jenkins.plugins.codeartsbuild.summary;

import hudson.model.Computer;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Runs the writes of a build-page summary (its side file, the build's record) where a step's abort cannot cut them. An
 * aborted step attaches what it did on its way out, and the abort interrupts the step's thread, perhaps while it
 * writes: a file channel closes at the first write after its thread is interrupted ({@code ClosedByInterruptException}),
 * core's {@code AtomicFileWriter} included. So the writes run on another thread, as the caller's identity (actions and
 * save listeners see the build's, as before) and with the plugin's class loader, and the caller waits for them, keeping
 * its interrupt. The thread is one of {@code Computer.threadPoolForRemoting}'s (cached, never shut down), not of
 * {@code jenkins.util.Timer}'s: the writes wait on the summaries' lock and may write megabytes, and Timer's ten threads
 * also run the aborts of every Pipeline build; at shutdown Timer drops queued tasks, which would leave the caller
 * waiting. The caller waits at most {@link #PATIENCE}.
 */
final class SummaryWriter {

    private static final Logger LOGGER = Logger.getLogger(SummaryWriter.class.getName());

    /** How long a step waits for its summary; the writes go on if it gives up (then it is logged). */
    static final long PATIENCE = TimeUnit.MINUTES.toNanos(2);

    private SummaryWriter() {}

    /**
     * Runs {@code writes} for {@code run} and returns once they are done; a failure is logged (the build goes on). The
     * caller must not hold the run's monitor: saving the run needs it.
     */
    static void run(Run<?, ?> run, Runnable writes) {
        Authentication caller = Jenkins.getAuthentication2();
        // a Callable, not a Runnable: the pool logs a Runnable's failure itself; this one is logged once, below, or
        // here when the caller no longer waits for it
        AtomicBoolean gaveUp = new AtomicBoolean();
        Future<?> done = Computer.threadPoolForRemoting.submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            // not the pool thread's context class loader (core's): the plugin's own, as the step's thread has
            thread.setContextClassLoader(SummaryWriter.class.getClassLoader());
            try (ACLContext ignored = ACL.as2(caller)) {
                writes.run();
                return null;
            } catch (RuntimeException e) {
                if (gaveUp.get()) {
                    LOGGER.log(Level.WARNING, "could not write the CodeArts Build summary of " + run, e);
                }
                throw e;
            } finally {
                thread.setContextClassLoader(before);
            }
        });
        boolean interrupted = false;
        long deadline = System.nanoTime() + PATIENCE;
        try {
            while (true) {
                try {
                    done.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException e) {
                    gaveUp.set(true);
                    if (done.isDone()) {
                        continue; // it ended as the wait did: its outcome is read above
                    }
                    LOGGER.log(Level.WARNING, "the CodeArts Build summary of {0} is still being written", run);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the writes go on; the caller gets its interrupt back below
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    LOGGER.log(Level.WARNING, "could not write the CodeArts Build summary of " + run, e.getCause());
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
