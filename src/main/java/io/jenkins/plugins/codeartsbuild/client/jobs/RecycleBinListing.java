package io.jenkins.plugins.codeartsbuild.client.jobs;

import static io.jenkins.plugins.codeartsbuild.client.jobs.JobLister.MAX_PAGES;
import static io.jenkins.plugins.codeartsbuild.client.jobs.JobLister.PAGE_SIZE;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.jobs.RecycleBin.Job;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection.NameMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * What the recycle bin holds, read with {@code GET /v1/job/recycling-jobs} page after page: the bin's jobs (each id
 * once, the first of an id wins, without a project if its entries differ on it; none that an entry also lists under a
 * name the selection does not match: how many of the name's jobs that left out, {@code twins}), and by id
 * ({@link #job}); the entries the name matched (all, without one) left out for want of a usable id, the pages read,
 * and how many days the bin keeps a job ({@code null}: not said).
 *
 * <p>Its paging is documented both as {@code page_no} from 1 (what the SDK sends, and what is sent first) and as
 * {@code page_index} from 0: a server that answers page 2 with page 1's jobs is asked again by {@code page_index},
 * and if that repeats page 1 too the list is refused rather than read wrong. Entries without an id that passes the id
 * rule are left out, and counted when the name matches them. Its pages are as large, and as many at most, as a job
 * list's ({@link JobLister}).
 */
record RecycleBinListing(List<Job> jobs, Map<String, Job> byId, int unusable, int twins, int pages, Integer keepDays) {

    /** The jobs of a page the name matched, the ids of its other entries with one, and its counts. */
    private record Page(List<Job> jobs, List<String> others, int size, int unusable, int total, Integer keepDays) {}

    /** The jobs whose name as the bin gives it {@code names} matches ({@code null}: all, and no search). */
    static RecycleBinListing read(RecycleBin bin, NameMatch names, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        Map<String, Job> unique = new LinkedHashMap<>();
        boolean byIndex = false;
        Page first = page(bin, names, false, 1, listener);
        int unusable = first.unusable();
        first.jobs().forEach(j -> unique.merge(j.id(), j, RecycleBinListing::twin));
        List<String> others = new ArrayList<>(first.others()); // which name is the job's is not known: left alone
        int pages = 1;
        Page last = first;
        // a full page may have a next one; a total says whether it does, unless it is below the entries read (none)
        while (last.size() >= PAGE_SIZE && (last.total() < 0 || (long) pages * PAGE_SIZE != last.total())) {
            if (pages == MAX_PAGES) {
                throw new CodeArtsValidationException(
                        Problem.BIN_TOO_LARGE, String.valueOf(MAX_PAGES * PAGE_SIZE), String.valueOf(unique.size()));
            }
            Page next = page(bin, names, byIndex, pages + 1, listener);
            if (pages == 1 && sameJobs(first, next)) {
                // page_no ignored: the same first page again. Ask for the second page as page_index counts it
                byIndex = true;
                next = page(bin, names, true, 2, listener);
                if (sameJobs(first, next)) {
                    throw new CodeArtsValidationException(Problem.BIN_NOT_PAGED, String.valueOf(first.size()));
                }
            }
            pages++;
            unusable += next.unusable();
            next.jobs().forEach(j -> unique.merge(j.id(), j, RecycleBinListing::twin));
            others.addAll(next.others());
            last = next;
        }
        int matched = unique.size();
        unique.keySet().removeAll(new HashSet<>(others));
        int twins = matched - unique.size();
        return new RecycleBinListing(List.copyOf(unique.values()), unique, unusable, twins, pages, first.keepDays());
    }

    /** The job of exactly this id, else the only one whose id differs in case alone (several: none, ambiguous). */
    Job job(String id) {
        List<Job> alike =
                jobs.stream().filter(j -> j.id().equalsIgnoreCase(id)).limit(2).toList();
        return byId.containsKey(id) ? byId.get(id) : alike.size() == 1 ? alike.get(0) : null;
    }

    /** An id listed twice: its first entry, without a project when the two differ (which is the job's is not known). */
    private static Job twin(Job first, Job again) {
        boolean same = Objects.equals(first.codeArtsProjectId(), again.codeArtsProjectId());
        return same ? first : new Job(first.id(), first.name(), null, first.deletedAt());
    }

    /** Whether two pages list the same ids (those the name matched, then the others): an empty page is none. */
    private static boolean sameJobs(Page a, Page b) {
        List<String> ids = a.jobs().stream().map(Job::id).toList();
        return (!ids.isEmpty() || !a.others().isEmpty())
                && ids.equals(b.jobs().stream().map(Job::id).toList())
                && a.others().equals(b.others());
    }

    /** Page {@code number}, counted from 1 whatever the paging parameter. */
    private static Page page(RecycleBin bin, NameMatch names, boolean byIndex, int number, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        HttpUrl.Builder url = bin.codeArtsBuild()
                .newBuilder()
                .addPathSegments("v1/job/recycling-jobs")
                .addQueryParameter(byIndex ? "page_index" : "page_no", String.valueOf(byIndex ? number - 1 : number));
        return JobReader.page(
                bin.api(),
                url,
                names,
                listener,
                Pacer.NONE,
                (reply, attempt, mayHaveTakenEffect) -> read(
                        reply, names == null ? n -> true : names, bin.clock().instant()));
    }

    private static Page read(HttpReply reply, Predicate<String> keeps, Instant now) throws CodeArtsApiException {
        JsonNode result = JobReader.successful(reply, true).path("result");
        JsonNode list = JobReader.entries(reply, result.path("job_list"));
        List<Job> jobs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int unusable = 0;
        for (JsonNode item : list) {
            String id = item.isObject() ? HttpReply.text(item, "job_id") : null;
            String name = item.isObject() ? HttpReply.text(item, "job_name") : null;
            if (!JobIds.isValid(id)) {
                unusable += keeps.test(name) ? 1 : 0;
                continue;
            }
            if (keeps.test(name)) { // by ids every entry, named or not; by name only those it matches
                jobs.add(new Job(
                        id,
                        reply.quoted(name, 200),
                        reply.safeId(HttpReply.text(item, "project_id")),
                        BuildTimes.time(item.path("delete_time_stamp"), true, now)));
            } else {
                others.add(id);
            }
        }
        int keepDays = HttpReply.count(result.path("keep_time"), 3650);
        return new Page(
                jobs,
                others,
                list.size(),
                unusable,
                HttpReply.count(result.path("total"), Integer.MAX_VALUE),
                keepDays < 0 ? null : keepDays);
    }
}
