package io.jenkins.plugins.codeartsbuild.client.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error fields of an answer, read defensively: {@code error_code}/{@code error_msg}, else
 * {@code code}/{@code message} (with {@code err_code}), else the same inside a nested {@code error} object (IAM) or
 * an {@code error} text; else nothing, and the
 * caller shows the body shortened and stripped of markup. Anything that is not JSON is never parsed further.
 */
public record ErrorBody(String code, String message, String requestId) {

    static final ErrorBody NONE = new ErrorBody(null, null, null);

    public static ErrorBody parse(String body) {
        JsonNode root = Json.readTreeOrNull(body);
        if (root == null || !root.isObject()) {
            return NONE;
        }
        String requestId = Json.text(root, "request_id");
        ErrorBody top = fields(root, requestId);
        if (top.code != null || top.message != null) {
            return top;
        }
        JsonNode nested = root.get("error");
        if (nested != null && nested.isObject()) {
            return fields(nested, requestId != null ? requestId : Json.text(nested, "request_id"));
        }
        if (nested != null && nested.isTextual() && !nested.asText().isBlank()) {
            return new ErrorBody(null, nested.asText(), requestId); // the recycle bin's {"status":"fail","error":"…"}
        }
        return new ErrorBody(null, null, requestId);
    }

    private static ErrorBody fields(JsonNode node, String requestId) {
        String code = Json.text(node, "error_code");
        String message = Json.text(node, "error_msg");
        if (code == null && message == null) {
            code = Json.text(node, "code");
            message = Json.text(node, "message");
        }
        if (code == null) {
            code = Json.text(node, "err_code"); // the recycle bin's answers as the SDK models them
        }
        return new ErrorBody(code, message, requestId);
    }
}
