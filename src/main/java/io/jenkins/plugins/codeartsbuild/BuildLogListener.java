package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.time.Duration;
import java.util.Locale;

/**
 * One build log line per retry, token refresh or answer naming another job; the client's other events are not worth
 * a line. In a batch, each line starts with the job it is about, as calls of several jobs run side by side, and a
 * throttled attempt gets no line of its own: the batch says how fast it goes ({@link BatchLog#onThrottled}).
 */
final class BuildLogListener implements ClientListener {

    private final TaskListener listener;
    private final String prefix;
    private final boolean inBatch;

    /** @param job the job the calls are about, in a batch; {@code null} for a single call */
    BuildLogListener(TaskListener listener, @CheckForNull String job) {
        this.listener = listener;
        this.prefix = job == null ? "" : job + ": ";
        this.inBatch = job != null;
    }

    @Override
    public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
        if (inBatch && cause instanceof CodeArtsApiException a && a.isThrottling()) {
            return;
        }
        String seconds = String.format(Locale.ROOT, "%.1f", delay.toMillis() / 1000.0);
        listener.getLogger().println(prefix + Messages.Log_retry(attempt, ClientMessages.what(cause), seconds));
    }

    @Override
    public void onOtherJobConfirmed(String askedJobId, String confirmedJobId) {
        listener.getLogger().println(prefix + Messages.Log_otherJobConfirmed(askedJobId, confirmedJobId));
    }

    @Override
    public void onTokenRejected(CodeArtsApiException rejection) {
        listener.getLogger()
                .println(prefix + Messages.Log_tokenRejected(ClientMessages.orNone(rejection.getRequestId())));
    }
}
