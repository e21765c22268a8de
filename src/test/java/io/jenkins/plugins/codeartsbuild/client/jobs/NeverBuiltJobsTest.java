package io.jenkins.plugins.codeartsbuild.client.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The age filter never deletes a job it cannot prove old (bad inputs, row 42): an entry without a readable last build
 * time that shows a build is unknown, not never built; a list that gives no last build time at all cannot be filtered
 * by age; a job never built counts as old only once its info says it was created before the cutoff. Asserts what the
 * server received: the deletes, and the info calls.
 */
class NeverBuiltJobsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String OLD_BUILD =
            "\"last_build_time\":" + (NOW.toEpochMilli() - 30 * DAY) + ",\"last_build_status\":\"blue\"";
    private static final String NEVER_BUILT = "\"last_build_time\":null,\"last_build_status\":\"none\"";
    private static final String RECENT_BUILD =
            "\"last_build_time\":" + (NOW.toEpochMilli() - DAY) + ",\"last_build_status\":\"blue\"";

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCodeArtsBuild server = new FakeCodeArtsBuild();
    private final Fixtures.RecordingListener events = new Fixtures.RecordingListener();
    /** The info answer for a job id: by default a result without {@code create_time}. */
    private volatile Function<String, MockResponse> info = id -> FakeCodeArtsBuild.infoOf(id, "");
    /** Milliseconds every info answer is held. */
    private volatile long infoDelayMillis;

    private final AtomicInteger infoInFlight = new AtomicInteger();
    private final AtomicInteger maxInfoInFlight = new AtomicInteger();

    @BeforeEach
    void servers() {
        server.serveOn(iam, build).override = r -> {
            List<String> path = r.getUrl().pathSegments();
            if (!path.get(path.size() - 1).equals("info")) {
                return null;
            }
            maxInfoInFlight.accumulateAndGet(infoInFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(infoDelayMillis);
                return info.apply(path.get(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } finally {
                infoInFlight.decrementAndGet();
            }
        };
    }

    private String add(String name, String fields) {
        return server.addListed(name, fields).id();
    }

    /**
     * Requests signed for a configured IAM project: no token, so these tests add nothing to the JVM-wide token cache
     * (bounded; a full one evicts the token that expires first, which some other tests' single token is).
     */
    private CodeArtsBuildClient client() {
        return client(ClientListener.NONE);
    }

    private CodeArtsBuildClient client(ClientListener listener) {
        return Fixtures.client(
                        Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE).projectId(Fixtures.IAM_PROJECT_ID))
                .listener(listener)
                .clock(new Fixtures.MutableClock(NOW))
                .build();
    }

    private static Chosen select(Consumer<Chosen> settings) {
        Chosen s = new Chosen();
        s.setJobNamePrefix("pr-");
        s.setNotBuiltForDays(14);
        settings.accept(s);
        return s;
    }

    /** Deletes what {@code s} selects, recording the filter's counts as "matched -> kept, unknown u, never n". */
    private Result delete(Chosen s) throws Exception {
        return client(events).deleteJobs(s.check());
    }

    private static String created(long millisAgo) {
        return "\"create_time\":" + (NOW.toEpochMilli() - millisAgo);
    }

    // ---- a time missing while the entry shows a build

    static Stream<Arguments> builtButTimeless() {
        List<Arguments> all = new ArrayList<>();
        for (String time : new String[] {"", "\"last_build_time\":null,", "\"last_build_time\":0,"}) {
            for (String shown : new String[] {
                "\"last_build_status\":\"red\"",
                "\"last_build_status\":\"blue\"",
                "\"last_build_status\":\"timeout\"",
                "\"last_build_status\":\"aborted\"",
                "\"last_build_status\":\"BUILDING\"",
                "\"last_build_status\":\"none\",\"build_number\":12",
                "\"last_build_number\":\"7\""
            }) {
                all.add(Arguments.of(time + shown));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("builtButTimeless")
    void aJobWhoseEntryShowsABuildIsNeverTakenForNeverBuilt(String fields) throws Exception {
        String old = add("pr-old", OLD_BUILD);
        add("pr-built", fields);
        info = id -> FakeCodeArtsBuild.infoOf(id, created(400 * DAY));

        Result r = delete(select(s -> {}));

        assertThat(server.deleteIds()).containsExactly(old);
        assertThat(server.infoIds()).isEmpty();
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(1);
        assertThat(events.filtered).containsExactly("2 -> 1, unknown 1, never 0");
    }

    @Test
    void theFindStepLeavesOutAJobWhoseEntryShowsABuildWithoutATime() throws Exception {
        String old = add("pr-old", OLD_BUILD);
        add("pr-built", "\"last_build_time\":0,\"last_build_status\":\"red\"");

        List<BuildJob> jobs = client().findJobs(select(s -> {}).check(), CodeArtsBuildClient.MAX_FOUND);

        assertThat(jobs).extracting(BuildJob::id).containsExactly(old);
        assertThat(server.infoIds()).isEmpty();
    }

    // ---- a list that gives no last build time at all

    @Test
    void aListWithoutAnyLastBuildTimeFailsTheDeleteAndTheFindBeforeAnythingIsDeleted() throws Exception {
        for (int i = 0; i < 150; i++) {
            add("pr-" + i, i % 3 == 0 ? "\"last_build_status\":\"none\"" : i % 3 == 1 ? "" : "\"disabled\":true");
        }

        // maxJobs would allow them all: only the missing field stops the delete
        for (Chosen s : List.of(select(s -> s.setMaxJobs(200)), select(s -> s.setDryRun(true)))) {
            assertThatThrownBy(() -> delete(s)).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.NO_LAST_BUILD_TIME);
                assertThat(e.getArguments()).containsExactly("150");
            });
        }
        assertThatThrownBy(() -> client().findJobs(select(s -> {}).check(), CodeArtsBuildClient.MAX_FOUND))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.NO_LAST_BUILD_TIME));
        assertThat(server.deleteIds()).isEmpty();
        assertThat(server.infoIds()).isEmpty();
        assertThat(server.pages()).hasSize(6); // two pages each time: the whole list was read
    }

    @Test
    void oneEntryWithTheFieldIsEnoughAndWithoutAnAgeTheFieldIsNotNeeded() throws Exception {
        List<String> disabled = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = add("pr-" + i, i % 2 == 0 ? "\"disabled\":true" : "");
            if (i % 2 == 0) {
                disabled.add(id);
            }
        }

        delete(select(s -> {
            s.setNotBuiltForDays(null);
            s.setOnlyDisabled(true);
            s.setMaxJobs(100);
        }));

        assertThat(server.deleteIds()).containsExactlyInAnyOrderElementsOf(disabled);
        server.seen.clear();
        server.jobs.clear();
        for (int i = 0; i < 150; i++) {
            add("pr-" + i, i == 120 ? "\"last_build_time\":null,\"last_build_status\":\"blue\"" : "");
        }

        assertThat(client().findJobs(select(s -> {}).check(), CodeArtsBuildClient.MAX_FOUND))
                .isEmpty();
        assertThat(server.infoIds()).isEmpty();
    }

    // ---- never built: old only once created before the cutoff

    @Test
    void aNeverBuiltJobCreatedWithinTheDaysIsKeptAfterOneLookAtItsInfo() throws Exception {
        String old = add("pr-old", OLD_BUILD);
        String fresh = add("pr-fresh", NEVER_BUILT);
        info = id -> FakeCodeArtsBuild.infoOf(id, created(2 * DAY));

        delete(select(s -> {}));

        assertThat(server.deleteIds()).containsExactly(old);
        assertThat(server.infoIds()).containsExactly(fresh);
        assertThat(events.filtered).containsExactly("2 -> 1, unknown 0, never 1");
    }

    static Stream<Arguments> unknownCreation() {
        long old = NOW.toEpochMilli() - 400 * DAY;
        return Stream.of(
                Arguments.of("no create_time", (Answer) id -> FakeCodeArtsBuild.infoOf(id, "")),
                Arguments.of("create_time null", (Answer) id -> FakeCodeArtsBuild.infoOf(id, "\"create_time\":null")),
                Arguments.of("create_time 0", (Answer) id -> FakeCodeArtsBuild.infoOf(id, "\"create_time\":0")),
                Arguments.of("create_time a string", (Answer)
                        id -> FakeCodeArtsBuild.infoOf(id, "\"create_time\":\"" + old + "\"")),
                Arguments.of(
                        "create_time in the future", (Answer) id -> FakeCodeArtsBuild.infoOf(id, created(-10 * DAY))),
                Arguments.of("create_time of another job", (Answer)
                        id -> FakeCodeArtsBuild.infoOf(FakeCodeArtsBuild.newId(), "\"create_time\":" + old)),
                Arguments.of("info fails", (Answer) id -> Fixtures.error(500, "CB.00000001", "internal error")),
                Arguments.of("info says fail", (Answer) id -> FakeCodeArtsBuild.json(
                        200,
                        "{\"status\":\"fail\",\"error\":{\"error_code\":\"CB.1\",\"error_msg\":\"no\"},"
                                + "\"result\":{\"create_time\":" + old + "}}")),
                Arguments.of("job gone", (Answer) id -> Fixtures.error(404, "CB.00060201", "invalid task id")),
                Arguments.of("not JSON", (Answer) id -> FakeCodeArtsBuild.json(200, "<html>busy</html>")));
    }

    /** An info answer per job id. */
    interface Answer extends Function<String, MockResponse> {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownCreation")
    void aNeverBuiltJobWhoseCreationIsNotKnownIsKept(String what, Answer info) throws Exception {
        String old = add("pr-old", OLD_BUILD);
        String never = add("pr-never", NEVER_BUILT);
        info = info;

        delete(select(s -> {}));

        assertThat(server.deleteIds()).containsExactly(old);
        assertThat(server.infoIds()).isNotEmpty().containsOnly(never);
        assertThat(events.filtered).containsExactly("2 -> 1, unknown 0, never 1");
    }

    @Test
    void anOldNeverBuiltJobIsDeletedOnceItsInfoSaysItWasCreatedBeforeTheCutoff() throws Exception {
        List<String> never = List.of(
                add("pr-a", "\"last_build_time\":null"),
                add("pr-b", "\"last_build_time\":0,\"last_build_status\":\"none\""),
                add("pr-c", "\"last_build_time\":null,\"last_build_status\":\"NONE\",\"build_number\":0"),
                add("pr-d", "\"last_build_time\":0,\"last_build_status\":\" \",\"last_build_number\":null"));
        String oldBuild = add("pr-old", OLD_BUILD);
        info = id -> FakeCodeArtsBuild.infoOf(
                id,
                id.equals(never.get(3))
                        ? "\"create_time\":" + (NOW.getEpochSecond() - 40 * 86_400) // seconds, read as such
                        : created(15 * DAY));

        List<BuildJob> found = client().findJobs(select(s -> {}).check(), CodeArtsBuildClient.MAX_FOUND);

        assertThat(found).extracting(BuildJob::id).containsExactlyElementsOf(concat(never, oldBuild));
        assertThat(found.get(0).toMap()).containsEntry("lastBuildTime", null);
        server.seen.clear();

        Result r = delete(select(s -> {}));

        assertThat(server.infoIds()).containsExactlyInAnyOrderElementsOf(never);
        assertThat(server.deleteIds()).containsExactlyInAnyOrderElementsOf(concat(never, oldBuild));
        List<RecordedRequest> seen =
                server.seen.stream().map(FakeCodeArtsBuild.Seen::request).toList();
        assertThat(seen.indexOf(server.requests("GET", "/info").get(3)))
                .as("every info call before the first delete")
                .isLessThan(seen.indexOf(server.requests("POST", "/delete").get(0)));
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(5);
        assertThat(events.filtered).containsExactly("5 -> 5, unknown 0, never 0");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anExactNameWhoseJobTheFilterSparesIsSparedNeverMissingOrAlreadyGone(boolean ignoreMissing) throws Exception {
        server.addListed("pr-db", RECENT_BUILD); // exists, built since the cutoff

        Result r = delete(select(s -> {
            s.setJobNamePrefix(null);
            s.setJobName("pr-db");
            s.setIgnoreMissing(ignoreMissing);
        }));

        assertThat(r.outcomes()).noneMatch(o -> o.status() == Status.Delete.ALREADY_GONE);
        assertThat(r.count(Status.Delete.DELETED)).isZero();
        assertThat(events.filtered).containsExactly("1 -> 0, unknown 0, never 0");
        assertThat(server.deleteIds()).isEmpty();
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> all = new ArrayList<>(a);
        all.add(b);
        return all;
    }

    @Test
    void keepNeverBuiltAndAFilterWithoutAnAgeAskNoInfo() throws Exception {
        FakeCodeArtsBuild.Job old = server.addListed("pr-old", OLD_BUILD + ",\"disabled\":true");
        String never = add("pr-never", NEVER_BUILT + ",\"disabled\":true");
        info = id -> FakeCodeArtsBuild.infoOf(id, created(400 * DAY));

        delete(select(s -> s.setKeepNeverBuilt(true)));

        assertThat(server.deleteIds()).containsExactly(old.id());
        assertThat(server.infoIds()).isEmpty();
        server.seen.clear();
        server.jobs.add(0, old); // the same list again

        delete(select(s -> {
            s.setNotBuiltForDays(null);
            s.setOnlyDisabled(true);
        }));

        assertThat(server.deleteIds()).containsExactlyInAnyOrder(old.id(), never);
        assertThat(server.infoIds()).isEmpty();
    }

    @Test
    void onlyTheNeverBuiltJobsTheNameAndTheOtherFiltersKeptAreAskedFor() throws Exception {
        add("other-never", NEVER_BUILT + ",\"disabled\":true");
        add("pr-enabled", NEVER_BUILT + ",\"disabled\":false");
        String disabled = add("pr-disabled", NEVER_BUILT + ",\"disabled\":true");
        info = id -> FakeCodeArtsBuild.infoOf(id, created(400 * DAY));

        delete(select(s -> s.setOnlyDisabled(true)));

        assertThat(server.infoIds()).containsExactly(disabled);
        assertThat(server.deleteIds()).containsExactly(disabled);
        assertThat(events.filtered).containsExactly("2 -> 1, unknown 0, never 0");
    }

    @Test
    void maxJobsCountsOnlyTheNeverBuiltJobsOldEnoughAndMoreAreRefusedWithNothingDeleted() throws Exception {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = add("pr-" + i, NEVER_BUILT);
            if (i < 3) {
                old.add(id);
            }
        }
        info = id -> FakeCodeArtsBuild.infoOf(id, created(old.contains(id) ? 100 * DAY : 3 * DAY));

        delete(select(s -> s.setMaxJobs(3)));

        assertThat(server.deleteIds()).containsExactlyInAnyOrderElementsOf(old);
        assertThat(events.filtered).containsExactly("8 -> 3, unknown 0, never 5");

        server.seen.clear();
        info = id -> FakeCodeArtsBuild.infoOf(id, created(100 * DAY));
        assertThatThrownBy(() -> delete(select(s -> s.setMaxJobs(3))))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_JOBS_SO_FAR));
        assertThat(server.deleteIds()).isEmpty();
    }

    // ---- a job the list gives twice, once as the filter keeps it and once as it spares it

    static Stream<Arguments> twoEntries() {
        String recent = "\"last_build_time\":" + (NOW.toEpochMilli() - DAY / 24) + ",\"last_build_status\":\"blue\"";
        String enabled = OLD_BUILD + ",\"disabled\":false";
        String disabled = OLD_BUILD + ",\"disabled\":true";
        return Stream.of(
                Arguments.of(14, false, OLD_BUILD, recent),
                Arguments.of(14, false, recent, OLD_BUILD),
                Arguments.of(14, false, OLD_BUILD, "\"last_build_status\":\"red\""),
                Arguments.of(0, true, disabled, enabled),
                Arguments.of(0, true, enabled, disabled));
    }

    /**
     * The same id twice on a page (a list that shifted while it was read, or a hostile one): one entry says the job was
     * built an hour ago (or is enabled), the other that it is old (or disabled). The job is spared, as an entry that
     * says it was built within the days spares it; the other, plainly old job is deleted.
     */
    @ParameterizedTest
    @MethodSource("twoEntries")
    void aJobListedTwiceIsDeletedOnlyWhenEveryEntryOfItPassesTheFilter(
            int days, boolean onlyDisabled, String first, String second) throws Exception {
        String twice = add("pr-twice", OLD_BUILD);
        String old = add("pr-old", OLD_BUILD + ",\"disabled\":true");
        String page = "{\"status\":\"success\",\"result\":{\"total\":3,\"job_list\":["
                + entry(twice, "pr-twice", first) + "," + entry(old, "pr-old", OLD_BUILD + ",\"disabled\":true") + ","
                + entry(twice, "pr-twice", second) + "]}}";
        server.override = r -> r.getUrl().encodedPath().endsWith("/list") ? FakeCodeArtsBuild.json(200, page) : null;

        Result r = delete(select(s -> {
            s.setNotBuiltForDays(days == 0 ? null : days);
            s.setOnlyDisabled(onlyDisabled);
        }));

        assertThat(server.deleteIds()).containsExactly(old);
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(1);
        assertThat(client().findJobs(
                                select(s -> {
                                            s.setNotBuiltForDays(days == 0 ? null : days);
                                            s.setOnlyDisabled(onlyDisabled);
                                        })
                                        .check(),
                                CodeArtsBuildClient.MAX_FOUND))
                .extracting(BuildJob::id)
                .containsExactly(old);
    }

    /**
     * The same id twice (a list that shifted while it was read): once under a name the prefix matches, once under one
     * it does not, as when the job is renamed out of a cleanup's reach while the cleanup reads the list. Which name is
     * the job's now is not known, so it is spared, as an entry the age filter spares spares it; the other is deleted.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aJobListedTwiceIsDeletedOnlyWhenEveryEntryOfItHasANameTheSelectionMatches(boolean matchedFirst)
            throws Exception {
        String twice = add("pr-db", OLD_BUILD);
        String old = add("pr-old", OLD_BUILD);
        String matched = entry(twice, "pr-db", OLD_BUILD);
        String renamed = entry(twice, "keep-pr-db", OLD_BUILD);
        String page =
                "{\"status\":\"success\",\"result\":{\"total\":3,\"job_list\":[" + (matchedFirst ? matched : renamed)
                        + "," + entry(old, "pr-old", OLD_BUILD) + "," + (matchedFirst ? renamed : matched) + "]}}";
        server.override = r -> r.getUrl().encodedPath().endsWith("/list") ? FakeCodeArtsBuild.json(200, page) : null;

        Result r = delete(select(s -> {}));

        assertThat(server.deleteIds()).containsExactly(old);
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(1);
        assertThat(client().findJobs(select(s -> {}).check(), CodeArtsBuildClient.MAX_FOUND))
                .extracting(BuildJob::id)
                .containsExactly(old);
    }

    private static String entry(String id, String name, String fields) {
        return "{\"id\":\"" + id + "\",\"job_name\":\"" + name + "\",\"project_id\":\"" + Fixtures.PROJECT_ID + "\","
                + fields + "}";
    }

    @Test
    void theInfoCallsOfALongListGoSideBySideWithinTheLookUpsBound() throws Exception {
        for (int i = 0; i < 250; i++) {
            add("pr-" + i, NEVER_BUILT);
        }
        info = id -> FakeCodeArtsBuild.infoOf(id, created(100 * DAY));
        infoDelayMillis = 20;

        List<BuildJob> found = client().findJobs(select(s -> {}).check(), CodeArtsBuildClient.MAX_FOUND);

        assertThat(found).hasSize(250);
        assertThat(server.infoIds()).hasSize(250).doesNotHaveDuplicates();
        assertThat(maxInfoInFlight.get()).isGreaterThan(1);
        assertThat(server.maxInFlight.get()).isLessThanOrEqualTo(JobLister.PAGE_WIDTH);
    }
}
