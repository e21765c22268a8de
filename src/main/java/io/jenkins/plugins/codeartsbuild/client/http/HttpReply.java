package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorAnswer;
import io.jenkins.plugins.codeartsbuild.client.core.Secrets;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * An answer as the client keeps it: status, headers and the body read up to a cap, with what was asked and the
 * secrets the request carried, so that nothing quoted from the answer can repeat them.
 */
public final class HttpReply {

    private final Service service;
    private final int status;
    private final Headers headers;
    private final String body;
    private final Request request;
    private final Secrets secrets;

    /** An answer to no particular request, for tests of the parsing. */
    public HttpReply(Service service, String method, String path, int status, Headers headers, String body) {
        this(
                service,
                new Request.Builder()
                        .url("http://localhost" + path)
                        .method(method, method.equals("GET") ? null : RequestBody.create(new byte[0], null))
                        .build(),
                status,
                headers,
                body,
                Secrets.NONE);
    }

    /** @param keySecrets the secrets of the key; the request's own (token, signature) are added to them */
    HttpReply(Service service, Request request, int status, Headers headers, String body, Secrets keySecrets) {
        this.service = service;
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.secrets = HttpCaller.secretsOf(request, keySecrets);
    }

    public Service service() {
        return service;
    }

    public String method() {
        return request.method();
    }

    /** The encoded path, without query. */
    public String path() {
        return request.url().encodedPath();
    }

    public int status() {
        return status;
    }

    /** A header as received: for parsing only, never to be quoted as it is. */
    public String header(String name) {
        return headers.get(name);
    }

    /**
     * The body as text ({@link AnswerBody}): at most {@link HttpCaller#BODY_CAP} decoded bytes of it,
     * {@link HttpCaller#PAGE_CAP} for a page of a job list. For parsing only.
     */
    public String body() {
        return body;
    }

    /** Removes what the request carried (the SK, a token, a signature) from text taken from this answer. */
    public String redact(String text) {
        return text == null ? null : secrets.redact(text);
    }

    /**
     * Text taken from this answer, fit to quote: the request's secrets removed, then on one line
     * ({@link Texts#oneLine}) of at most {@code max} characters; {@code null} when nothing is left.
     */
    public String quoted(String text, int max) {
        String line = Texts.oneLine(redact(text), max);
        return line.isEmpty() ? null : line;
    }

    /**
     * An id taken from this answer (request id, project id), or {@code null} when it is not a plain id
     * ({@link Texts#safeId}) or carries a secret of the request (a plain id can only hold one raw).
     */
    public String safeId(String raw) {
        String id = Texts.safeId(raw);
        return id == null || secrets.containsRaw(id) ? null : id;
    }

    /** The request id of this answer: {@code X-Request-Id}, else {@code fromBody}, the first that is a plain id. */
    public String requestId(String fromBody) {
        String id = safeId(header("X-Request-Id"));
        return id != null ? id : safeId(fromBody);
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** This answer as a failure of the kind its status and body say ({@link ErrorAnswer#classify}). */
    public CodeArtsApiException error() {
        ErrorAnswer answer = answer();
        return error(answer.classify(service, status), answer);
    }

    /** This answer as a failure of the given kind: a 2xx that is not what was expected, say. */
    public CodeArtsApiException error(Failure failure) {
        return error(failure, answer());
    }

    private CodeArtsApiException error(Failure failure, ErrorAnswer answer) {
        return new CodeArtsApiException(failure, service, status, method(), path(), header("Retry-After"), answer);
    }

    /** What the answer says, each field cleaned, parsed once per failure. */
    private ErrorAnswer answer() {
        ErrorBody error = ErrorBody.parse(body);
        return new ErrorAnswer(
                Texts.safeId(redact(error.code())),
                quoted(error.message(), CodeArtsApiException.EXCERPT_LENGTH),
                errorRequestId(error),
                Texts.excerpt(redact(body), CodeArtsApiException.EXCERPT_LENGTH),
                quoted(Texts.withoutUserInfo(header("Location")), 200));
    }

    /** {@code X-Request-Id}, else the body's {@code request_id}, else {@code X-IAM-Trace-Id}: the first plain id. */
    private String errorRequestId(ErrorBody error) {
        for (String candidate : new String[] {header("X-Request-Id"), error.requestId(), header("X-IAM-Trace-Id")}) {
            String id = Texts.safeId(redact(candidate));
            if (id != null) {
                return id;
            }
        }
        return null;
    }
}
