package io.jenkins.plugins.codeartsbuild.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException.Failure;
import java.io.IOException;

/** Reading the answers of {@code POST /v3/jobs/{job_id}/delete}. */
final class DeleteResponse {

    private DeleteResponse() {}

    /**
     * A 200 answer: {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. A
     * {@code result.job_id} naming another job is a failure; ids that are not plain are left out of the result.
     */
    static DeleteJobResult parse(HttpReply reply, String jobId, int attempt) throws CodeArtsApiException {
        Success answer = Success.read(reply.body());
        if (answer == null || !"success".equals(answer.status)) {
            throw CodeArtsApiException.of(Failure.MALFORMED_ANSWER, reply);
        }
        if (answer.jobId != null && !answer.jobId.equalsIgnoreCase(jobId)) {
            throw CodeArtsApiException.wrongJob(reply, answer.jobId);
        }
        return new DeleteJobResult(
                jobId, reply.safeId(answer.projectId), reply.requestId(answer.requestId), attempt, false);
    }

    /**
     * The fields of a success, read with the streaming parser (this runs for every delete; a tree costs more):
     * {@code status}, {@code request_id}, {@code result.job_id}, {@code result.project_id} as text, everything else
     * skipped.
     */
    private static final class Success {
        String status;
        String requestId;
        String jobId;
        String projectId;

        /** {@code null} when the body is not one JSON object. */
        static Success read(String body) {
            if (body == null || body.isBlank()) {
                return null;
            }
            Success s = new Success();
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

    /**
     * A 404 that CodeArts Build itself gave: its error shape with a {@code CB.} code. A gateway 404
     * ({@code APIG.*}: no such API, wrong host or path), or one from anything else (a web server, a proxy, another
     * application), never means that the job is gone.
     */
    static boolean isJobNotFound(CodeArtsApiException e) {
        String code = e.getErrorCode();
        return e.getFailure() == Failure.HTTP_ERROR
                && e.getStatus() == 404
                && e.getService() == Service.CODEARTS_BUILD
                && code != null
                && code.startsWith("CB.");
    }
}
