package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an answer other than success says, as {@link CodeArtsApiException} quotes it: the fields of its body
 * (read by {@code HttpReply}) and headers, each cleaned (the request's secrets removed, on one line, capped, ids that are not
 * plain left out), parsed once per failure; what kind of failure the answer is; and the message that tells it.
 *
 * @param code the error code, if it is a plain id
 * @param message the error message, on one line
 * @param requestId {@code X-Request-Id}, else the body's {@code request_id}, else {@code X-IAM-Trace-Id}
 * @param excerpt the body stripped of markup, on one line, never {@code null}
 * @param location the {@code Location} header without user info
 */
public record ErrorAnswer(String code, String message, String requestId, String excerpt, String location)
        implements Serializable {

    /** Error codes of Huawei Cloud services and their gateway, such as {@code CB.00060201} or {@code APIGW.0301}. */
    private static final Pattern HUAWEI_CLOUD_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,15}\\.[0-9]{3,12}");

    /** A lockout's words; "locked" as a word of its own: a firewall's "blocked" says nothing of the key. */
    private static final Pattern KEY_LOCK = Pattern.compile("reach the limit|(?<![a-z])locked");

    /** The kind of an answer other than 2xx: by its status, and for CodeArts Build by whether it has a Huawei code. */
    public Failure classify(Service service, int s) {
        if (s >= 300 && s < 400) {
            return Failure.REDIRECT;
        } else if (s == 407) {
            return Failure.PROXY_AUTH;
        } else if (s < 300) {
            return Failure.UNEXPECTED_STATUS;
        } else if (service == Service.CODEARTS_BUILD
                && (code == null || !HUAWEI_CLOUD_CODE.matcher(code).matches())) {
            return Failure.FOREIGN_ERROR;
        }
        return Failure.HTTP_ERROR;
    }

    /** Whether the message or the body says the key is locked after failed logins (five failed logins lock it). */
    public boolean mentionsKeyLock() {
        return mentionsKeyLock(message) || mentionsKeyLock(excerpt);
    }

    private static boolean mentionsKeyLock(String text) {
        return text != null && KEY_LOCK.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Error code and message, else the body's excerpt; {@code null} when the answer said nothing. One line. */
    public String detail() {
        if (code != null || message != null) {
            return code == null ? message : message == null ? code : code + " " + message;
        }
        return excerpt.isEmpty() ? null : excerpt;
    }

    /**
     * The exception's message, for a stack trace: the failure, who answered what to which request, what the answer
     * said, and its request id. The Jenkins layer words it through its {@code ApiFailure.<NAME>} keys instead.
     */
    String describe(Failure failure, Service from, int status, String method, String path) {
        String said =
                switch (failure) {
                    case HTTP_ERROR, FOREIGN_ERROR, UNEXPECTED_STATUS, REFUSED -> detail();
                    case MALFORMED_ANSWER -> excerpt;
                    default -> null; // what IAM sent in place of a token or a project id is not quoted
                };
        return failure + ": " + from.getDisplayName() + " answered HTTP " + status + " to " + method + " " + path
                + (said == null || said.isEmpty() ? "" : ": " + said) + " (request id "
                + (requestId == null ? "none" : requestId) + ")";
    }
}
