package io.jenkins.plugins.codeartsbuild.client.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codeartsbuild.client.BatchListener;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobOutcome.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleanup by age and state: {@code last_build_time} read defensively, the filters applied while the list is read and
 * before {@code maxJobs}, and the deletes sent only for the jobs kept.
 */
class JobFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private static JsonNode node(String json) throws Exception {
        return JSON.readTree("{\"v\":" + json + "}").get("v");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "null|NEVER|",
                "0|NEVER|",
                "-5|UNKNOWN|",
                "\"1727041445000\"|UNKNOWN|",
                "12.5|UNKNOWN|",
                "1727041445000|BUILT|2024-09-22T21:44:05Z",
                "1727041445|BUILT|2024-09-22T21:44:05Z",
                "4102444800000|UNKNOWN|",
                "86400000|UNKNOWN|"
            })
    void lastBuildTimeIsReadDefensively(String json, LastBuild.State state, String iso) throws Exception {
        LastBuild b = LastBuild.of(node(json), NOW);

        assertThat(b.state()).isEqualTo(state);
        assertThat(b.iso()).isEqualTo(iso == null || iso.isEmpty() ? null : iso);
    }

    @Test
    void anAbsentTimeInAListIsNeverBuilt() {
        assertThat(LastBuild.of(null, NOW)).isEqualTo(LastBuild.NEVER);
    }

    private static BuildJob job(LastBuild last, Boolean disabled) {
        return new BuildJob(FakeCodeArtsBuild.newId(), "n", null, null, null, disabled, last, null, null);
    }

    @Test
    void theFiltersKeepOldNeverBuiltAndDisabledJobsAsAsked() {
        LastBuild old = new LastBuild(LastBuild.State.BUILT, NOW.minus(Duration.ofDays(20)));
        LastBuild recent = new LastBuild(LastBuild.State.BUILT, NOW.minus(Duration.ofDays(3)));
        JobFilter stale = new JobFilter(14, false, false);

        assertThat(stale.keeps(job(old, null), NOW)).isTrue();
        assertThat(stale.keeps(job(recent, null), NOW)).isFalse();
        assertThat(stale.keeps(job(LastBuild.NEVER, null), NOW))
                .as("never built counts as old")
                .isTrue();
        assertThat(new JobFilter(14, false, true).keeps(job(LastBuild.NEVER, null), NOW))
                .isFalse();
        assertThat(stale.keeps(job(LastBuild.UNKNOWN, null), NOW))
                .as("unknown is never old")
                .isFalse();
        JobFilter disabled = new JobFilter(0, true, false);
        assertThat(disabled.keeps(job(recent, true), NOW)).isTrue();
        assertThat(disabled.keeps(job(recent, false), NOW)).isFalse();
        assertThat(disabled.keeps(job(recent, null), NOW))
                .as("not said: not known to be disabled")
                .isFalse();
        assertThat(JobFilter.NONE.keeps(job(LastBuild.UNKNOWN, null), NOW)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, JobFilter.MAX_DAYS + 1, Integer.MAX_VALUE})
    void aBadNumberOfDaysIsRefusedBeforeAnythingIsSent(int days) {
        JobSelection s = new JobSelection();
        s.setJobNamePattern("pr-*");
        s.setNotBuiltForDays(days);

        assertThatThrownBy(s::plan)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.NOT_BUILT_FOR_DAYS_INVALID));
    }

    @Test
    void filtersNeedANameSelector() {
        JobSelection s = new JobSelection();
        s.setJobIds(List.of(Fixtures.JOB_ID));
        s.setOnlyDisabled(true);

        assertThatThrownBy(s::plan)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.FILTER_NEEDS_NAME));
    }

    /** A job list of 60 matching jobs: 3 old, 1 never built, 1 with a garbage time, the rest recent. */
    private List<String> serveList(List<String> deletes) {
        StringBuilder entries = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = String.format(Locale.ROOT, "%032x", 0xfeed0000L + i);
            String time = i < 3
                    ? String.valueOf(NOW.toEpochMilli() - 30 * DAY)
                    : i == 3 ? "null" : i == 4 ? "\"soon\"" : String.valueOf(NOW.toEpochMilli() - DAY);
            if (i < 4) {
                expected.add(id);
            }
            entries.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\",\"job_name\":\"pr-")
                    .append(i)
                    .append("\",\"last_build_time\":")
                    .append(time)
                    .append(",\"last_build_status\":\"red\",\"user_name\":\"li\\u0007lei\",\"disabled\":")
                    .append(i % 2 == 0)
                    .append('}');
        }
        String page = "{\"status\":\"success\",\"result\":{\"total\":60,\"job_list\":[" + entries + "]}}";
        iam.setDispatcher(FakeCodeArtsBuild.iam());
        build.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                if (path.endsWith("/delete")) {
                    deletes.add(path.split("/")[3]);
                    return Fixtures.deleted();
                }
                return FakeCodeArtsBuild.json(200, page);
            }
        });
        return expected;
    }

    private CodeArtsBuildClient client() {
        return CodeArtsBuildClient.builder(
                        Fixtures.HTTP, Fixtures.build(Fixtures.config(iam, build)), Fixtures.newKey())
                .clock(new Fixtures.MutableClock(NOW))
                .sleeper(new Fixtures.RecordingSleeper())
                .build();
    }

    @Test
    void aCleanupByAgeDeletesOnlyTheStaleJobsAndMaxJobsCountsThoseKept() throws Exception {
        List<String> deletes = new CopyOnWriteArrayList<>();
        List<String> stale = serveList(deletes);
        List<String> filtered = new ArrayList<>();
        JobSelection s = new JobSelection();
        s.setJobNamePrefix("pr-");
        s.setNotBuiltForDays(14);
        s.setMaxJobs(5); // 60 match the name: only the 4 kept count
        BatchListener listener = new BatchListener() {
            @Override
            public void onFiltered(SelectionPlan plan, int matched, int kept) {
                filtered.add(matched + " -> " + kept);
            }
        };

        BatchResult r = client().deleteJobs(s.plan(), listener);

        assertThat(r.count(Status.DELETED)).isEqualTo(4);
        assertThat(deletes).containsExactlyInAnyOrderElementsOf(stale);
        assertThat(filtered).containsExactly("60 -> 4");
    }

    @Test
    void onlyDisabledAndKeepNeverBuiltNarrowFurther() throws Exception {
        List<String> deletes = new CopyOnWriteArrayList<>();
        List<String> stale = serveList(deletes);
        JobSelection s = new JobSelection();
        s.setJobNamePattern("pr-*");
        s.setNotBuiltForDays(14);
        s.setKeepNeverBuilt(true);
        s.setOnlyDisabled(true);

        client().deleteJobs(s.plan(), BatchListener.NONE);

        // old ones are 0, 1, 2; of those the even ones are disabled; the never-built one (3) is kept out
        assertThat(deletes).containsExactlyInAnyOrder(stale.get(0), stale.get(2));
    }

    @Test
    void theFindStepSaysWhenEachJobWasLastBuiltAndByWhom() throws Exception {
        serveList(new ArrayList<>());
        JobSelection s = new JobSelection();
        s.setJobNamePrefix("pr-");
        s.setNotBuiltForDays(14);

        List<BuildJob> jobs = client().findJobs(s.plan());

        assertThat(jobs).hasSize(4);
        assertThat(jobs.get(0).toMap())
                .containsEntry("lastBuildTime", NOW.minus(Duration.ofDays(30)).toString())
                .containsEntry("lastBuildStatus", "red")
                .containsEntry("disabled", true);
        assertThat((String) jobs.get(0).toMap().get("creator")).startsWith("li").doesNotContain("\u0007");
        assertThat(jobs.get(3).toMap()).containsEntry("lastBuildTime", null);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }
}
