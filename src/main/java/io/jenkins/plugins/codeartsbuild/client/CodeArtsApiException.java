package io.jenkins.plugins.codeartsbuild.client;

import java.util.Locale;

/** A server answered, but not with success. Carries what Huawei support asks for: status, code and request id. */
public final class CodeArtsApiException extends CodeArtsException {

    private static final long serialVersionUID = 1L;
    static final int EXCERPT_LENGTH = 200;

    /** What kind of answer it was. */
    public enum Failure {
        /** A 4xx or 5xx status. */
        HTTP_ERROR,
        /** A 3xx status: the redirect is never followed, so no credential reaches another host. */
        REDIRECT,
        /** IAM answered 2xx without the {@code X-Subject-Token} header. */
        NO_TOKEN,
        /** A 2xx whose body is not the expected JSON, or whose {@code status} is not {@code success}. */
        MALFORMED_ANSWER,
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

    CodeArtsApiException(Failure failure, HttpReply reply, ErrorBody error) {
        super(describe(failure, reply, error), null);
        this.failure = failure;
        this.service = reply.service();
        this.status = reply.status();
        this.errorCode = error.code();
        this.errorMessage = error.message();
        this.requestId = requestIdOf(reply, error);
        this.method = reply.method();
        this.path = reply.path();
        this.bodyExcerpt = Texts.excerpt(reply.body(), EXCERPT_LENGTH);
        this.retryAfter = reply.header("Retry-After");
        this.location = reply.header("Location");
    }

    /** An error answer (any non-2xx) with its fields parsed from the body. */
    static CodeArtsApiException of(HttpReply reply) {
        Failure f = reply.status() >= 300 && reply.status() < 400 ? Failure.REDIRECT : Failure.HTTP_ERROR;
        return new CodeArtsApiException(f, reply, ErrorBody.parse(reply.body()));
    }

    private static String requestIdOf(HttpReply reply, ErrorBody error) {
        String id = reply.header("X-Request-Id");
        if (id == null) {
            id = error.requestId();
        }
        if (id == null) {
            id = reply.header("X-IAM-Trace-Id");
        }
        return id == null ? null : Texts.excerpt(id, 100);
    }

    private static String describe(Failure failure, HttpReply reply, ErrorBody error) {
        StringBuilder sb = new StringBuilder();
        String where = reply.service().getDisplayName() + " answered HTTP " + reply.status() + " to " + reply.method()
                + " " + reply.path();
        switch (failure) {
            case NO_TOKEN -> sb.append("IAM returned no token (").append(where).append(")");
            case PROJECT_NOT_FOUND ->
                sb.append("IAM has no project with that region's name (")
                        .append(where)
                        .append(")");
            case REDIRECT ->
                sb.append(where)
                        .append(": redirect to ")
                        .append(Texts.excerpt(reply.header("Location"), EXCERPT_LENGTH))
                        .append(" not followed");
            case MALFORMED_ANSWER ->
                sb.append(where)
                        .append(" with an unexpected body: ")
                        .append(Texts.excerpt(reply.body(), EXCERPT_LENGTH));
            default -> {
                sb.append(where);
                if (error.code() != null || error.message() != null) {
                    sb.append(": ").append(Texts.excerpt(error.code(), 64));
                    if (error.message() != null) {
                        sb.append(" ").append(Texts.excerpt(error.message(), EXCERPT_LENGTH));
                    }
                } else if (!Texts.isBlank(reply.body())) {
                    sb.append(": ").append(Texts.excerpt(reply.body(), EXCERPT_LENGTH));
                }
            }
        }
        String id = requestIdOf(reply, error);
        sb.append(" (request id ").append(id == null ? "none" : id).append(")");
        return sb.toString();
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

    /** {@code error_code} (or {@code code}) of the body; {@code null} when there was none. */
    public String getErrorCode() {
        return errorCode;
    }

    /** {@code error_msg} (or {@code message}) of the body; {@code null} when there was none. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** {@code X-Request-Id}, else the body's {@code request_id}, else IAM's {@code X-IAM-Trace-Id}. */
    public String getRequestId() {
        return requestId;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    /** The body shortened to 200 characters and stripped of markup. */
    public String getBodyExcerpt() {
        return bodyExcerpt;
    }

    /** The raw {@code Retry-After} header, if any. */
    String getRetryAfter() {
        return retryAfter;
    }

    /** The {@code Location} of a redirect, if any (shown, never followed). */
    public String getLocation() {
        return location;
    }

    /** Whether the error code or message says the key is locked or throttled (five failed logins lock it). */
    boolean mentionsKeyLock() {
        String m = errorMessage == null ? "" : errorMessage.toLowerCase(Locale.ROOT);
        return m.contains("reach the limit") || m.contains("locked");
    }

    /** A 401 saying the token expired or became invalid: worth one fresh token, never more. */
    boolean isTokenRejection() {
        if (status != 401 || errorMessage == null) {
            return false;
        }
        String m = errorMessage.toLowerCase(Locale.ROOT);
        return m.contains("token expire") || m.contains("decrypt token") || m.contains("token is invalid");
    }
}
