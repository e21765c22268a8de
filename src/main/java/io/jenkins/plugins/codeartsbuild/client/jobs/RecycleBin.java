package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.ApiCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Purge;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Restore;
import java.time.Clock;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The CodeArts Build recycle bin ({@link RecycleBinListing} reads what it holds).
 * {@code POST /v1/job/recycling-restoration} puts a job back, {@code DELETE /v1/job/recycling-deletion} removes it for
 * good (a DELETE with a JSON body, authenticated like any other request), both with {@code {"job_ids":[…]}} of one
 * id, so that each job gets its own outcome (whether the API reports a partial success is not documented).
 * Its answers say success in either of two shapes ({@link JobReader#successful}).
 */
record RecycleBin(ApiCaller api, HttpUrl codeArtsBuild, Clock clock) {

    /** A job of the bin, cleaned: a valid id, a name fit for a log line, a plain project id, when it was deleted. */
    record Job(String id, String name, String codeArtsProjectId, Instant deletedAt) {

        /** The job (in a dry run) would be restored, or nothing is known of what was done. */
        Outcome outcome(Restore status) {
            return Outcome.of(id, name, codeArtsProjectId, status).withDeletedAt(deletedAt);
        }

        Outcome failed(Status failed, CodeArtsException e) {
            return Outcome.failed(id, name, codeArtsProjectId, failed, e).withDeletedAt(deletedAt);
        }
    }

    /** Restores one job ({@link Restore#RESTORED}), or removes it from the bin for good ({@link Purge#PURGED}). */
    Outcome send(Status done, Job job, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        boolean purge = done == Purge.PURGED;
        HttpUrl url = codeArtsBuild
                .newBuilder()
                .addPathSegments(purge ? "v1/job/recycling-deletion" : "v1/job/recycling-restoration")
                .build();
        // {"job_ids":["<id>"]}, written by Jackson (the id passed the id rule: letters and digits only)
        ObjectNode ids = HttpReply.MAPPER.createObjectNode();
        ids.putArray("job_ids").add(JobIds.check(job.id()));
        RequestBody body = RequestBody.create(ids.toString(), HttpCaller.JSON);
        return api.send(
                () -> new Request.Builder().url(url).method(purge ? "DELETE" : "POST", body),
                listener,
                pacer,
                (reply, attempt, mayHaveTakenEffect) -> {
                    JobReader.successful(reply, true);
                    return Outcome.done(
                                    job.id(), job.name(), job.codeArtsProjectId(), done, reply.requestId(null), attempt)
                            .withDeletedAt(job.deletedAt());
                });
    }
}
