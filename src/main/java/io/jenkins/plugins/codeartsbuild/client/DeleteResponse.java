package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException.Failure;

/** Reading the answers of {@code POST /v3/jobs/{job_id}/delete}. */
final class DeleteResponse {

    private DeleteResponse() {}

    /**
     * A 200 answer: {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. A
     * {@code result.job_id} naming another job is a failure; ids that are not plain are left out of the result.
     */
    static DeleteJobResult parse(HttpReply reply, String jobId, int attempt) throws CodeArtsApiException {
        SuccessAnswer answer = SuccessAnswer.read(reply.body());
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
