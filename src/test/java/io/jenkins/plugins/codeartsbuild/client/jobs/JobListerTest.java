package io.jenkins.plugins.codeartsbuild.client.jobs;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.auth.KeyAuthenticatorSignatureModeTest;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Name look-ups through the v1 job lists ({@link CodeArtsBuildClient#findJobs}): what is asked (path, paging,
 * {@code search}), how answers are read (defensively; {@code "status":"fail"} is a failure), how pages are
 * fetched (the first, then the rest side by side), deduplicated and capped.
 */
public class JobListerTest {

    public static final String OTHER_PROJECT = "7b3d9f1c5e2a4b6c8d0e1f2a3b4c5d6e";

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCodeArtsBuild fake = new FakeCodeArtsBuild();
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    @BeforeEach
    void servers() {
        fake.serveOn(iam, build);
    }

    private CodeArtsBuildClient client(ClientConfig.Builder config, AccessKey key) {
        return Fixtures.client(config, key).sleeper(sleeper).build();
    }

    private CodeArtsBuildClient client() {
        return client(Fixtures.config(iam, build), Fixtures.newKey());
    }

    /** A look-up by {@code name}, or by a pattern, as the find step makes it: every match. */
    private static List<BuildJob> find(CodeArtsBuildClient client, String name, boolean pattern, String project)
            throws Exception {
        Chosen s = new Chosen();
        if (pattern) {
            s.setJobNamePattern(name);
        } else {
            s.setJobName(name);
        }
        s.setCodeArtsProjectId(project);
        return client.findJobs(s.check(), CodeArtsBuildClient.MAX_FOUND);
    }

    private static Set<Integer> pageIndexes(List<RecordedRequest> pages) {
        Set<Integer> indexes = new TreeSet<>();
        for (RecordedRequest r : pages) {
            indexes.add(Integer.parseInt(r.getUrl().queryParameter("page_index")));
        }
        return indexes;
    }

    // ---- what is asked

    /** A job as a list entry without a last build time describes it: built or not, unknown. */
    private static BuildJob listed(
            String id, String name, String projectId, String projectName, Boolean canDelete, Boolean disabled) {
        return new BuildJob(id, name, projectId, projectName, canDelete, disabled, LastBuild.UNKNOWN, null, null);
    }

    @Test
    void allJobsAreListedWithTheLiteralAsSearchAndMatchedHere() throws Exception {
        FakeCodeArtsBuild.Job a = fake.add("nightly-1", PROJECT_ID);
        FakeCodeArtsBuild.Job b = fake.add("nightly-2", OTHER_PROJECT);
        fake.add("my-nightly-3", PROJECT_ID);
        fake.add("weekly", PROJECT_ID);

        List<BuildJob> jobs = find(client(), "nightly-*", true, null);

        assertThat(jobs).extracting(BuildJob::id).containsExactly(a.id(), b.id());
        assertThat(jobs.get(0))
                .isEqualTo(new BuildJob(
                        a.id(),
                        "nightly-1",
                        PROJECT_ID,
                        a.projectName(),
                        null,
                        null,
                        new LastBuild(LastBuild.State.BUILT, Instant.ofEpochMilli(FakeCodeArtsBuild.LAST_BUILT)),
                        "blue",
                        null));
        assertThat(jobs.get(1).codeArtsProjectId()).isEqualTo(OTHER_PROJECT);
        RecordedRequest r = fake.seen.get(0).request();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/job/list");
        assertThat(r.getUrl().queryParameter("page_index")).isEqualTo("0");
        assertThat(r.getUrl().queryParameter("page_size")).isEqualTo("100");
        assertThat(r.getUrl().queryParameter("search")).isEqualTo("nightly-");
        assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo("batch-token");
        assertThat(fake.seen).hasSize(1);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aProjectsListIsAskedForWithItsIdAndTellsWhetherTheCallerMayDelete() throws Exception {
        FakeCodeArtsBuild.Job a = fake.add("nightly-1", PROJECT_ID);
        fake.jobs.add(new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "nightly-2", PROJECT_ID, "p", false));
        fake.add("nightly-3", OTHER_PROJECT);

        List<BuildJob> jobs = find(client(), "nightly-*", true, PROJECT_ID);

        assertThat(jobs).extracting(BuildJob::name).containsExactly("nightly-1", "nightly-2");
        assertThat(jobs).extracting(BuildJob::canDelete).containsExactly(true, false);
        assertThat(jobs).extracting(BuildJob::codeArtsProjectId).containsOnly(PROJECT_ID);
        assertThat(jobs.get(0).id()).isEqualTo(a.id());
        RecordedRequest r = fake.seen.get(0).request();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/job/" + PROJECT_ID + "/list");
        assertThat(r.getUrl().queryParameter("page_size")).isEqualTo("100");
    }

    @Test
    void aBadCodeArtsProjectIdIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> find(client(), "x", false, "../" + PROJECT_ID))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem())
                                .isEqualTo(CodeArtsValidationException.Problem.CODEARTS_PROJECT_ID_INVALID));
        assertThat(build.getRequestCount()).isZero();
        assertThat(iam.getRequestCount()).isZero();
    }

    @Test
    void aPatternOfOnlyStarsAsksForNoSearch() throws Exception {
        fake.addMany("job", 3, PROJECT_ID);

        assertThat(find(client(), "*", true, null)).hasSize(3);

        assertThat(fake.seen.get(0).request().getUrl().queryParameterNames()).doesNotContain("search");
    }

    @Test
    void aNameWithAStarIsLiteralAndSearchedForLiterally() throws Exception {
        FakeCodeArtsBuild.Job star = fake.add("release*", PROJECT_ID);
        fake.add("release-1", PROJECT_ID);
        fake.add("release*2", PROJECT_ID);

        List<BuildJob> jobs = find(client(), "release*", false, null);

        assertThat(jobs).extracting(BuildJob::id).containsExactly(star.id());
        RecordedRequest r = fake.seen.get(0).request();
        assertThat(r.getUrl().queryParameter("search")).isEqualTo("release*");
        assertThat(r.getTarget()).contains("search=release*");
    }

    /**
     * A selector with a control character is refused before anything is sent (no job name has one; a value read with
     * {@code sh(returnStdout: true)} ends with a line break); a listed job whose name has them (a hostile server) is
     * still found by a pattern of visible characters, and shown on one line.
     */
    @Test
    void aListedNameWithControlCharactersIsShownOnOneLineAndNoSelectorMayHaveThem() throws Exception {
        String raw = "nightly\u001b[31m\r\nFinished: SUCCESS\u0007";
        FakeCodeArtsBuild.Job j = fake.add(raw, PROJECT_ID);
        fake.add("nightly Finished: SUCCESS", PROJECT_ID);

        assertThatThrownBy(() -> find(client(), raw, false, null))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.JOB_NAME_CONTROL));
        assertThat(fake.seen).isEmpty();
        List<BuildJob> jobs = find(client(), "nightly?[31m*", true, null);

        assertThat(jobs).extracting(BuildJob::id).containsExactly(j.id());
        assertThat(jobs.get(0).name())
                .doesNotContainPattern("[\\p{Cc}\\p{Cf}]")
                .contains("Finished: SUCCESS")
                .doesNotContain("\n");
    }

    @Test
    void aListInSignatureModeIsSignedWithItsQueryAsTheOfficialSdkWould() throws Exception {
        AccessKey key = Fixtures.newKey();
        fake.add("pr x*/ü", PROJECT_ID);
        CodeArtsBuildClient client = Fixtures.client(
                        Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE).projectId(Fixtures.IAM_PROJECT_ID),
                        key)
                .clock(new Fixtures.MutableClock(Instant.parse("2026-11-28T08:00:00Z")))
                .build();

        assertThat(find(client, "pr x*/ü", false, null)).hasSize(1);
        assertThat(find(client, "pr x*/ü", false, PROJECT_ID)).hasSize(1);

        assertThat(fake.seen).hasSize(2);
        for (FakeCodeArtsBuild.Seen s : fake.seen) {
            RecordedRequest r = s.request();
            assertThat(r.getUrl().querySize()).isEqualTo(3);
            assertThat(r.getHeaders().get("X-Auth-Token")).isNull();
            KeyAuthenticatorSignatureModeTest.assertSignedCorrectly(r, key);
        }
        assertThat(iam.getRequestCount()).isZero();
    }

    // ---- paging

    @Test
    void theOtherPagesAreFetchedOnceTheFirstGaveTheTotal() throws Exception {
        List<FakeCodeArtsBuild.Job> all = fake.addMany("svc", 250, PROJECT_ID);

        List<BuildJob> jobs = find(client(), "svc-*", true, null);

        assertThat(jobs)
                .extracting(BuildJob::id)
                .containsExactlyElementsOf(
                        all.stream().map(FakeCodeArtsBuild.Job::id).toList());
        assertThat(fake.pages()).hasSize(3);
        assertThat(fake.pages().get(0).getUrl().queryParameter("page_index")).isEqualTo("0");
        assertThat(pageIndexes(fake.pages())).containsExactly(0, 1, 2);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theOtherPagesAreFetchedSideBySideButBounded() throws Exception {
        fake.addMany("svc", 100 * (JobLister.PAGE_WIDTH + 3), PROJECT_ID);
        CountDownLatch wide = new CountDownLatch(JobLister.PAGE_WIDTH);
        fake.override = r -> {
            if (!"0".equals(r.getUrl().queryParameter("page_index"))) {
                wide.countDown();
                try {
                    // held until PAGE_WIDTH pages are in flight; a narrower fan-out only waits the 5 s out
                    wide.await(5, TimeUnit.SECONDS);
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };

        List<BuildJob> jobs =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> find(client(), "svc-*", true, null));

        assertThat(jobs).hasSize(100 * (JobLister.PAGE_WIDTH + 3));
        assertThat(fake.maxInFlight.get()).isEqualTo(JobLister.PAGE_WIDTH);
        assertThat(fake.seen.get(0).inFlight()).isEqualTo(1);
    }

    @Test
    void withoutATotalPagesAreReadUntilAShortOneCountingEveryJobNotOnlyMatches() throws Exception {
        fake.withTotal = false;
        fake.addMany("a", 250, PROJECT_ID);
        FakeCodeArtsBuild.Job abc = fake.add("abc", PROJECT_ID);
        FakeCodeArtsBuild.Job axc = fake.add("axc", PROJECT_ID);

        List<BuildJob> jobs = find(client(), "a?c", true, null);

        assertThat(jobs).extracting(BuildJob::id).containsExactly(abc.id(), axc.id());
        assertThat(fake.pages())
                .extracting(r -> r.getUrl().queryParameter("page_index"))
                .containsExactly("0", "1", "2");
    }

    @Test
    void theSameJobOnTwoPagesIsListedOnceAndAGrowingTotalIsFollowed() throws Exception {
        List<FakeCodeArtsBuild.Job> all = fake.addMany("svc", 150, PROJECT_ID);
        AtomicBoolean created = new AtomicBoolean();
        fake.override = r -> {
            // 100 jobs created between the first page and the second: every other job moves 100 places down
            if ("1".equals(r.getUrl().queryParameter("page_index")) && created.compareAndSet(false, true)) {
                List<FakeCodeArtsBuild.Job> fresh = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    fresh.add(new FakeCodeArtsBuild.Job(
                            FakeCodeArtsBuild.newId(), "svc-new-" + i, PROJECT_ID, "p", null));
                }
                fake.jobs.addAll(0, fresh);
            }
            return null;
        };

        List<BuildJob> jobs = find(client(), "svc-*", true, null);

        // page 1 repeats page 0; jobs 100 to 149 moved to a page 2 that the first total (150) did not promise
        assertThat(jobs)
                .extracting(BuildJob::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        all.stream().map(FakeCodeArtsBuild.Job::id).toList());
        assertThat(fake.pages())
                .extracting(r -> r.getUrl().queryParameter("page_index"))
                .containsExactly("0", "1", "2");
    }

    @Test
    void aShrinkingTotalEndsWithAnEmptyPage() throws Exception {
        List<FakeCodeArtsBuild.Job> all = fake.addMany("svc", 250, PROJECT_ID);
        fake.override = r -> {
            if ("2".equals(r.getUrl().queryParameter("page_index"))) {
                return FakeCodeArtsBuild.json(
                        200, "{\"status\":\"success\",\"result\":{\"total\":180,\"job_list\":[]}}");
            }
            return null;
        };

        List<BuildJob> jobs = find(client(), "svc-*", true, null);

        assertThat(jobs).hasSize(200).allMatch(j -> all.stream().anyMatch(a -> a.id().equals(j.id())));
        assertThat(fake.pages()).hasSize(3);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {20_001, Integer.MAX_VALUE - 1, Integer.MAX_VALUE})
    void aTotalBeyondTheCapIsRefusedAfterTheFirstPage(int total) {
        fake.override = r -> FakeCodeArtsBuild.json(
                200, "{\"status\":\"success\",\"result\":{\"total\":" + total + ",\"job_list\":[]}}");

        assertThatThrownBy(() -> find(client(), "*", true, null))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_PAGES);
                    assertThat(e.getArguments()).containsExactly(String.valueOf(total), "20000");
                });
        assertThat(fake.seen).hasSize(1);
    }

    @Test
    void aServerThatNeverEndsItsListIsReadUpToTheCapAndRefused() throws Exception {
        List<FakeCodeArtsBuild.Job> page = fake.addMany("svc", 100, PROJECT_ID);
        StringBuilder items = new StringBuilder();
        for (FakeCodeArtsBuild.Job j : page) {
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(j.id())
                    .append("\",\"job_name\":\"")
                    .append(j.name())
                    .append("\"}");
        }
        MockResponse same =
                FakeCodeArtsBuild.json(200, "{\"status\":\"success\",\"result\":{\"job_list\":[" + items + "]}}");
        fake.override = r -> same;
        try (MockWebServer fast = FakeCodeArtsBuild.noDelayServer()) {
            fast.setDispatcher(fake);
            fast.start();
            CodeArtsBuildClient client = client(
                    Fixtures.config(iam, build)
                            .codeArtsBuildEndpoint(fast.url("/").toString()),
                    Fixtures.newKey());

            assertThatThrownBy(() ->
                            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> find(client, "svc-*", true, null)))
                    .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                        assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_PAGES);
                        assertThat(e.getMessage()).contains(">20000");
                    });
        }
        assertThat(fake.seen).hasSize(JobLister.MAX_PAGES);
        assertThat(pageIndexes(fake.pages())).hasSize(JobLister.MAX_PAGES).contains(0, JobLister.MAX_PAGES - 1);
    }

    @Test
    void aPageThatFailsMidLookUpFailsTheLookUp() {
        fake.addMany("svc", 350, PROJECT_ID);
        fake.override = r -> "2".equals(r.getUrl().queryParameter("page_index"))
                ? Fixtures.error(400, "CB.00060200", "invalid page")
                : null;

        assertThatThrownBy(() -> find(client(), "svc-*", true, null))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(400);
                    assertThat(e.answer().code()).isEqualTo("CB.00060200");
                    assertThat(e.getMethod()).isEqualTo("GET");
                    assertThat(e.getPath()).isEqualTo("/v1/job/list");
                });
        assertThat(fake.pages().stream()
                        .filter(r -> "2".equals(r.getUrl().queryParameter("page_index")))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void throttledPagesAreRetriedAtTheLookUpsPaceBeyondTheAttemptLimit() throws Exception {
        fake.addMany("svc", 100 * (JobLister.PAGE_WIDTH + 2), PROJECT_ID);
        AtomicInteger throttled = new AtomicInteger();
        fake.override = r -> !"0".equals(r.getUrl().queryParameter("page_index"))
                        && throttled.incrementAndGet() <= 4 * JobLister.PAGE_WIDTH
                ? FakeCodeArtsBuild.tooManyRequests(1)
                : null;

        List<BuildJob> jobs =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> find(client(), "svc-*", true, null));

        assertThat(jobs).hasSize(100 * (JobLister.PAGE_WIDTH + 2));
        assertThat(fake.pages()).hasSize(JobLister.PAGE_WIDTH * 4 + JobLister.PAGE_WIDTH + 2);
        assertThat(sleeper.sleeps).allMatch(Duration::isZero);
    }

    @Test
    void aPageIsRetriedLikeADelete() throws Exception {
        fake.addMany("svc", 150, PROJECT_ID);
        AtomicBoolean once = new AtomicBoolean();
        fake.override = r -> "1".equals(r.getUrl().queryParameter("page_index")) && once.compareAndSet(false, true)
                ? Fixtures.status(503)
                : null;

        assertThat(find(client(), "svc-*", true, null)).hasSize(150);

        assertThat(fake.pages()).hasSize(3);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500));
    }

    // ---- how answers are read

    @Test
    void statusFailWithHttp200IsAFailure() {
        fake.override = r -> FakeCodeArtsBuild.json(
                200,
                "{\"status\":\"fail\",\"error\":{\"error_code\":\"CB.00060010\",\"error_msg\":\"project not found\"},"
                        + "\"result\":{\"total\":0,\"job_list\":[]}}");

        assertThatThrownBy(() -> find(client(), "x", false, PROJECT_ID))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.REFUSED);
                    assertThat(e.getStatus()).isEqualTo(200);
                    assertThat(e.answer().code()).isEqualTo("CB.00060010");
                    assertThat(e.getMessage()).contains("REFUSED", "project not found", "req-200");
                });
        assertThat(fake.seen).hasSize(1);
    }

    @Test
    void missingNullAndUnknownFieldsAreTolerated() throws Exception {
        String good = FakeCodeArtsBuild.newId();
        String noName = FakeCodeArtsBuild.newId();
        fake.override = r -> FakeCodeArtsBuild.json(
                200,
                "{\"status\":\"success\",\"extra\":{\"x\":1},\"result\":{\"total\":null,\"job_list\":["
                        + "{\"id\":\"" + good + "\",\"job_name\":\"n\",\"project_id\":null,\"project_name\":7,"
                        + "\"is_delete\":\"maybe\",\"disabled\":\"true\",\"nested\":{\"a\":[1,2]}},"
                        + "{\"id\":\"" + noName + "\"},"
                        + "{\"job_name\":\"n\"},"
                        + "{\"id\":\"../../v3/jobs\",\"job_name\":\"n\"},"
                        + "{\"id\":12345,\"job_name\":\"n\"},"
                        + "null,42,\"n\",[],"
                        + "{\"id\":\"" + good + "\",\"job_name\":\"n\"}"
                        + "]}}");

        List<BuildJob> jobs = find(client(), "n", false, null);

        assertThat(jobs).containsExactly(listed(good, "n", null, "7", null, true));
        assertThat(fake.seen).hasSize(1);
    }

    static Stream<String> unreadableLists() {
        return Stream.of(
                "{\"status\":\"success\"}",
                "{\"status\":\"success\",\"result\":null}",
                "{\"status\":\"success\",\"result\":{\"total\":3}}",
                "{\"status\":\"success\",\"result\":{\"job_list\":{}}}",
                "{\"status\":\"success\",\"result\":\"[]\"}",
                "[]",
                "null",
                "\"success\"");
    }

    @ParameterizedTest
    @MethodSource("unreadableLists")
    void aListThatIsNotThereIsAClearFailureNotAnEmptyList(String body) {
        fake.override = r -> FakeCodeArtsBuild.json(200, body);

        assertThatThrownBy(() -> find(client(), "x", false, null))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER);
                    assertThat(e.getMessage()).contains("GET /v1/job/list").doesNotContain("\n");
                });
        assertThat(fake.seen).hasSize(1);
    }

    static final String ECHOED_TOKEN = "batch-token";

    static Stream<MockResponse> hostilePages() {
        return Stream.of(
                new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "text/html")
                        .body("<html><body><h1>Welcome to nginx!</h1><script>x()</script></body></html>")
                        .build(),
                Fixtures.status(200),
                new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"status\":\"success\",\"result\":{\"job_list\":[" + "{\"id\":\"x\"},".repeat(300_000))
                        .build(),
                FakeCodeArtsBuild.json(200, "<pre>GET /v1/job/list\nX-Auth-Token: " + ECHOED_TOKEN + "\n</pre>"),
                FakeCodeArtsBuild.json(
                        200,
                        "{\"status\":\"fail\",\"error\":{\"error_code\":\"CB.1\",\"error_msg\":\"bad token "
                                + ECHOED_TOKEN + "\"}}"));
    }

    @ParameterizedTest
    @MethodSource("hostilePages")
    void aHostilePageIsAClearFailureWithoutSecrets(MockResponse page) {
        fake.override = r -> page;

        assertThatThrownBy(() -> assertTimeoutPreemptively(
                        Duration.ofSeconds(10), () -> find(client(), "nightly-*", true, null)))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isIn(Failure.MALFORMED_ANSWER, Failure.REFUSED);
                    assertThat(e.getStatus()).isEqualTo(200);
                    assertThat(e.getMessage())
                            .hasSizeLessThan(600)
                            .doesNotContain(ECHOED_TOKEN)
                            .doesNotContain("<h1>")
                            .doesNotContain("\n");
                    if (e.answer().message() != null) {
                        assertThat(e.answer().message()).doesNotContain(ECHOED_TOKEN);
                    }
                    assertThat(e.answer().excerpt()).doesNotContain(ECHOED_TOKEN);
                });
        assertThat(fake.seen).hasSize(1);
    }

    @Test
    void aCodeArtsProjectsListIsReadFromItsOwnShape() throws Exception {
        String id = FakeCodeArtsBuild.newId();
        fake.override = r -> FakeCodeArtsBuild.json(
                200,
                "{\"jobs\":[{\"id\":\"" + id + "\",\"job_name\":\"n\",\"is_delete\":false,\"disabled\":false}],"
                        + "\"total\":1}");

        assertThat(find(client(), "n", false, PROJECT_ID))
                .containsExactly(listed(id, "n", PROJECT_ID, null, false, false));
        fake.override = r -> FakeCodeArtsBuild.json(200, "{\"result\":{\"job_list\":[]}}");
        assertThatThrownBy(() -> find(client(), "n", false, PROJECT_ID))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER));
    }

    /**
     * A project's list names no project in its entries; one that names another project (a gateway that merged lists,
     * a server that lies) is not a job of the project the selection names: it is neither found nor deleted, and its
     * twin entry in the project's shape is not taken for it either.
     */
    @Test
    void aProjectsListEntryNamingAnotherProjectIsNotSelected() throws Exception {
        FakeCodeArtsBuild.Job mine = fake.add("nightly-1", PROJECT_ID);
        String other = FakeCodeArtsBuild.newId();
        fake.override = r -> r.getUrl().encodedPath().endsWith("/list")
                ? FakeCodeArtsBuild.json(
                        200,
                        "{\"jobs\":[{\"id\":\"" + mine.id() + "\",\"job_name\":\"nightly-1\"},{\"id\":\"" + other
                                + "\",\"job_name\":\"nightly-2\",\"project_id\":\"" + OTHER_PROJECT + "\"},"
                                + "{\"id\":\"" + other + "\",\"job_name\":\"nightly-2\"}],\"total\":3}")
                : null;

        assertThat(find(client(), "nightly-*", true, PROJECT_ID))
                .extracting(BuildJob::id)
                .containsExactly(mine.id());
        Chosen s = new Chosen();
        s.setJobNamePattern("nightly-*");
        s.setCodeArtsProjectId(PROJECT_ID);
        client().deleteJobs(s.check());
        assertThat(fake.deleteIds()).containsExactly(mine.id());
    }

    @Test
    void namesAndPageCountsStayWithinBounds() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add("x".repeat(5000) + i);
            fake.add(names.get(i), PROJECT_ID);
        }

        List<BuildJob> jobs = find(client(), "x*", true, null);

        assertThat(jobs)
                .hasSize(3)
                .allSatisfy(j -> assertThat(j.name().length()).isLessThanOrEqualTo(203));
    }
}
