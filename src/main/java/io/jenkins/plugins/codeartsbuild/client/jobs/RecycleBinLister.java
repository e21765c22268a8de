package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Reads {@code GET /v1/job/recycling-jobs}, page after page. Its paging is documented both as {@code page_no} from 1
 * (what the SDK sends, and what is sent first) and as {@code page_index} from 0: a server that answers page 2 with
 * page 1's jobs is asked again by {@code page_index}, and if that repeats page 1 too the list is refused rather than
 * read wrong. Entries without an id that passes the id rule are left out and counted.
 */
final class RecycleBinLister {

    /** Entries asked for per page (the API's most). */
    static final int PAGE_SIZE = 100;

    /** Pages read at most: {@value} × {@value #PAGE_SIZE} jobs in the bin. */
    static final int MAX_PAGES = 200;

    /**
     * The bin's jobs (each id once), the entries left out for want of a usable id, the pages read, and how many days
     * the bin keeps a job ({@code null}: not said).
     */
    record Listing(List<RecycledJob> jobs, int unusable, int pages, Integer keepDays) {
        Listing {
            jobs = List.copyOf(jobs);
        }

        /** The jobs by id, compared without regard to case (the id rule's hex digits); the first of an id wins. */
        Map<String, RecycledJob> byId() {
            Map<String, RecycledJob> byId = new HashMap<>();
            for (RecycledJob j : jobs) {
                byId.putIfAbsent(key(j.id()), j);
            }
            return byId;
        }

        /** The key of {@link #byId()} for an id. */
        static String key(String id) {
            return id.toLowerCase(Locale.ROOT);
        }
    }

    /** The jobs of a page the name matched, the ids of all its entries (to tell pages apart), and its counts. */
    private record Page(
            List<RecycledJob> jobs, List<String> ids, int size, int unusable, int total, Integer keepDays) {}

    private enum Paging {
        PAGE_NO,
        PAGE_INDEX
    }

    private final Exchange exchange;
    private final HttpUrl base;

    RecycleBinLister(Exchange exchange, HttpUrl codeArtsBuild) {
        this.exchange = exchange;
        this.base = codeArtsBuild;
    }

    /**
     * @param search what the server may narrow the list by (a substring of every name that can match), or blank
     * @param names which names to keep, matched against the name as the bin gives it; {@code null}: all
     */
    Listing list(String search, Predicate<String> names, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        Predicate<String> keeps = names == null ? n -> true : names;
        Map<String, RecycledJob> unique = new LinkedHashMap<>();
        Paging paging = Paging.PAGE_NO;
        Page first = page(search, keeps, paging, 1, listener);
        int unusable = first.unusable();
        add(unique, first);
        int pages = 1;
        Page last = first;
        while (hasMore(last, pages, unique.size())) {
            if (pages == MAX_PAGES) {
                throw new CodeArtsValidationException(
                        Problem.BIN_TOO_LARGE, String.valueOf(MAX_PAGES * PAGE_SIZE), String.valueOf(unique.size()));
            }
            Page next = page(search, keeps, paging, pages + 1, listener);
            if (pages == 1 && sameJobs(first, next)) {
                // page_no ignored: the same first page again. Ask for the second page as page_index counts it
                paging = Paging.PAGE_INDEX;
                next = page(search, keeps, paging, 2, listener);
                if (sameJobs(first, next)) {
                    throw new CodeArtsValidationException(Problem.BIN_NOT_PAGED, String.valueOf(first.size()));
                }
            }
            pages++;
            unusable += next.unusable();
            add(unique, next);
            last = next;
        }
        return new Listing(new ArrayList<>(unique.values()), unusable, pages, first.keepDays());
    }

    /** A full page may have a next one; a total, when given, says whether it does. */
    private static boolean hasMore(Page last, int pages, int seen) {
        if (last.size() < PAGE_SIZE) {
            return false;
        }
        return last.total() < 0 || (long) pages * PAGE_SIZE < last.total();
    }

    private static boolean sameJobs(Page a, Page b) {
        return !a.ids().isEmpty() && a.ids().equals(b.ids());
    }

    private static void add(Map<String, RecycledJob> unique, Page page) {
        for (RecycledJob j : page.jobs()) {
            unique.putIfAbsent(j.id(), j);
        }
    }

    /** Page {@code number}, counted from 1 whatever the paging parameter. */
    private Page page(String search, Predicate<String> keeps, Paging paging, int number, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        HttpUrl.Builder url = base.newBuilder()
                .addPathSegment("v1")
                .addPathSegment("job")
                .addPathSegment("recycling-jobs")
                .addQueryParameter(
                        paging == Paging.PAGE_NO ? "page_no" : "page_index",
                        String.valueOf(paging == Paging.PAGE_NO ? number : number - 1))
                .addQueryParameter("page_size", String.valueOf(PAGE_SIZE));
        if (!Texts.isBlank(search)) {
            url.addQueryParameter("search", search);
        }
        HttpUrl pageUrl = url.build();
        return exchange.send(
                () -> new Request.Builder().url(pageUrl),
                listener,
                Pacer.NONE,
                HttpCaller.PAGE_CAP,
                (reply, attempt, mayHaveTakenEffect) -> read(reply, keeps));
    }

    private static Page read(HttpReply reply, Predicate<String> keeps) throws CodeArtsApiException {
        JsonNode result = RecycleAnswer.successful(reply).get("result");
        JsonNode list = result == null ? null : result.get("job_list");
        if (list == null || !list.isArray() || list.size() > PAGE_SIZE) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        List<RecycledJob> jobs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int unusable = 0;
        for (JsonNode item : list) {
            String id = item.isObject() ? Json.text(item, "job_id") : null;
            if (!JobIds.isValid(id)) {
                unusable++;
                continue;
            }
            ids.add(id);
            String name = Json.text(item, "job_name");
            if (name == null || !keeps.test(name)) {
                continue;
            }
            jobs.add(new RecycledJob(
                    id,
                    reply.quoted(name, 200),
                    reply.safeId(Json.text(item, "project_id")),
                    epochSeconds(item.get("delete_time_stamp")),
                    reply.quoted(Json.text(item, "creator_name"), 200)));
        }
        return new Page(jobs, ids, list.size(), unusable, count(result.get("total")), days(result.get("keep_time")));
    }

    private static int count(JsonNode n) {
        return n != null && n.canConvertToInt() && n.asInt() >= 0 ? n.asInt() : -1;
    }

    private static Integer days(JsonNode n) {
        return n != null && n.canConvertToInt() && n.asInt() >= 0 && n.asInt() <= 3650 ? n.asInt() : null;
    }

    /**
     * A time the bin gives as a string (or number) of epoch seconds; milliseconds are recognised by their size;
     * anything else, or a time before 2000 or after 2200, is not a time.
     */
    static Instant epochSeconds(JsonNode n) {
        if (n == null || !(n.isTextual() || n.isIntegralNumber())) {
            return null;
        }
        long v;
        try {
            v = Long.parseLong(n.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
        Instant t = v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        boolean plausible =
                t.isAfter(Instant.parse("2000-01-01T00:00:00Z")) && t.isBefore(Instant.parse("2200-01-01T00:00:00Z"));
        return plausible ? t : null;
    }
}
