package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.auth.IamClient;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.JobIds;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The delete call, {@code POST /v3/jobs/{job_id}/delete}, and how its answers are read. */
public final class DeleteCall {

    private static final RequestBody EMPTY_JSON = RequestBody.create(new byte[0], IamClient.JSON);

    private final Exchange exchange;
    private final HttpUrl jobsUrl;

    /** @param jobsUrl the endpoint's {@code /v3/jobs} */
    public DeleteCall(Exchange exchange, HttpUrl jobsUrl) {
        this.exchange = exchange;
        this.jobsUrl = jobsUrl;
    }

    /** The same call through another exchange (a batch's, which shares one guard of the key). */
    public DeleteCall with(Exchange other) {
        return new DeleteCall(other, jobsUrl);
    }

    /**
     * Deletes one job. Success is HTTP 200 with {@code status == "success"}. A 404 that CodeArts Build gave for a
     * missing job is a success ("already deleted") when {@code ignoreMissing} is set, or when an earlier attempt may
     * have deleted the job before its answer was lost; every other failure left after the retry policy is thrown.
     */
    public DeleteJobResult send(String jobId, boolean ignoreMissing, ClientListener events, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        String id = JobIds.check(jobId);
        HttpUrl url =
                jobsUrl.newBuilder().addPathSegment(id).addPathSegment("delete").build();
        return exchange.send(
                () -> new Request.Builder().url(url).post(EMPTY_JSON), events, pacer, (reply, attempt, mayBeGone) -> {
                    if (reply.status() == 200) {
                        DeleteJobResult r = DeleteResponse.parse(reply, id, attempt);
                        if (r.getConfirmedJobId() != null) {
                            events.onOtherJobConfirmed(id, r.getConfirmedJobId());
                        }
                        return r;
                    }
                    CodeArtsApiException error = reply.error();
                    if (error.saysJobMissing() && (ignoreMissing || mayBeGone)) {
                        return DeleteJobResult.foundGone(id, error.getRequestId(), attempt, mayBeGone);
                    }
                    throw error;
                });
    }
}
