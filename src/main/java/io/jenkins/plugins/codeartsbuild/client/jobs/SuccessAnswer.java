package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a delete's success, as text: {@code status}, {@code request_id}, {@code result.job_id},
 * {@code result.project_id}; everything else is skipped. Read for every delete, so read cheaply: by a quick reader
 * for small plain JSON, else by Jackson's streaming parser (a tree costs more).
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

    /** {@code null} when the body is not one JSON object. */
    static SuccessAnswer read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        SuccessAnswer quick = quick(body);
        return quick != null ? quick : readWithJackson(body);
    }

    /** The quick reader alone: {@code null} when it gives way to Jackson. */
    static SuccessAnswer quick(String body) {
        return new Quick(body).read();
    }

    /** The same as {@link #read}, with Jackson only; for the tests that hold the quick reader to it. */
    static SuccessAnswer readWithJackson(String body) {
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

    /**
     * A reader for the common case, a small, plain JSON object, without the cost of a Jackson parser (its
     * creation allocates more than the rest of a delete): it accepts only what it fully checks as valid JSON
     * (strings without escapes or control characters, numbers as the grammar has them, literals, nesting up to
     * a depth), and otherwise gives up ({@code null}) and leaves the answer to Jackson. What it reads is what
     * Jackson reads.
     */
    private static final class Quick {
        private static final int MAX_DEPTH = 32;
        /** Whose fields an object holds: none to keep, the answer's own, or its {@code result}'s. */
        private static final int SKIP = 0;

        private static final int TOP = 1;
        private static final int RESULT = 2;

        private final String s;
        private int i;

        Quick(String s) {
            this.s = s;
        }

        SuccessAnswer read() {
            SuccessAnswer out = new SuccessAnswer();
            skipSpace();
            if (!object(0, out, TOP)) {
                return null;
            }
            skipSpace();
            return i == s.length() ? out : null;
        }

        private boolean object(int depth, SuccessAnswer out, int role) {
            if (depth > MAX_DEPTH || !take('{')) {
                return false;
            }
            skipSpace();
            if (take('}')) {
                return true;
            }
            while (true) {
                int keyStart = i + 1;
                if (!string()) {
                    return false;
                }
                int keyEnd = i - 1;
                skipSpace();
                if (!take(':')) {
                    return false;
                }
                skipSpace();
                int valueStart = i;
                if (role == TOP && is("result", keyStart, keyEnd) && peek() == '{') {
                    if (!object(depth + 1, out, RESULT)) {
                        return false;
                    }
                } else if (!value(depth + 1)) {
                    return false;
                } else if (role == TOP && is("status", keyStart, keyEnd)) {
                    out.status = scalar(valueStart);
                } else if (role == TOP && is("request_id", keyStart, keyEnd)) {
                    out.requestId = scalar(valueStart);
                } else if (role == RESULT && is("job_id", keyStart, keyEnd)) {
                    out.jobId = scalar(valueStart);
                } else if (role == RESULT && is("project_id", keyStart, keyEnd)) {
                    out.projectId = scalar(valueStart);
                }
                skipSpace();
                if (take('}')) {
                    return true;
                }
                if (!take(',')) {
                    return false;
                }
                skipSpace();
            }
        }

        private boolean value(int depth) {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '{') {
                return object(depth, null, SKIP);
            }
            if (c == '[') {
                return array(depth);
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            return literal("true") || literal("false") || literal("null");
        }

        private boolean array(int depth) {
            if (depth > MAX_DEPTH || !take('[')) {
                return false;
            }
            skipSpace();
            if (take(']')) {
                return true;
            }
            while (true) {
                if (!value(depth + 1)) {
                    return false;
                }
                skipSpace();
                if (take(']')) {
                    return true;
                }
                if (!take(',')) {
                    return false;
                }
                skipSpace();
            }
        }

        /** A string without escapes or control characters (anything else: give up). */
        private boolean string() {
            if (!take('"')) {
                return false;
            }
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return true;
                }
                if (c == '\\' || c < 0x20) {
                    return false;
                }
            }
            return false;
        }

        /** {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?} */
        private boolean number() {
            take('-');
            if (take('0')) {
                // no more digits may follow a leading zero
            } else if (!digits()) {
                return false;
            }
            if (take('.') && !digits()) {
                return false;
            }
            if (take('e') || take('E')) {
                if (!take('+')) {
                    take('-');
                }
                return digits();
            }
            return i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9';
        }

        private boolean digits() {
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            return i > start;
        }

        private boolean literal(String word) {
            if (s.startsWith(word, i)) {
                i += word.length();
                return true;
            }
            return false;
        }

        /** The value that ended at {@code i}, as Jackson's {@code getText()} has it; null for null, objects, arrays. */
        private String scalar(int start) {
            char c = s.charAt(start);
            if (c == '"') {
                return s.substring(start + 1, i - 1);
            }
            return c == '{' || c == '[' || s.startsWith("null", start) ? null : s.substring(start, i);
        }

        /** Whether the key between {@code start} and {@code end} is {@code name}, without copying it. */
        private boolean is(String name, int start, int end) {
            return end - start == name.length() && s.startsWith(name, start);
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : 0;
        }

        private boolean take(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                i++;
            }
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
