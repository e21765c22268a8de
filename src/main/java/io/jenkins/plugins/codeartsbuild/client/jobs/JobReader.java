package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.ApiCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection.NameMatch;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Reads CodeArts Build's answers about jobs (a page of a job list, a job's info), defensively, cleaned for logs and
 * results.
 */
record JobReader(ApiCaller api, HttpUrl base, Clock clock) {

    /**
     * What a page gave: the jobs the name matched, in list order, with what the filter made of each
     * ({@code NEVER_BUILT}: never built and not known to be older than its cutoff); the ids of the entries the name
     * did not match, or of another project; the entries it had, and those the name matched that have no usable id;
     * the total it gave ({@code -1}: none); whether any entry carried a last build time at all.
     */
    record Read(
            List<BuildJob> jobs,
            List<Verdict> verdicts,
            List<String> otherNamed,
            int size,
            int unusable,
            int total,
            boolean carriesTime) {}

    /** A job's info: whether it exists, and its creation time ({@code null}: unsaid, implausible, or another job). */
    record Info(BuildJob job, boolean exists, Instant created) {}

    /** Page {@code index} of the job list a look-up by name reads, its jobs judged by its filter as of {@code now}. */
    Read read(JobSelection selection, int index, Instant now, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        String project = selection.codeArtsProjectId();
        NameMatch match = selection.nameMatch();
        HttpUrl.Builder url = base.newBuilder().addPathSegments("v1/job");
        if (project != null) {
            url.addPathSegment(JobIds.checkProjectId(project));
        }
        url.addPathSegment("list").addQueryParameter("page_index", String.valueOf(index));
        return page(api, url, match, listener, pacer, (reply, attempt, mayHaveTakenEffect) -> {
            JsonNode root = successful(reply, false);
            JsonNode listed = project != null ? root : root.path("result");
            JsonNode list = entries(reply, listed.path(project != null ? "jobs" : "job_list"));
            // a total below the entries up to this page's end is none: the pages are read until a short one
            int given = HttpReply.count(listed.path("total"), Integer.MAX_VALUE);
            int total = given < (long) index * JobLister.PAGE_SIZE + list.size() ? -1 : given;
            List<BuildJob> jobs = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            List<String> otherNamed = new ArrayList<>();
            boolean carriesTime = false;
            int unusable = 0;
            for (JsonNode item : list) {
                carriesTime |= item.has("last_build_time");
                String id = HttpReply.text(item, "id");
                // a project's entries name no project: one naming another is not of the selection, and is spared
                String in = project != null ? HttpReply.text(item, "project_id") : null;
                boolean named = match.test(HttpReply.text(item, "job_name"))
                        && (Texts.isBlank(in) || in.equalsIgnoreCase(project));
                if (!JobIds.isValid(id)) {
                    unusable += named ? 1 : 0;
                } else if (!named) {
                    otherNamed.add(id);
                } else {
                    BuildJob job = job(reply, item, project, id, now);
                    jobs.add(job);
                    verdicts.add(selection.filter().verdict(job, now));
                }
            }
            return new Read(jobs, verdicts, otherNamed, list.size(), unusable, total, carriesTime);
        });
    }

    /**
     * A page of a list (the job list's or the recycle bin's): {@code url} with {@code page_size} and, when
     * {@code names} give one, {@code search}, read up to {@link HttpCaller#PAGE_CAP}.
     */
    static <T> T page(
            ApiCaller api,
            HttpUrl.Builder url,
            NameMatch names,
            ClientListener listener,
            Pacer pacer,
            ApiCaller.Reading<T> reading)
            throws CodeArtsException, InterruptedException {
        url.addQueryParameter("page_size", String.valueOf(JobLister.PAGE_SIZE));
        if (names != null && !Texts.isBlank(names.search())) {
            url.addQueryParameter("search", names.search());
        }
        HttpUrl pageUrl = url.build();
        return api.send(() -> new Request.Builder().url(pageUrl), listener, pacer, HttpCaller.PAGE_CAP, reading);
    }

    /** A page's entries: more than a page holds is not a page of the list, and is refused, not read. */
    static JsonNode entries(HttpReply reply, JsonNode list) throws CodeArtsApiException {
        if (!list.isArray() || list.size() > JobLister.PAGE_SIZE) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        return list;
    }

    /** One job's info, for a dry run or the creation time of a job never built; a missing job is not a failure. */
    Info info(String jobId, ClientListener listener, Pacer pacer) throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v1/job/" + JobIds.check(jobId) + "/info")
                .build();
        try {
            return api.send(
                    () -> new Request.Builder().url(url), listener, pacer, (reply, attempt, mayHaveTakenEffect) -> {
                        JsonNode result = successful(reply, false).path("result");
                        if (!result.isObject()) {
                            throw reply.error(Failure.MALFORMED_ANSWER);
                        }
                        // the job asked for, whatever id the answer names: that one is only warned about, and its
                        // name, permission and creation time are not taken for this job's
                        String named =
                                DeleteBatch.otherJobConfirmed(reply, jobId, HttpReply.text(result, "id"), listener);
                        Instant created = named == null
                                ? BuildTimes.time(result.path("create_time"), false, clock.instant())
                                : null;
                        BuildJob job = named == null ? job(reply, result, null, jobId, null) : BuildJob.ofId(jobId);
                        return new Info(job, true, created);
                    });
        } catch (CodeArtsApiException e) {
            if (e.saysJobMissing()) {
                return new Info(BuildJob.ofId(jobId), false, null);
            }
            throw e;
        }
    }

    /** A job from {@code item} with a valid {@code id}; its last build as of {@code now} (null for an info answer). */
    static BuildJob job(HttpReply reply, JsonNode item, String project, String id, Instant now) {
        String user = HttpReply.text(item, "user_name");
        return new BuildJob(
                id,
                reply.quoted(HttpReply.text(item, "job_name"), 200),
                project != null ? project : reply.safeId(HttpReply.text(item, "project_id")),
                reply.quoted(HttpReply.text(item, "project_name"), 200),
                flag(item, "is_delete").orElse(null),
                flag(item, "disabled").orElse(null),
                now == null ? LastBuild.UNKNOWN : BuildTimes.lastBuild(item, now),
                reply.quoted(HttpReply.text(item, "last_build_status"), 40),
                reply.quoted(user != null ? user : HttpReply.text(item, "job_creator"), 200));
    }

    /** A yes/no field ({@code true}/{@code false}, as JSON booleans or text); empty when absent or anything else. */
    static Optional<Boolean> flag(JsonNode item, String field) {
        JsonNode v = item.path(field);
        String text = v.isBoolean() || v.isTextual() ? v.asText() : "";
        return text.equals("true") || text.equals("false") ? Optional.of(text.equals("true")) : Optional.empty();
    }

    /**
     * The JSON object of a 200 answer that says success. A job list's or job info's {@code status}, when there is one,
     * is {@code success}. The recycle bin ({@code bin}) answers in two documented shapes,
     * {@code {"status":"success","error":null,…}} and {@code {"success":true,"message":…,"err_code":…}}: one that says
     * neither is not taken for a success. HTTP 200 with a field saying anything but success is a refusal, with the
     * answer's error.
     */
    static JsonNode successful(HttpReply reply, boolean bin) throws CodeArtsApiException {
        if (reply.status() != 200) {
            throw reply.error();
        }
        JsonNode root = reply.json();
        if (!root.isObject()) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        JsonNode status = root.get("status");
        JsonNode success = root.get("success");
        boolean saysStatus = bin ? status != null && status.isTextual() : HttpReply.text(root, "status") != null;
        boolean saysSuccess = bin && success != null && (success.isBoolean() || success.isTextual());
        if (bin && !saysStatus && !saysSuccess) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        // either field saying anything but success refuses: one of them saying success is not enough
        if ((saysStatus && !status.asText().equals("success"))
                || (saysSuccess && !success.asText().equals("true"))) {
            throw reply.error(Failure.REFUSED);
        }
        return root;
    }
}
