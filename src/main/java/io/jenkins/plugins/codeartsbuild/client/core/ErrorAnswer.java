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

    private static final Pattern HUAWEI_CLOUD_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,15}\\.[0-9]{3,12}");

    /** The kind of an answer other than 2xx: by its status, and for CodeArts Build by whether it has a Huawei code. */
    public Failure classify(Service service, int s) {
        if (s >= 300 && s < 400) {
            return Failure.REDIRECT;
        } else if (s == 407) {
            return Failure.PROXY_AUTH;
        } else if (s < 300) {
            return Failure.UNEXPECTED_STATUS;
        } else if (service == Service.CODEARTS_BUILD && !isHuaweiCloudCode(code)) {
            return Failure.FOREIGN_ERROR;
        }
        return Failure.HTTP_ERROR;
    }

    /**
     * Error codes of Huawei Cloud services and their gateway: upper-case letters, a dot, digits ({@code CB.00060201},
     * {@code APIGW.0301}, {@code IAM.0011}).
     */
    static boolean isHuaweiCloudCode(String code) {
        return code != null && HUAWEI_CLOUD_CODE.matcher(code).matches();
    }

    /** Whether the message or the body says the key is locked after failed logins (five failed logins lock it). */
    public boolean mentionsKeyLock() {
        return mentionsKeyLock(message) || mentionsKeyLock(excerpt);
    }

    private static boolean mentionsKeyLock(String text) {
        String m = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return m.contains("reach the limit") || m.contains("locked");
    }

    /** Error code and message, else the body's excerpt; {@code null} when the answer said nothing. One line. */
    public String detail() {
        if (code != null || message != null) {
            return code == null ? message : message == null ? code : code + " " + message;
        }
        return excerpt.isEmpty() ? null : excerpt;
    }

    /** The exception's message: who answered what to which request, what the answer said, and its request id. */
    String describe(Failure failure, Service from, int status, String method, String path) {
        String service = from.getDisplayName();
        String where = service + " answered HTTP " + status + " to " + method + " " + path;
        String detail = detail();
        String said = detail == null ? "" : ": " + detail;
        String text =
                switch (failure) {
                    case HTTP_ERROR -> where + (detail == null ? ": no error details" : said);
                    case FOREIGN_ERROR ->
                        where + ", but the answer did not come from " + service
                                + " (no Huawei Cloud error code: a proxy, a web server or a wrong endpoint answered)"
                                + said;
                    case PROXY_AUTH -> where + ": an HTTP proxy wants authentication (check the proxy settings)";
                    case REDIRECT ->
                        where + " with a redirect to " + (location == null ? "nowhere" : location)
                                + ", which is not followed";
                    case UNEXPECTED_STATUS -> where + " instead of 200, so the request is not confirmed" + said;
                    case NO_TOKEN -> "IAM returned no token (HTTP " + status + " without X-Subject-Token)";
                    case INVALID_TOKEN ->
                        "IAM returned a token that cannot be sent in an HTTP header (control, space or non-ASCII "
                                + "characters); it was not used";
                    case REFUSED -> where + " refusing the request (status fail)" + said;
                    case MALFORMED_ANSWER ->
                        where + (excerpt.isEmpty() ? " with an empty body" : " with an unexpected body: " + excerpt);
                    case INVALID_PROJECT_ID ->
                        "IAM returned a project id that is not 16 to 64 letters or digits (HTTP " + status + " to "
                                + method + " " + path + "); it was not used";
                    case PROJECT_NOT_FOUND ->
                        "IAM has no project with that region's name (HTTP " + status + " to " + method + " " + path
                                + ")";
                };
        return text + " (request id " + (requestId == null ? "none" : requestId) + ")";
    }
}
