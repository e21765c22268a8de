package io.jenkins.plugins.codeartsbuild.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter.Verdict;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleanup by age and state: the filters applied while the list is read and
 * before {@code maxJobs}, and the deletes sent only for the jobs kept.
 */
class JobFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final long DAY = Duration.ofDays(1).toMillis();

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private static BuildJob job(LastBuild last, Boolean disabled) {
        return new BuildJob(FakeCodeArtsBuild.newId(), "n", null, null, null, disabled, last, null, null);
    }

    @Test
    void theFiltersKeepOldAndDisabledJobsAsAskedAndLeaveNeverBuiltOnesToTheirCreationTime() {
        LastBuild old = new LastBuild(LastBuild.State.BUILT, NOW.minus(Duration.ofDays(20)));
        LastBuild recent = new LastBuild(LastBuild.State.BUILT, NOW.minus(Duration.ofDays(3)));
        JobFilter stale = new JobFilter(14, false, false);

        assertThat(stale.verdict(job(old, null), NOW)).isEqualTo(Verdict.KEPT);
        assertThat(stale.verdict(job(recent, null), NOW)).isEqualTo(Verdict.LEFT_OUT);
        assertThat(stale.verdict(job(LastBuild.NEVER, null), NOW)).isEqualTo(Verdict.NEVER_BUILT);
        assertThat(stale.createdBeforeCutoff(NOW.minus(Duration.ofDays(15)), NOW))
                .isTrue();
        assertThat(stale.createdBeforeCutoff(NOW.minus(Duration.ofDays(13)), NOW))
                .isFalse();
        assertThat(stale.createdBeforeCutoff(null, NOW))
                .as("unknown is never old")
                .isFalse();
        assertThat(new JobFilter(14, false, true).verdict(job(LastBuild.NEVER, null), NOW))
                .isEqualTo(Verdict.LEFT_OUT);
        assertThat(stale.verdict(job(LastBuild.UNKNOWN, null), NOW))
                .as("unknown is never old")
                .isEqualTo(Verdict.UNKNOWN_TIME);
        JobFilter disabled = new JobFilter(0, true, false);
        assertThat(disabled.verdict(job(recent, true), NOW)).isEqualTo(Verdict.KEPT);
        assertThat(disabled.verdict(job(recent, false), NOW)).isEqualTo(Verdict.LEFT_OUT);
        assertThat(disabled.verdict(job(recent, null), NOW))
                .as("not said: not known to be disabled")
                .isEqualTo(Verdict.LEFT_OUT);
        assertThat(new JobFilter(0, false, false).verdict(job(LastBuild.UNKNOWN, null), NOW))
                .isEqualTo(Verdict.KEPT);
        assertThat(new JobFilter(0, false, false).verdict(job(LastBuild.NEVER, null), NOW))
                .isEqualTo(Verdict.KEPT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, JobFilter.MAX_DAYS + 1, Integer.MAX_VALUE})
    void aBadNumberOfDaysIsRefusedBeforeAnythingIsSent(int days) {
        Chosen s = new Chosen();
        s.setJobNamePattern("pr-*");
        s.setNotBuiltForDays(days);

        assertThatThrownBy(s::check)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.NOT_BUILT_FOR_DAYS_INVALID));
    }

    @Test
    void filtersNeedANameSelector() {
        Chosen s = new Chosen();
        s.setJobIds(List.of(Fixtures.JOB_ID));
        s.setOnlyDisabled(true);

        assertThatThrownBy(s::check)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.FILTER_NEEDS_NAME));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void keepNeverBuiltWithoutAnAgeIsRefusedNotIgnored(boolean byName) {
        Chosen s = new Chosen();
        if (byName) {
            s.setJobNamePrefix("pr-");
            s.setOnlyDisabled(true); // ignored, it would delete the disabled jobs never built that it says it keeps
        } else {
            s.setJobIds(List.of(Fixtures.JOB_ID));
        }
        s.setKeepNeverBuilt(true);

        assertThatThrownBy(s::check)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.KEEP_NEVER_BUILT_NEEDS_AGE));
    }

    /**
     * A job list of 60 matching jobs: 3 old, 1 never built (created long ago, its info says), 1 with a garbage time,
     * the rest recent.
     */
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
                    .append(",\"last_build_status\":\"")
                    .append(i == 3 ? "none" : "red")
                    .append("\",\"user_name\":\"li\\u0007lei\",\"disabled\":")
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
                if (path.endsWith("/info")) {
                    return FakeCodeArtsBuild.json(
                            200,
                            "{\"status\":\"success\",\"result\":{\"create_time\":" + (NOW.toEpochMilli() - 100 * DAY)
                                    + "}}");
                }
                return FakeCodeArtsBuild.json(200, page);
            }
        });
        return expected;
    }

    private CodeArtsBuildClient client() {
        return client(ClientListener.NONE);
    }

    private CodeArtsBuildClient client(ClientListener listener) {
        return Fixtures.client(Fixtures.config(iam, build))
                .listener(listener)
                .clock(new Fixtures.MutableClock(NOW))
                .build();
    }

    @Test
    void aCleanupByAgeDeletesOnlyTheStaleJobsAndMaxJobsCountsThoseKept() throws Exception {
        List<String> deletes = new CopyOnWriteArrayList<>();
        List<String> stale = serveList(deletes);
        Fixtures.RecordingListener listener = new Fixtures.RecordingListener();
        Chosen s = new Chosen();
        s.setJobNamePrefix("pr-");
        s.setNotBuiltForDays(14);
        s.setMaxJobs(5); // 60 match the name: only the 4 kept count
        Result r = client(listener).deleteJobs(s.check());

        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(4);
        assertThat(deletes).containsExactlyInAnyOrderElementsOf(stale);
        assertThat(listener.filtered).singleElement().asString().startsWith("60 -> 4, unknown 1,");
    }

    @Test
    void onlyDisabledAndKeepNeverBuiltNarrowFurther() throws Exception {
        List<String> deletes = new CopyOnWriteArrayList<>();
        List<String> stale = serveList(deletes);
        Chosen s = new Chosen();
        s.setJobNamePattern("pr-*");
        s.setNotBuiltForDays(14);
        s.setKeepNeverBuilt(true);
        s.setOnlyDisabled(true);

        client().deleteJobs(s.check());

        // old ones are 0, 1, 2; of those the even ones are disabled; the never-built one (3) is kept out
        assertThat(deletes).containsExactlyInAnyOrder(stale.get(0), stale.get(2));
    }

    @Test
    void theFindStepSaysWhenEachJobWasLastBuiltAndByWhom() throws Exception {
        serveList(new ArrayList<>());
        Chosen s = new Chosen();
        s.setJobNamePrefix("pr-");
        s.setNotBuiltForDays(14);

        List<BuildJob> jobs = client().findJobs(s.check(), CodeArtsBuildClient.MAX_FOUND);

        assertThat(jobs).hasSize(4);
        assertThat(jobs.get(0).toMap())
                .containsEntry("lastBuildTime", NOW.minus(Duration.ofDays(30)).toString())
                .containsEntry("lastBuildStatus", "red")
                .containsEntry("disabled", true);
        assertThat((String) jobs.get(0).toMap().get("creator")).startsWith("li").doesNotContain("\u0007");
        assertThat(jobs.get(3).toMap()).containsEntry("lastBuildTime", null);
        assertThat(build.getRequestCount())
                .as("the page, and the info of the job never built")
                .isEqualTo(2);
    }
}
