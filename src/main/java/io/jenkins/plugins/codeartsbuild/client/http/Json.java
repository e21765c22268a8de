package io.jenkins.plugins.codeartsbuild.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;

/**
 * The one pre-configured {@link ObjectMapper}: unknown fields ignored, tree model only, and a body is one JSON value
 * or none (content after it, such as a second object, makes it unreadable rather than half read).
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    /** The media type of every JSON body the client sends. */
    public static final MediaType MEDIA_TYPE = MediaType.get("application/json;charset=utf8");

    private Json() {}

    /** The parsed body, or {@code null} when it is empty or not JSON (truncated, HTML, ...). */
    public static JsonNode readTreeOrNull(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A scalar field as text, {@code null} when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
