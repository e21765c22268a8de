package io.jenkins.plugins.codeartsbuild.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorAnswer;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * An answer as the client keeps it: status, headers and the body read up to a cap, with what was asked and the
 * secrets the request carried (the key's, its token or signature), so that nothing quoted from the answer can repeat
 * them. Its JSON is read with Jackson's tree ({@link #json()}), and a failure from its error fields ({@link #error()}).
 *
 * @param headers as received: for parsing only, never to be quoted as they are
 * @param body at most {@link HttpCaller#BODY_CAP} decoded bytes of it ({@link HttpCaller#PAGE_CAP} for a page of a job
 *     list), for parsing only
 */
public record HttpReply(
        Service service, Request request, int status, Headers headers, String body, List<String> secrets) {

    /**
     * The one pre-configured {@link ObjectMapper}: unknown fields ignored, tree model only, and a body is one JSON
     * value or none (content after it, such as a second object, makes it unreadable rather than half read).
     */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    /** Keeps the secrets that are there: {@code null} and blank ones say nothing to remove. */
    public HttpReply {
        secrets = List.copyOf(secrets.stream().filter(s -> !Texts.isBlank(s)).toList());
    }

    /** The body parsed, or a missing node when empty or not JSON, so that {@link JsonNode#path} reads on unchecked. */
    public JsonNode json() {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** A scalar field as text, {@code null} when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /** A count from 0 to {@code max}, or -1 when the node is none such (a fraction too: never truncated to one). */
    public static int count(JsonNode n, int max) {
        return n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 0 && n.asInt() <= max ? n.asInt() : -1;
    }

    /** Removes what the request carried (the SK, a token, a signature) from text taken from this answer. */
    public String redact(String text) {
        return Texts.redact(text, secrets);
    }

    /** Text from this answer, secrets removed, on one line of at most {@code max} chars; {@code null} if empty. */
    public String quoted(String text, int max) {
        String line = Texts.oneLine(redact(text), max);
        return line.isEmpty() ? null : line;
    }

    /** An id from this answer; {@code null} unless plain ({@link Texts#safeId}) and free of the request's secrets. */
    public String safeId(String raw) {
        String id = Texts.safeId(raw);
        return id == null || secrets.stream().anyMatch(id::contains) ? null : id;
    }

    /** The request id of this answer: {@code X-Request-Id}, else {@code fromBody}, the first that is a plain id. */
    public String requestId(String fromBody) {
        String id = safeId(headers.get("X-Request-Id"));
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
        String path = request.url().encodedPath();
        return new CodeArtsApiException(
                failure, service, status, request.method(), path, headers.get("Retry-After"), answer);
    }

    /**
     * What the answer says, each field cleaned, parsed once per failure. The error fields are read defensively:
     * {@code error_code}/{@code error_msg}, else {@code code}/{@code message} (with {@code err_code}), else the same
     * inside a nested {@code error} object (IAM) or an {@code error} text; else none, and the message shows the body
     * shortened and stripped of markup. Anything that is not JSON is never parsed further.
     */
    private ErrorAnswer answer() {
        JsonNode root = json();
        JsonNode nested = root.get("error");
        String[] fields = errorFields(root);
        String requestId = text(root, "request_id");
        if (fields[0] == null && fields[1] == null && nested != null) {
            if (nested.isObject()) {
                fields = errorFields(nested);
                requestId = requestId != null ? requestId : text(nested, "request_id");
            } else if (nested.isTextual() && !nested.asText().isBlank()) {
                fields[1] = nested.asText(); // the recycle bin's {"status":"fail","error":"…"}
            }
        }
        return new ErrorAnswer(
                Texts.safeId(redact(fields[0])),
                quoted(fields[1], CodeArtsApiException.EXCERPT_LENGTH),
                firstSafeId(headers.get("X-Request-Id"), requestId, headers.get("X-IAM-Trace-Id")),
                Texts.excerpt(redact(body), CodeArtsApiException.EXCERPT_LENGTH),
                quoted(Texts.withoutUserInfo(headers.get("Location")), 200));
    }

    /** An error's code and message, as the fields of {@code node} name them. */
    private static String[] errorFields(JsonNode node) {
        String code = text(node, "error_code");
        String message = text(node, "error_msg");
        if (code == null && message == null) {
            code = text(node, "code");
            message = text(node, "message");
        }
        if (code == null) {
            code = text(node, "err_code"); // the recycle bin's answers as the SDK models them
        }
        return new String[] {code, message};
    }

    /** The first of the candidates that is a plain id once the request's secrets are removed. */
    private String firstSafeId(String... candidates) {
        for (String candidate : candidates) {
            String id = Texts.safeId(redact(candidate));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * What the answer was, without its headers, body or the secrets it holds: a record's own {@code toString()} would
     * print the SK, the request's {@code X-Auth-Token} and IAM's {@code X-Subject-Token}.
     */
    @Override
    public String toString() {
        return "HttpReply[" + service + " " + request.method() + " "
                + request.url().encodedPath() + " -> " + status + "]";
    }
}
