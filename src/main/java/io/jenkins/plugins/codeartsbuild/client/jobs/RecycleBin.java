package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The CodeArts Build recycle bin: {@code POST /v1/job/recycling-restoration} puts a job back,
 * {@code DELETE /v1/job/recycling-deletion} removes it for good (a DELETE with a JSON body, authenticated like any
 * other request), both with {@code {"job_ids":[…]}} of one id, so that each job gets its own outcome (whether the API
 * reports a partial success is not documented). Its list is read by {@link RecycleBinLister}.
 */
public final class RecycleBin {

    private final Exchange exchange;
    private final HttpUrl base;

    /** @param codeArtsBuild the CodeArts Build endpoint */
    public RecycleBin(Exchange exchange, HttpUrl codeArtsBuild) {
        this.exchange = exchange;
        this.base = codeArtsBuild;
    }

    /** The jobs in the bin whose name {@code names} keeps ({@code null}: all), read page by page. */
    RecycleBinLister.Listing list(String search, Predicate<String> names, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        return new RecycleBinLister(exchange, base).list(search, names, listener);
    }

    /** Restores one job; the request id of the answer, or {@code null}. */
    public Call restore(String jobId, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        return send("recycling-restoration", false, jobId, listener, pacer);
    }

    /** Removes one job from the bin, for good; the request id of the answer, or {@code null}. */
    public Call purge(String jobId, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        return send("recycling-deletion", true, jobId, listener, pacer);
    }

    /** A call that succeeded: its request id ({@code null}: none) and the requests it took. */
    public record Call(String requestId, int attempts) {}

    private Call send(String operation, boolean delete, String jobId, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        String id = JobIds.check(jobId);
        HttpUrl url = base.newBuilder()
                .addPathSegment("v1")
                .addPathSegment("job")
                .addPathSegment(operation)
                .build();
        RequestBody body = RequestBody.create(idsBody(id), Json.MEDIA_TYPE);
        return exchange.send(
                () -> delete
                        ? new Request.Builder().url(url).delete(body)
                        : new Request.Builder().url(url).post(body),
                listener,
                pacer,
                (reply, attempt, mayHaveTakenEffect) -> {
                    RecycleAnswer.successful(reply);
                    return new Call(reply.requestId(null), attempt);
                });
    }

    /** {@code {"job_ids":["<id>"]}}, written by Jackson (the id passed the id rule: letters and digits only). */
    static byte[] idsBody(String id) {
        ArrayNode ids = Json.MAPPER.createArrayNode().add(id);
        JsonNode root = Json.MAPPER.createObjectNode().set("job_ids", ids);
        try {
            return Json.MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON of a job id", e);
        }
    }
}
