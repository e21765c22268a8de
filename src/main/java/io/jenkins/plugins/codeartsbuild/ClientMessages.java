package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import java.time.Duration;
import org.jvnet.localizer.ResourceBundleHolder;

/**
 * Localized sentences for the client's failures, from their structured fields. Keys are
 * {@code ClientProblem.<Problem>}, {@code ApiFailure.<Failure>}, {@code TransportFailure.<Kind>} and
 * {@code ErrorHint.<hint>} in {@code Messages.properties}; {@code LocalizationTest} checks that each exists in
 * every language.
 */
final class ClientMessages {

    private static final ResourceBundleHolder BUNDLE = ResourceBundleHolder.get(Messages.class);

    private ClientMessages() {}

    /** What went wrong and what to check, in one paragraph without a stack trace or a secret. */
    @NonNull
    static String describe(@NonNull CodeArtsException e) {
        String what = what(e);
        ErrorHint hint = e.getHint();
        return hint == ErrorHint.NONE || hint == ErrorHint.FIX_INPUT
                ? what
                : what + " " + BUNDLE.format("ErrorHint." + hint.name());
    }

    /** What went wrong, without advice: for a retry, where the advice would come too early. */
    @NonNull
    static String what(@NonNull CodeArtsException e) {
        if (e instanceof CodeArtsValidationException v) {
            return problem(v);
        }
        if (e instanceof CodeArtsApiException a) {
            return api(a);
        }
        if (e instanceof CodeArtsTransportException t) {
            return transport(t);
        }
        return e.getMessage();
    }

    /** The value, or the localized "none" in its place: no {@code null} in a log line. */
    @NonNull
    static String orNone(@CheckForNull String value) {
        return value != null ? value : BUNDLE.format("ApiFailure.noRequestId");
    }

    @NonNull
    static String problem(@NonNull CodeArtsValidationException e) {
        return BUNDLE.format(
                "ClientProblem." + e.getProblem().name(), e.getArguments().toArray());
    }

    private static String api(CodeArtsApiException a) {
        String detail = a.answer().detail() != null ? a.answer().detail() : BUNDLE.format("ApiFailure.noBody");
        String requestId = orNone(a.getRequestId());
        return BUNDLE.format(
                "ApiFailure." + a.getFailure().name(),
                a.getService().getDisplayName(),
                String.valueOf(a.getStatus()),
                a.getMethod(),
                a.getPath(),
                detail,
                requestId,
                orNone(a.answer().location()));
    }

    private static String transport(CodeArtsTransportException t) {
        Duration timeout = t.getTimeout();
        return BUNDLE.format(
                "TransportFailure." + t.getKind().name(),
                t.getService().getDisplayName(),
                t.getMethod(),
                t.getPath(),
                timeout == null ? "" : String.valueOf(timeout.toSeconds()),
                t.getDetail());
    }
}
