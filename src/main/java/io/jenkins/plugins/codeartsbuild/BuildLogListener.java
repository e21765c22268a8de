package io.jenkins.plugins.codeartsbuild;

import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import java.time.Duration;
import java.util.Locale;

/** One build log line per retry or token refresh; the client's other events are not worth a line. */
final class BuildLogListener implements ClientListener {

    private final TaskListener listener;

    BuildLogListener(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
        String seconds = String.format(Locale.ROOT, "%.1f", delay.toMillis() / 1000.0);
        listener.getLogger().println(Messages.Log_retry(attempt, ClientMessages.what(cause), seconds));
    }

    @Override
    public void onTokenRejected(CodeArtsApiException rejection) {
        listener.getLogger().println(Messages.Log_tokenRejected(String.valueOf(rejection.getRequestId())));
    }
}
