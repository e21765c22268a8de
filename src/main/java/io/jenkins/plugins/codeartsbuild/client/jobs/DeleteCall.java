package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The delete call, {@code POST /v3/jobs/{job_id}/delete}, and how its answers are read. */
public final class DeleteCall {

    private static final RequestBody EMPTY_JSON = RequestBody.create(new byte[0], Json.MEDIA_TYPE);

    private final Exchange exchange;
    private final HttpUrl jobsUrl;

    /** @param jobsUrl the endpoint's {@code /v3/jobs} */
    public DeleteCall(Exchange exchange, HttpUrl jobsUrl) {
        this.exchange = exchange;
        this.jobsUrl = jobsUrl;
    }

    /**
     * Deletes one job: {@link Status.Delete#DELETED}, or {@link Status.Delete#ALREADY_GONE}. Success is HTTP 200
     * with {@code status == "success"}. A 404 that CodeArts Build gave for a missing job is a success ("already
     * deleted") when {@code ignoreMissing} is set, or when an earlier attempt may have deleted the job before its
     * answer was lost; every other failure left after the retry policy is thrown.
     */
    Outcome send(BuildJob job, boolean ignoreMissing, ClientListener events, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        String id = JobIds.check(job.id());
        HttpUrl url =
                jobsUrl.newBuilder().addPathSegment(id).addPathSegment("delete").build();
        return exchange.send(
                () -> new Request.Builder().url(url).post(EMPTY_JSON), events, pacer, (reply, attempt, mayBeGone) -> {
                    if (reply.status() == 200) {
                        Outcome deleted = DeleteResponse.parse(reply, job, attempt);
                        if (deleted.confirmedJobId() != null) {
                            events.onOtherJobConfirmed(id, deleted.confirmedJobId());
                        }
                        return deleted;
                    }
                    CodeArtsApiException error = reply.error();
                    if (error.saysJobMissing() && (ignoreMissing || mayBeGone)) {
                        // found gone: before this call could delete it, unless an earlier attempt may have
                        return Outcome.done(
                                        id,
                                        job.name(),
                                        job.projectId(),
                                        Status.Delete.ALREADY_GONE,
                                        error.getRequestId(),
                                        attempt)
                                .goneBeforeThisCall(!mayBeGone);
                    }
                    throw error;
                });
    }
}
