package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Computer;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousResumeNotSupportedException;
import org.springframework.security.core.Authentication;

/**
 * Runs a step's work off the CPS thread, like {@code SynchronousNonBlockingStepExecution}, but stops differently:
 * that one ends the step at once when the build is aborted, so that what the interrupted work logs on its way out can
 * come after the build ended, or never. Here {@link #stop} ends the step as {@link BackgroundCall} says. The work runs
 * as the user who started the step, as in the Pipeline's own non-blocking executions.
 *
 * <p>No thread of its own: the work runs on core's pool for blocking work, {@code Computer.threadPoolForRemoting} (a
 * cached pool, a thread per step in flight), and the grace period on {@code jenkins.util.Timer}, whose ten threads are
 * for short tasks only: a step's calls can take minutes, and fifty parallel branches must not queue behind ten
 * threads, nor hold up the timer's other work.
 */
final class ReportingStepExecution<T> extends StepExecution {

    private static final long serialVersionUID = 1L;

    /** How long a stopped step waits for its work to report; more than a batch's own wait for its threads. */
    static final long GRACE_SECONDS = 15;

    private final transient Callable<T> work;
    private transient volatile BackgroundCall<T> call;

    ReportingStepExecution(@NonNull StepContext context, @NonNull Callable<T> work) {
        super(context);
        this.work = work;
    }

    @Override
    public boolean start() {
        Authentication auth = Jenkins.getAuthentication2();
        StepContext context = getContext();
        call = BackgroundCall.start(
                () -> {
                    try (ACLContext ignored = ACL.as2(auth)) {
                        return work.call();
                    }
                },
                (value, failure) -> {
                    if (failure != null) {
                        context.onFailure(failure);
                    } else {
                        context.onSuccess(value);
                    }
                },
                Duration.ofSeconds(GRACE_SECONDS),
                Computer.threadPoolForRemoting,
                Timer.get());
        return false;
    }

    /** Interrupts the work; the step ends with {@code cause} once the work has said what it did. */
    @Override
    public void stop(@NonNull Throwable cause) {
        BackgroundCall<T> c = call;
        if (c == null) {
            getContext().onFailure(cause);
        } else {
            c.stop(cause);
        }
    }

    /**
     * The work's thread is gone after a restart, and its calls were cancelled: the step cannot go on. The exception
     * keeps the type that {@code retry(conditions: [nonresumable()])} knows; its text advises retrying a {@code node}
     * block, which these steps do not use, so the log says first what to do.
     */
    @Override
    public void onResume() {
        StepContext context = getContext();
        try {
            context.get(TaskListener.class).getLogger().println(Messages.Log_resumed());
        } catch (IOException e) {
            // only the advice is lost: the step fails all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.onFailure(new SynchronousResumeNotSupportedException(context));
    }

    @Override
    public String getStatus() {
        return blocksRestart() ? "calling Huawei Cloud CodeArts Build" : "not running";
    }

    @Override
    public boolean blocksRestart() {
        BackgroundCall<T> c = call;
        return c != null && c.isRunning();
    }
}
