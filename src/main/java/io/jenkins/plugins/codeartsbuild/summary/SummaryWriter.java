package io.jenkins.plugins.codeartsbuild.summary;

import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.springframework.security.core.Authentication;

/**
 * Runs the writes of a build-page summary (its side file, the build's record) where a step's abort cannot cut them. An
 * aborted step attaches what it did on its way out, and the abort interrupts the step's thread, perhaps while it
 * writes: a file channel closes at the first write after its thread is interrupted ({@code ClosedByInterruptException}),
 * core's {@code AtomicFileWriter} included. So the writes run on another thread, one of {@code jenkins.util.Timer}'s (they
 * are short: a file of rows and the build's record), as the caller's identity (actions and save listeners see the
 * build's, as before) and with the plugin's class loader, and the caller waits for them, keeping its interrupt.
 */
final class SummaryWriter {

    private static final Logger LOGGER = Logger.getLogger(SummaryWriter.class.getName());

    private SummaryWriter() {}

    /**
     * Runs {@code writes} for {@code run} and returns once they are done; a failure is logged (the build goes on). The
     * caller must not hold the run's monitor: saving the run needs it.
     */
    static void run(Run<?, ?> run, Runnable writes) {
        Authentication caller = Jenkins.getAuthentication2();
        Future<?> done = Timer.get().submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            // not the timer thread's context class loader (core's): the plugin's own, as the step's thread has
            thread.setContextClassLoader(SummaryWriter.class.getClassLoader());
            try (ACLContext ignored = ACL.as2(caller)) {
                writes.run();
            } finally {
                thread.setContextClassLoader(before);
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    done.get();
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
