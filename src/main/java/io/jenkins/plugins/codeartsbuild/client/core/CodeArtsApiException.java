package io.jenkins.plugins.codeartsbuild.client.core;

import java.util.Locale;
import java.util.Set;

/**
 * A server answered, but not with success. Carries what Huawei support asks for: status, code and request id.
 * Everything taken from the answer is cleaned first ({@link ErrorAnswer}): the secrets of the request removed,
 * control characters neutralised, lengths capped, and ids that are not plain ({@code [A-Za-z0-9._-]}) left out.
 */
public final class CodeArtsApiException extends CodeArtsException {

    private static final long serialVersionUID = 1L;
    public static final int EXCERPT_LENGTH = 200;
    static final String INVALID_TASK_ID = "CB.00060201";
    static final String URL_NOT_FOUND = "CB.00060214";

    /** CodeArts Build's "too many requests": HTTP 400 on its error-code pages, 500 on another Huawei page. */
    static final String TOO_MANY_REQUESTS = "CB.00060211";

    /** The API gateway's own throttling (its codes come with both prefixes, as {@code APIG(W).0301} does). */
    static final Set<String> GATEWAY_THROTTLED = Set.of("APIG.0308", "APIGW.0308");

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
        /** HTTP 200 with {@code "status": "fail"} and an error: how CodeArts Build's v1 API refuses. */
        REFUSED,
        /** IAM returned a project id that is not 16 to 64 letters or digits; it is not used, not cached. */
        INVALID_PROJECT_ID,
        /** IAM knows no project with the region's name (signature mode). */
        PROJECT_NOT_FOUND
    }

    private final Failure failure;
    private final int status;
    private final String retryAfter;
    private final ErrorAnswer answer;

    /** An answer's failure; see {@code HttpReply.error()}, which reads the answer. */
    public CodeArtsApiException(
            Failure failure,
            Service service,
            int status,
            String method,
            String path,
            String retryAfter,
            ErrorAnswer answer) {
        super(answer.describe(failure, service, status, method, path), null, service, method, path);
        this.failure = failure;
        this.status = status;
        this.retryAfter = retryAfter;
        this.answer = answer;
    }

    /** This refusal again, for a call of the same batch that it stopped before it was sent (no attempts of its own). */
    public CodeArtsApiException forUnsentCall() {
        return new CodeArtsApiException(failure, getService(), status, getMethod(), getPath(), retryAfter, answer);
    }

    /**
     * Whether the answer refuses the key itself rather than one request, so that every other call with it would be
     * refused as well: a 401 (a bad signature, an unknown AK, a token refused after its one refresh), a lockout
     * whatever its status, or IAM refusing the exchange (a 4xx other than throttling).
     */
    public boolean refusesKey() {
        return answer.mentionsKeyLock()
                || status == 401
                || (getService() == Service.IAM && status >= 400 && status < 500 && !isThrottling());
    }

    /**
     * Whether the answer asks the caller to slow down: a 429, the gateway's {@code APIG.0308}, or CodeArts Build's
     * "too many requests" {@code CB.00060211} (documented with HTTP 400, seen with 500 too), as long as it does not
     * say that the key is locked (that is never retried). Such attempts are retried, and a batch then slows down as a
     * whole.
     */
    public boolean isThrottling() {
        if ((failure != Failure.HTTP_ERROR && failure != Failure.FOREIGN_ERROR) || answer.mentionsKeyLock()) {
            return false;
        }
        String code = answer.code();
        return status == 429
                || (code != null && GATEWAY_THROTTLED.contains(code))
                || (TOO_MANY_REQUESTS.equals(code) && failure == Failure.HTTP_ERROR);
    }

    /**
     * Whether CodeArts Build itself says that the job does not exist: its "invalid task id" {@code CB.00060201}
     * (documented with HTTP 400) with any status, HTTP 200 with {@code "status": "fail"} included, or a 404 with a
     * {@code CB.} code other than {@code CB.00060214} (URL not found: a wrong path, not a missing job). A gateway's
     * 404 ({@code APIG.*}: no such API) or one from anything else never means that the job is gone.
     */
    public boolean saysJobMissing() {
        String code = answer.code();
        if (getService() != Service.CODEARTS_BUILD
                || code == null
                || (failure != Failure.HTTP_ERROR && failure != Failure.REFUSED)) {
            return false;
        }
        return code.equals(INVALID_TASK_ID) || (status == 404 && code.startsWith("CB.") && !code.equals(URL_NOT_FOUND));
    }

    public Failure getFailure() {
        return failure;
    }

    public int getStatus() {
        return status;
    }

    /** What the answer said, each field cleaned. */
    public ErrorAnswer answer() {
        return answer;
    }

    /** The request id Huawei support asks for ({@link ErrorAnswer#requestId}); {@code null} when none was plain. */
    public String getRequestId() {
        return answer.requestId();
    }

    /** The raw {@code Retry-After} header, if any: parsed, never shown. */
    String retryAfter() {
        return retryAfter;
    }

    /** A 401 from Huawei Cloud saying the token expired or became invalid: worth one fresh token, never more. */
    public boolean isTokenRejection() {
        if (status != 401 || failure != Failure.HTTP_ERROR || answer.message() == null) {
            return false;
        }
        String m = answer.message().toLowerCase(Locale.ROOT);
        return m.contains("token expire") || m.contains("decrypt token") || m.contains("token is invalid");
    }
}
