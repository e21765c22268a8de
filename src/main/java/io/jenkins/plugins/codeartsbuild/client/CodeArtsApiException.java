package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.http.ErrorBody;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.RetryPolicy;
import java.util.Locale;

/**
 * A server answered, but not with success. Carries what Huawei support asks for: status, code and request id.
 * Everything taken from the answer is cleaned first: the secrets of the request removed, control characters
 * neutralised, lengths capped, and ids that are not plain ({@code [A-Za-z0-9._-]}) left out.
 */
public final class CodeArtsApiException extends CodeArtsException {

    private static final long serialVersionUID = 1L;
    static final int EXCERPT_LENGTH = 200;
    static final String INVALID_TASK_ID = "CB.00060201";
    static final String URL_NOT_FOUND = "CB.00060214";

    /** What kind of answer it was. */
    public enum Failure {
        /** A 4xx or 5xx with a Huawei Cloud error (an error code such as {@code CB.00060201} or {@code APIG.0101}). */
        HTTP_ERROR,
        /**
         * A 4xx or 5xx from the CodeArts Build endpoint without a Huawei Cloud error code: a web server, a proxy or
         * another application answered, not CodeArts Build. Never means that a job is gone.
         */
        FOREIGN_ERROR,
        /** 407: an HTTP proxy wants authentication. Never retried. */
        PROXY_AUTH,
        /** A 3xx status: the redirect is never followed, so no credential reaches another host. */
        REDIRECT,
        /** A status other than the one that confirms success (such as 202 or 204 to a delete). */
        UNEXPECTED_STATUS,
        /** IAM answered 2xx without the {@code X-Subject-Token} header. */
        NO_TOKEN,
        /** IAM returned a token that cannot be sent in an HTTP header; it is not used, not cached, not shown. */
        INVALID_TOKEN,
        /** A 2xx whose body is not the expected JSON, or whose {@code status} is not {@code success}. */
        MALFORMED_ANSWER,
        /**
         * HTTP 200 with {@code "status": "fail"} and an error: how CodeArts Build's v1 API refuses (job lists, job
         * info).
         */
        REFUSED,
        /** IAM returned a project id that is not 16 to 64 letters or digits; it is not used, not cached. */
        INVALID_PROJECT_ID,
        /** IAM knows no project with the region's name (signature mode). */
        PROJECT_NOT_FOUND
    }

    private final Failure failure;
    private final Service service;
    private final int status;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String method;
    private final String path;
    private final String bodyExcerpt;
    private final String retryAfter;
    private final String location;
    private final boolean keyLocked;

    private CodeArtsApiException(Failure failure, HttpReply reply, Parsed p) {
        super(describe(failure, reply, p), null);
        this.failure = failure;
        this.service = reply.service();
        this.status = reply.status();
        this.errorCode = p.code;
        this.errorMessage = p.message;
        this.requestId = p.requestId;
        this.method = reply.method();
        this.path = reply.path();
        this.bodyExcerpt = p.excerpt;
        this.retryAfter = reply.header("Retry-After");
        this.location = p.location;
        this.keyLocked = mentionsKeyLock(p.message) || mentionsKeyLock(p.excerpt);
    }

    /** The same answer, for another call that was not sent because of it (its attempts are its own: none yet). */
    private CodeArtsApiException(CodeArtsApiException o) {
        super(o.getMessage(), null);
        this.failure = o.failure;
        this.service = o.service;
        this.status = o.status;
        this.errorCode = o.errorCode;
        this.errorMessage = o.errorMessage;
        this.requestId = o.requestId;
        this.method = o.method;
        this.path = o.path;
        this.bodyExcerpt = o.bodyExcerpt;
        this.retryAfter = o.retryAfter;
        this.location = o.location;
        this.keyLocked = o.keyLocked;
    }

    /** This refusal again, for a call of the same batch that it stopped before it was sent. */
    public CodeArtsApiException forUnsentCall() {
        return new CodeArtsApiException(this);
    }

    /**
     * Whether the answer refuses the key itself rather than one request, so that every other call with it would be
     * refused as well: a 401 (a bad signature, an unknown AK, a token refused after its one refresh), a lockout
     * whatever its status, or IAM refusing the exchange (a 4xx other than throttling).
     */
    public boolean refusesKey() {
        if (keyLocked || status == 401) {
            return true;
        }
        return service == Service.IAM && status >= 400 && status < 500 && !isThrottling();
    }

    /** An answer other than 2xx, classified and with its fields parsed from the body. */
    public static CodeArtsApiException of(HttpReply reply) {
        Parsed p = Parsed.of(reply);
        int s = reply.status();
        Failure f;
        if (s >= 300 && s < 400) {
            f = Failure.REDIRECT;
        } else if (s == 407) {
            f = Failure.PROXY_AUTH;
        } else if (s < 300) {
            f = Failure.UNEXPECTED_STATUS;
        } else if (reply.service() == Service.CODEARTS_BUILD && !isHuaweiCloudCode(p.code)) {
            f = Failure.FOREIGN_ERROR;
        } else {
            f = Failure.HTTP_ERROR;
        }
        return new CodeArtsApiException(f, reply, p);
    }

    /** A failure of another kind than the status says (a 2xx that is not what was expected). */
    public static CodeArtsApiException of(Failure failure, HttpReply reply) {
        return new CodeArtsApiException(failure, reply, Parsed.of(reply));
    }

    /**
     * Whether the answer asks the caller to slow down (429, {@code APIG.0308}, {@code CB.00060211}): such attempts are
     * retried and pace a batch, see {@link RetryPolicy}.
     */
    public boolean isThrottling() {
        return RetryPolicy.isThrottling(this);
    }

    /**
     * Whether CodeArts Build itself says that the job does not exist: its "invalid task id" {@code CB.00060201}
     * (documented with HTTP 400) with any status, HTTP 200 with {@code "status": "fail"} included, or a 404 with a
     * {@code CB.} code other than {@code CB.00060214} (URL not found: a wrong path, not a missing job). A gateway's
     * 404 ({@code APIG.*}: no such API) or one from anything else never means that the job is gone.
     */
    public boolean saysJobMissing() {
        if (service != Service.CODEARTS_BUILD || errorCode == null) {
            return false;
        }
        if (failure != Failure.HTTP_ERROR && failure != Failure.REFUSED) {
            return false;
        }
        return errorCode.equals(INVALID_TASK_ID)
                || (status == 404 && errorCode.startsWith("CB.") && !errorCode.equals(URL_NOT_FOUND));
    }

    /**
     * Error codes of Huawei Cloud services and their gateway: upper-case letters, a dot, digits ({@code CB.00060201},
     * {@code APIGW.0301}, {@code IAM.0011}).
     */
    static boolean isHuaweiCloudCode(String code) {
        if (code == null) {
            return false;
        }
        int dot = code.indexOf('.');
        if (dot < 1 || dot > 16 || code.length() - dot - 1 < 3 || code.length() - dot - 1 > 12) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = i < dot
                    ? (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9')
                    : i == dot || (c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsKeyLock(String text) {
        String m = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return m.contains("reach the limit") || m.contains("locked");
    }

    /** What is quoted from an answer, cleaned: parsed once per failure. */
    private record Parsed(String code, String message, String requestId, String excerpt, String location) {

        static Parsed of(HttpReply reply) {
            ErrorBody error = ErrorBody.parse(reply.body());
            String message = reply.quoted(error.message(), EXCERPT_LENGTH);
            return new Parsed(
                    CharacterRules.safeId(reply.redact(error.code())),
                    message,
                    requestIdOf(reply, error),
                    Texts.excerpt(reply.redact(reply.body()), EXCERPT_LENGTH),
                    reply.quoted(Texts.withoutUserInfo(reply.header("Location")), 200));
        }

        private static String requestIdOf(HttpReply reply, ErrorBody error) {
            for (String candidate :
                    new String[] {reply.header("X-Request-Id"), error.requestId(), reply.header("X-IAM-Trace-Id")}) {
                String id = CharacterRules.safeId(reply.redact(candidate));
                if (id != null) {
                    return id;
                }
            }
            return null;
        }

        /** Error code and message, else the body's excerpt; {@code null} when the answer said nothing. */
        String detail() {
            if (code != null || message != null) {
                return code == null ? message : message == null ? code : code + " " + message;
            }
            return excerpt.isEmpty() ? null : excerpt;
        }
    }

    private static String describe(Failure failure, HttpReply reply, Parsed p) {
        String service = reply.service().getDisplayName();
        String where = service + " answered HTTP " + reply.status() + " to " + reply.method() + " " + reply.path();
        String detail = p.detail();
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
                        where + " with a redirect to " + (p.location == null ? "nowhere" : p.location)
                                + ", which is not followed";
                    case UNEXPECTED_STATUS -> where + " instead of 200, so the request is not confirmed" + said;
                    case NO_TOKEN -> "IAM returned no token (HTTP " + reply.status() + " without X-Subject-Token)";
                    case INVALID_TOKEN ->
                        "IAM returned a token that cannot be sent in an HTTP header (control, space or non-ASCII "
                                + "characters); it was not used";
                    case REFUSED -> where + " refusing the request (status fail)" + said;
                    case MALFORMED_ANSWER ->
                        where
                                + (p.excerpt.isEmpty()
                                        ? " with an empty body"
                                        : " with an unexpected body: " + p.excerpt);
                    case INVALID_PROJECT_ID ->
                        "IAM returned a project id that is not 16 to 64 letters or digits (HTTP " + reply.status()
                                + " to " + reply.method() + " " + reply.path() + "); it was not used";
                    case PROJECT_NOT_FOUND ->
                        "IAM has no project with that region's name (HTTP " + reply.status() + " to " + reply.method()
                                + " " + reply.path() + ")";
                };
        return text + " (request id " + (p.requestId == null ? "none" : p.requestId) + ")";
    }

    public Failure getFailure() {
        return failure;
    }

    public Service getService() {
        return service;
    }

    public int getStatus() {
        return status;
    }

    /** {@code error_code} (or {@code code}) of the body if it is a plain id; {@code null} otherwise. */
    public String getErrorCode() {
        return errorCode;
    }

    /** {@code error_msg} (or {@code message}) of the body, on one line; {@code null} when there was none. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /**
     * {@code X-Request-Id}, else the body's {@code request_id}, else IAM's {@code X-IAM-Trace-Id}, the first that is
     * a plain id; {@code null} when none is.
     */
    public String getRequestId() {
        return requestId;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    /** The body shortened to 200 characters, stripped of markup, on one line. */
    public String getBodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * What the answer said: error code and message, else the body's excerpt; {@code null} when it said nothing.
     * One line, without a secret.
     */
    public String getDetail() {
        return new Parsed(errorCode, errorMessage, requestId, bodyExcerpt, location).detail();
    }

    /** The raw {@code Retry-After} header, if any: parsed, never shown. */
    public String getRetryAfter() {
        return retryAfter;
    }

    /** The {@code Location} of a redirect, if any (shown without user info, never followed). */
    public String getLocation() {
        return location;
    }

    /** Whether the answer says the key is locked after failed logins (five failed logins lock it). */
    public boolean mentionsKeyLock() {
        return keyLocked;
    }

    /** A 401 from Huawei Cloud saying the token expired or became invalid: worth one fresh token, never more. */
    public boolean isTokenRejection() {
        if (status != 401 || failure != Failure.HTTP_ERROR || errorMessage == null) {
            return false;
        }
        String m = errorMessage.toLowerCase(Locale.ROOT);
        return m.contains("token expire") || m.contains("decrypt token") || m.contains("token is invalid");
    }
}
