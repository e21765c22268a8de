package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a delete's success, as text: {@code status}, {@code request_id}, {@code result.job_id},
 * {@code result.project_id}; everything else is skipped. Read for every delete, so read with Jackson's streaming
 * parser rather than a tree.
 */
final class SuccessAnswer {
    String status;
    String requestId;
    String jobId;
    String projectId;

    /** The four fields as a list, to compare readings. */
    List<String> fields() {
        return Arrays.asList(status, requestId, jobId, projectId);
    }

    /**
     * {@code null} when the body is not one JSON object. A field that is not a scalar reads as {@code null}; a
     * number or a literal as its text; a field given twice as its last value.
     */
    static SuccessAnswer read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        SuccessAnswer s = new SuccessAnswer();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("result") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        JsonToken v = p.nextToken();
                        if (inner.equals("job_id")) {
                            s.jobId = scalar(p, v);
                        } else if (inner.equals("project_id")) {
                            s.projectId = scalar(p, v);
                        } else {
                            p.skipChildren();
                        }
                    }
                } else if (field.equals("status")) {
                    s.status = scalar(p, value);
                } else if (field.equals("request_id")) {
                    s.requestId = scalar(p, value);
                } else {
                    p.skipChildren();
                }
            }
            return p.nextToken() == null ? s : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }
}
