package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CodeArtsBuildClient#restoreJobs}: the recycle bin read in either envelope and either paging, one call per
 * job, jobs the bin does not hold reported as such and never restored, and the bin's doubts made visible. Each test
 * asserts what the fake server received.
 */
class RecycleBinTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCodeArtsBuild fake = new FakeCodeArtsBuild();

    @BeforeEach
    void servers() {
        fake.serveOn(iam, build);
    }

    private CodeArtsBuildClient client() {
        return Fixtures.client(Fixtures.config(iam, build)).build();
    }

    private Result restore(Consumer<Chosen> settings) throws Exception {
        Chosen s = new Chosen();
        settings.accept(s);
        var plan = s.check();
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> client().restoreJobs(plan));
    }

    /** Jobs put straight into the bin, as if deleted in the console. */
    private List<FakeCodeArtsBuild.Job> binned(String prefix, int count) {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany(prefix, count, PROJECT_ID);
        for (FakeCodeArtsBuild.Job j : jobs) {
            fake.jobs.remove(j);
            fake.bin.put(j);
        }
        return jobs;
    }

    private List<RecordedRequest> sent(String method, String lastSegment) {
        return fake.seen.stream()
                .map(FakeCodeArtsBuild.Seen::request)
                .filter(r -> r.getMethod().equals(method)
                        && r.getUrl()
                                .pathSegments()
                                .get(r.getUrl().pathSize() - 1)
                                .equals(lastSegment))
                .toList();
    }

    @Test
    void restoresAJobByIdWithOneCallThatNamesIt() throws Exception {
        FakeCodeArtsBuild.Job job = binned("pr", 1).get(0);

        Result r = restore(s -> s.setJobIds(List.of(job.id())));

        assertThat(r.outcomes()).extracting(Outcome::status).containsExactly(Status.Restore.RESTORED);
        assertThat(r.hasFailures()).isFalse();
        assertThat(r.keepDays()).isEqualTo(30);
        assertThat(r.outcomes().get(0).deletedAt()).isEqualTo(Instant.ofEpochSecond(1796004000L));
        assertThat(fake.jobs).contains(job);
        assertThat(fake.bin.holds(job.id())).isFalse();
        List<RecordedRequest> restorations = sent("POST", "recycling-restoration");
        assertThat(restorations).hasSize(1);
        assertThat(restorations.get(0).getBody().utf8()).isEqualTo("{\"job_ids\":[\"" + job.id() + "\"]}");
        assertThat(restorations.get(0).getHeaders().get("X-Auth-Token")).isNotBlank();
        assertThat(sent("GET", "recycling-jobs").get(0).getUrl().queryParameter("page_no"))
                .isEqualTo("1");
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aJobNotInTheBinIsReportedAndNothingIsSentForIt() throws Exception {
        String absent = FakeCodeArtsBuild.newId();

        Result r = restore(s -> s.setJobIds(List.of(absent)));

        assertThat(r.outcomes()).extracting(Outcome::status).containsExactly(Status.Restore.NOT_IN_RECYCLE_BIN);
        assertThat(r.hasFailures()).as("not tolerated without ignoreMissing").isTrue();
        assertThat(r.toMap(e -> "x")).containsEntry("restored", 0).containsEntry("notInRecycleBin", 1);
        assertThat(sent("POST", "recycling-restoration")).isEmpty();

        Result tolerated = restore(s -> {
            s.setJobIds(List.of(absent));
            s.setIgnoreMissing(true);
        });
        assertThat(tolerated.hasFailures()).isFalse();
    }

    @Test
    void byPrefixTheServerNarrowsTheListAndOnlyMatchingNamesAreRestored() throws Exception {
        binned("pr-12-", 3);
        binned("release", 2);
        binned("xpr-12-", 1); // contains the prefix, does not start with it

        Result r = restore(s -> s.setJobNamePrefix("pr-12-"));

        assertThat(r.outcomes()).hasSize(3).allMatch(o -> o.status() == Status.Restore.RESTORED);
        assertThat(sent("GET", "recycling-jobs").get(0).getUrl().queryParameter("search"))
                .isEqualTo("pr-12-");
        assertThat(sent("POST", "recycling-restoration")).hasSize(3);
    }

    @Test
    void anExactNameHeldTwiceIsRefusedAndNothingIsRestored() {
        FakeCodeArtsBuild.Job a = binned("nightly", 1).get(0);
        FakeCodeArtsBuild.Job twin =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), a.name(), PROJECT_ID, "p", null);
        fake.bin.put(twin);

        assertThatThrownBy(() -> restore(s -> s.setJobName(a.name())))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.BIN_AMBIGUOUS_NAME));
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anExactNameWhoseJobTheBinAlsoListsUnderAnotherNameIsRefusedNeverNotInTheBin(boolean otherFirst)
            throws Exception {
        FakeCodeArtsBuild.Job a = binned("nightly", 1).get(0);
        String mine = "{\"job_id\":\"" + a.id() + "\",\"job_name\":\"" + a.name() + "\"}";
        String other = "{\"job_id\":\"" + a.id() + "\",\"job_name\":\"" + a.name() + "-kept\"}";
        String listed = otherFirst ? other + "," + mine : mine + "," + other;
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"success\",\"result\":{\"job_list\":[" + listed + "]}}")
                : null;

        assertThatThrownBy(() -> restore(s -> {
                    s.setJobName(a.name());
                    s.setIgnoreMissing(true); // never "not in the recycle bin": the bin lists it, under two names
                }))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.NAME_LISTED_TWICE));
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anExactNameAnEntryWithoutAUsableIdAlsoHasIsRefusedAndNothingIsRestored(boolean twin) throws Exception {
        FakeCodeArtsBuild.Job a = binned("nightly", 1).get(0);
        String listed = "{\"job_id\":\"nightly-1\",\"job_name\":\"" + a.name() + "\"}"
                + (twin ? ",{\"job_id\":\"" + a.id() + "\",\"job_name\":\"" + a.name() + "\"}" : "")
                + ",{\"job_id\":\"nightly-2\",\"job_name\":\"another\"}";
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"success\",\"result\":{\"job_list\":[" + listed + "]}}")
                : null;

        assertThatThrownBy(() -> restore(s -> {
                    s.setJobName(a.name());
                    s.setIgnoreMissing(true); // never "not in the recycle bin": an entry of that name is
                }))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.NAME_WITHOUT_USABLE_ID);
                    assertThat(e.getArguments()).containsExactly("'" + a.name() + "'", "1");
                });
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    @Test
    void anIdIsRestoredAsGivenNeverABinnedJobWhoseIdDiffersOnlyInCase() throws Exception {
        FakeCodeArtsBuild.Job job = binned("mine", 1).get(0);
        // the bin lists the other first (its id sorts first)
        FakeCodeArtsBuild.Job other =
                new FakeCodeArtsBuild.Job(job.id().toUpperCase(java.util.Locale.ROOT), "theirs", PROJECT_ID, "p", null);
        fake.bin.put(other);

        Result r = restore(s -> s.setJobIds(List.of(job.id())));

        assertThat(sent("POST", "recycling-restoration"))
                .extracting(q -> q.getBody().utf8())
                .containsExactly("{\"job_ids\":[\"" + job.id() + "\"]}");
        assertThat(fake.bin.holds(other.id())).as("never restored").isTrue();
        assertThat(r.outcomes()).extracting(Outcome::jobId).containsExactly(job.id());
    }

    @Test
    void aTotalBelowWhatAPageHoldsIsNoTotalAndATwinOnALaterPageStillMakesTheNameAmbiguous() {
        fake.bin.put(new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "nightly", PROJECT_ID, "p", null));
        binned("nightly-x", 120);
        FakeCodeArtsBuild.Job twin =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "nightly", PROJECT_ID, "p", null);
        fake.bin.put(twin); // on the second page
        fake.bin.totalGiven = 1; // the first page holds 100 entries

        assertThatThrownBy(() -> restore(s -> s.setJobName("nightly")))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.BIN_AMBIGUOUS_NAME));
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    @Test
    void aDryRunRestoresNothingAndAboveMaxJobsStillReportsASample() throws Exception {
        binned("old", 30);

        Result small = restore(s -> {
            s.setJobNamePrefix("old");
            s.setDryRun(true);
        });
        assertThat(small.outcomes()).hasSize(30).allMatch(o -> o.status() == Status.Restore.WOULD_RESTORE);

        Result over = restore(s -> {
            s.setJobNamePrefix("old");
            s.setDryRun(true);
            s.setMaxJobs(10);
        });
        assertThat(over.overMaxJobs()).isTrue();
        assertThat(over.outcomes()).hasSize(JobSelection.SAMPLE);
        assertThat(over.toMap(e -> "x")).containsEntry("total", 30).containsEntry("neededMaxJobs", 30);
        assertThat(sent("POST", "recycling-restoration")).isEmpty();

        assertThatThrownBy(() -> restore(s -> {
                    s.setJobNamePrefix("old");
                    s.setMaxJobs(10);
                }))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_TO_RESTORE));
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    /**
     * A dry run over {@code maxJobs} reports a sample of the bin's jobs; the ids the bin does not hold are known all the
     * same, and are reported: the real run would fail on them, and the dry run fails too (the README says so).
     */
    @Test
    void aDryRunOverMaxJobsStillReportsTheIdsTheBinDoesNotHold() throws Exception {
        List<String> ids = new ArrayList<>(
                binned("old", 30).stream().map(FakeCodeArtsBuild.Job::id).toList());
        String absent = FakeCodeArtsBuild.newId();
        ids.add(absent);

        Result over = restore(s -> {
            s.setJobIds(ids);
            s.setDryRun(true);
            s.setMaxJobs(10);
        });

        assertThat(over.overMaxJobs()).isTrue();
        assertThat(over.toMap(e -> "x")).containsEntry("total", 31).containsEntry("notInRecycleBin", 1);
        assertThat(over.outcomes())
                .filteredOn(o -> o.status() == Status.Restore.NOT_IN_RECYCLE_BIN)
                .extracting(Outcome::jobId)
                .containsExactly(absent);
        assertThat(over.hasFailures()).as("not tolerated without ignoreMissing").isTrue();
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    @Test
    void tooManyIdsAreRefusedBeforeAnythingIsSent() {
        List<String> ids =
                binned("many", 3).stream().map(FakeCodeArtsBuild.Job::id).toList();

        assertThatThrownBy(() -> restore(s -> {
                    s.setJobIds(ids);
                    s.setMaxJobs(2);
                }))
                .isInstanceOf(CodeArtsValidationException.class);
        assertThat(build.getRequestCount()).isZero();
        assertThat(iam.getRequestCount()).isZero();
    }

    @Test
    void pagesAreReadByPageNoFromOne() throws Exception {
        binned("b", 250);

        Result r = restore(s -> {
            s.setJobNamePrefix("b");
            s.setDryRun(true);
            s.setMaxJobs(1000);
        });

        assertThat(r.outcomes()).hasSize(250);
        assertThat(sent("GET", "recycling-jobs"))
                .extracting(q -> q.getUrl().queryParameter("page_no"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void aServerThatIgnoresPageNoIsReadByPageIndex() throws Exception {
        binned("b", 250);
        fake.bin.paging = FakeRecycleBin.Paging.PAGE_INDEX;

        Result r = restore(s -> {
            s.setJobNamePrefix("b");
            s.setDryRun(true);
            s.setMaxJobs(1000);
        });

        assertThat(r.outcomes()).hasSize(250);
        assertThat(sent("GET", "recycling-jobs"))
                .extracting(q -> q.getUrl().encodedQuery().replaceAll("&page_size=100.*", ""))
                .containsExactly("page_no=1", "page_no=2", "page_index=1", "page_index=2");
    }

    @Test
    void aServerThatPagesByNeitherIsRefusedRatherThanReadWrong() {
        binned("b", 150);
        fake.bin.paging = FakeRecycleBin.Paging.NONE;

        assertThatThrownBy(() -> restore(s -> s.setJobNamePrefix("b")))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.BIN_NOT_PAGED));
        assertThat(sent("POST", "recycling-restoration")).isEmpty();
    }

    @Test
    void theSdkEnvelopeWorksAndItsRefusalIsAFailure() throws Exception {
        fake.bin.sdkEnvelope = true;
        FakeCodeArtsBuild.Job job = binned("sdk", 1).get(0);
        Result r = restore(s -> s.setJobIds(List.of(job.id())));
        assertThat(r.outcomes()).extracting(Outcome::status).containsExactly(Status.Restore.RESTORED);

        // in the bin's list, but the restore answers HTTP 200 "success": false
        FakeCodeArtsBuild.Job other = binned("sdk2", 1).get(0);
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-restoration")
                ? json("{\"success\":false,\"message\":\"name clash\",\"err_code\":\"CB.00060999\"}")
                : null;
        Result refused = restore(s -> s.setJobIds(List.of(other.id())));
        Outcome o = refused.outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Restore.FAILED);
        assertThat(((CodeArtsApiException) o.error()).getFailure()).isEqualTo(Failure.REFUSED);
        assertThat(o.error().getMessage()).contains("name clash").contains("CB.00060999");
        assertThat(refused.hasFailures()).isTrue();
        assertThat(fake.bin.holds(other.id())).isTrue();
    }

    @Test
    void aListAnsweringStatusFailIsRefusedWithItsError() {
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"fail\",\"error\":\"no permission on the recycle bin\"}")
                : null;

        assertThatThrownBy(() -> restore(s -> s.setJobNamePrefix("x")))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.REFUSED);
                    assertThat(e.getMessage()).contains("no permission on the recycle bin");
                });
    }

    @Test
    void anAnswerThatSaysNeitherStatusNorSuccessIsNotTakenForOne() {
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"result\":{\"total\":0,\"job_list\":[]}}")
                : null;

        assertThatThrownBy(() -> restore(s -> s.setJobNamePrefix("x")))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER));
    }

    @Test
    void entriesWithoutAUsableIdAreLeftOutCountedAndNeverPutInAUrl() throws Exception {
        FakeCodeArtsBuild.Job good = binned("e", 1).get(0);
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"success\",\"result\":{\"total\":4,\"job_list\":["
                        + "{\"job_name\":\"e-no-id\"},"
                        + "{\"job_id\":\"../../v3/jobs\",\"job_name\":\"e-traversal\"},"
                        + "{\"job_id\":12,\"job_name\":\"e-number\"},"
                        + "{\"job_id\":\"" + good.id() + "\",\"job_name\":\"" + good.name() + "\"}]}}")
                : null;

        Result r = restore(s -> s.setJobNamePrefix("e"));

        assertThat(r.unusableEntries()).isEqualTo(3);
        assertThat(r.outcomes()).extracting(o -> o.jobId()).containsExactly(good.id());
        assertThat(fake.seen)
                .allMatch(seen -> !seen.request().getUrl().toString().contains(".."));
    }

    /**
     * The bin lists one id twice, under a name the prefix matches and under one it does not: which name is the job's is
     * not known, so a restore by name leaves it in the bin, as a delete by name leaves such a job alone.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anIdTheBinListsAlsoUnderANameTheSelectionDoesNotMatchIsNotRestored(boolean matchedFirst) throws Exception {
        FakeCodeArtsBuild.Job twice = binned("pr-db", 1).get(0);
        FakeCodeArtsBuild.Job other = binned("pr-old", 1).get(0);
        String matched = "{\"job_id\":\"" + twice.id() + "\",\"job_name\":\"pr-db\"}";
        String renamed = "{\"job_id\":\"" + twice.id() + "\",\"job_name\":\"keep-pr-db\"}";
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"success\",\"result\":{\"total\":3,\"job_list\":["
                        + (matchedFirst ? matched : renamed) + ",{\"job_id\":\"" + other.id() + "\",\"job_name\":\""
                        + other.name() + "\"}," + (matchedFirst ? renamed : matched) + "]}}")
                : null;

        Result r = restore(s -> s.setJobNamePrefix("pr-"));

        assertThat(sent("POST", "recycling-restoration"))
                .extracting(q -> q.getBody().utf8())
                .containsExactly("{\"job_ids\":[\"" + other.id() + "\"]}");
        assertThat(r.outcomes()).extracting(Outcome::jobId).containsExactly(other.id());
    }

    /**
     * The bin lists one id twice, under the CodeArts project the selection names and under another: which project is
     * the job's is not known, so a restore narrowed to the project leaves it in the bin, whichever entry comes first.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anIdTheBinListsAlsoUnderAnotherProjectIsNotRestoredFromTheProject(boolean selectedFirst) throws Exception {
        FakeCodeArtsBuild.Job twice = binned("pr-db", 1).get(0);
        FakeCodeArtsBuild.Job other = binned("pr-old", 1).get(0);
        String here =
                "{\"job_id\":\"" + twice.id() + "\",\"job_name\":\"pr-db\",\"project_id\":\"" + PROJECT_ID + "\"}";
        String there = here.replace(PROJECT_ID, "7b3d9f1c5e2a4b6c8d0e1f2a3b4c5d6e");
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"success\",\"result\":{\"total\":3,\"job_list\":["
                        + (selectedFirst ? here : there) + ",{\"job_id\":\"" + other.id() + "\",\"job_name\":\""
                        + other.name() + "\",\"project_id\":\"" + PROJECT_ID + "\"}," + (selectedFirst ? there : here)
                        + "]}}")
                : null;

        Result r = restore(s -> {
            s.setJobNamePrefix("pr-");
            s.setCodeArtsProjectId(PROJECT_ID);
        });

        assertThat(sent("POST", "recycling-restoration"))
                .extracting(q -> q.getBody().utf8())
                .containsExactly("{\"job_ids\":[\"" + other.id() + "\"]}");
        assertThat(r.outcomes()).extracting(Outcome::jobId).containsExactly(other.id());
    }

    @Test
    void anIdTheBinListsWithoutANameIsStillInTheBin() throws Exception {
        FakeCodeArtsBuild.Job job = binned("nameless", 1).get(0);
        fake.override = q -> q.getUrl().encodedPath().endsWith("recycling-jobs")
                ? json("{\"status\":\"success\",\"result\":{\"total\":1,\"job_list\":[" + "{\"job_id\":\"" + job.id()
                        + "\",\"job_name\":null}]}}")
                : null;

        Result r = restore(s -> s.setJobIds(List.of(job.id())));

        assertThat(r.outcomes()).extracting(Outcome::status).containsExactly(Status.Restore.RESTORED);
        assertThat(sent("POST", "recycling-restoration"))
                .extracting(q -> q.getBody().utf8())
                .containsExactly("{\"job_ids\":[\"" + job.id() + "\"]}");
        assertThat(fake.bin.holds(job.id())).isFalse();
    }

    @Test
    void namesWithControlCharactersAreEscapedInTheOutcome() throws Exception {
        FakeCodeArtsBuild.Job job = new FakeCodeArtsBuild.Job(
                FakeCodeArtsBuild.newId(), "evil\nFinished: SUCCESS\u001b[2J", PROJECT_ID, "p", null);
        fake.bin.put(job);

        Result r = restore(s -> s.setJobNamePrefix("evil"));

        String name = r.outcomes().get(0).name();
        assertThat(name).doesNotContain("\n").doesNotContain("\u001b").contains("evil");
        Map<String, Object> map = r.toMap(e -> "x");
        assertThat(map.toString()).doesNotContain("\n");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
