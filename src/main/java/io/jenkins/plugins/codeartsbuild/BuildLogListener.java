package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import java.time.Duration;
import java.util.Locale;

/**
 * One build log line per retry or token refresh; the client's other events are not worth a line. In a batch, each
 * line starts with the job it is about, as calls of several jobs run side by side.
 */
final class BuildLogListener implements ClientListener {

    private final TaskListener listener;
    private final String prefix;

    /** @param job the job the calls are about, in a batch; {@code null} for a single call */
    BuildLogListener(TaskListener listener, @CheckForNull String job) {
        this.listener = listener;
        this.prefix = job == null ? "" : job + ": ";
    }

    @Override
    public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
        String seconds = String.format(Locale.ROOT, "%.1f", delay.toMillis() / 1000.0);
        listener.getLogger().println(prefix + Messages.Log_retry(attempt, ClientMessages.what(cause), seconds));
    }

    @Override
    public void onTokenRejected(CodeArtsApiException rejection) {
        listener.getLogger()
                .println(prefix + Messages.Log_tokenRejected(ClientMessages.orNone(rejection.getRequestId())));
    }
}
