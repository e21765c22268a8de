package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delete's {@code purge} (the deleted jobs removed from the recycle bin, and nothing purged for a failed delete)
 * and a dry run above {@code maxJobs} (a report with a sample, nothing deleted). Asserts what the server received.
 */
class PurgeAndPreviewTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCodeArtsBuild fake = new FakeCodeArtsBuild();
    private final Fixtures.RecordingListener events = new Fixtures.RecordingListener();

    @BeforeEach
    void servers() {
        fake.serveOn(iam, build);
    }

    private Result delete(Consumer<Chosen> settings) throws Exception {
        return delete(settings, events);
    }

    private Result delete(Consumer<Chosen> settings, ClientListener listener) throws Exception {
        Chosen s = new Chosen();
        settings.accept(s);
        var plan = s.check();
        CodeArtsBuildClient client = Fixtures.client(Fixtures.config(iam, build))
                .sleeper(new Fixtures.RecordingSleeper())
                .listener(listener)
                .build();
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> client.deleteJobs(plan));
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
    void purgeRemovesTheDeletedJobsFromTheBinWithADeleteThatCarriesTheirIds() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("tmp", 3, PROJECT_ID);

        Result r = delete(s -> {
            s.setJobNamePrefix("tmp");
            s.setPurge(true);
        });

        assertThat(r.hasFailures()).isFalse();
        assertThat(r.toMap(Throwable::getMessage).get("purged")).isEqualTo(3);
        assertThat(r.restoreFrom()).as("nothing is left to restore").isNull();
        assertThat(r.outcomes()).allMatch(o -> o.purge().status() == Status.Purge.PURGED);
        for (FakeCodeArtsBuild.Job j : jobs) {
            assertThat(fake.bin.holds(j.id())).isFalse();
        }
        List<RecordedRequest> purges = sent("DELETE", "recycling-deletion");
        assertThat(purges).hasSize(3);
        assertThat(purges)
                .extracting(q -> q.getBody().utf8())
                .containsExactlyInAnyOrderElementsOf(jobs.stream()
                        .map(j -> "{\"job_ids\":[\"" + j.id() + "\"]}")
                        .toList());
        assertThat(purges).allMatch(q -> q.getHeaders().get("X-Auth-Token") != null);
        assertThat(events.purged).hasSize(1);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutPurgeTheResultSaysTheRecycleBinIsWhereToRestoreFrom() throws Exception {
        fake.addMany("keep", 1, PROJECT_ID);

        Result r = delete(s -> s.setJobNamePrefix("keep"));

        assertThat(r.restoreFrom()).isEqualTo("RECYCLE_BIN");
        Map<String, Object> map = r.toMap(e -> "x");
        assertThat(map).containsEntry("restoreFrom", "RECYCLE_BIN").containsEntry("purged", 0);
        assertThat(((List<?>) map.get("jobs")).get(0)).asString().contains("purgeStatus=null");
        assertThat(sent("GET", "recycling-jobs")).isEmpty();
    }

    @Test
    void aFailedDeleteIsNeverPurgedAndNoBinCallIsMade() throws Exception {
        FakeCodeArtsBuild.Job locked =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "locked-1", PROJECT_ID, "p", false);
        fake.jobs.add(locked);

        Result r = delete(s -> {
            s.setJobIds(List.of(locked.id()));
            s.setPurge(true);
        });

        assertThat(r.outcomes().get(0).status()).isEqualTo(Status.Delete.FAILED);
        assertThat(r.outcomes().get(0).purge()).isNull();
        assertThat(fake.seen).noneMatch(s -> s.request().getUrl().encodedPath().contains("recycling"));
    }

    @Test
    void aDeletedJobTheBinDoesNotHoldIsReportedNotFailed() throws Exception {
        fake.bin.binsDeletes = false;
        FakeCodeArtsBuild.Job job = fake.add("gone-1", PROJECT_ID);

        Result r = delete(s -> {
            s.setJobIds(List.of(job.id()));
            s.setPurge(true);
        });

        assertThat(r.hasFailures()).isFalse();
        assertThat(r.outcomes().get(0).purge().status()).isEqualTo(Status.Purge.NOT_IN_RECYCLE_BIN);
        assertThat(sent("DELETE", "recycling-deletion")).isEmpty();
    }

    @Test
    void aJobFoundGoneWasDeletedBeforeThisStepAndIsLeftInTheBin() throws Exception {
        // a colleague deleted it earlier: it is in the recycle bin, still restorable
        FakeCodeArtsBuild.Job earlier =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "old-1", PROJECT_ID, "p", true);
        fake.bin.put(earlier);
        FakeCodeArtsBuild.Job now = fake.add("new-1", PROJECT_ID);

        Result r = delete(s -> {
            s.setJobIds(List.of(earlier.id(), now.id()));
            s.setIgnoreMissing(true);
            s.setPurge(true);
        });

        assertThat(r.hasFailures()).isFalse();
        Outcome gone = r.outcomes().get(0);
        assertThat(gone.status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(gone.purge().status()).isEqualTo(Status.Purge.DELETED_EARLIER);
        assertThat(gone.toMap(e -> "x"))
                .containsEntry("purgeStatus", "DELETED_EARLIER")
                .containsEntry("purgeError", null);
        assertThat(r.outcomes().get(1).purge().status()).isEqualTo(Status.Purge.PURGED);
        assertThat(fake.bin.holds(earlier.id())).as("never purged").isTrue();
        assertThat(sent("DELETE", "recycling-deletion"))
                .extracting(q -> q.getBody().utf8())
                .containsExactly("{\"job_ids\":[\"" + now.id() + "\"]}");
        assertThat(r.toMap(Throwable::getMessage).get("purged")).isEqualTo(1);
        assertThat(events.purged).hasSize(1);
        assertThat(events.purged.get(0)).hasSize(2);
    }

    @Test
    void aBinnedJobWhoseIdDiffersOnlyInCaseIsNeverPurgedForTheDeletedOne() throws Exception {
        FakeCodeArtsBuild.Job deleted = fake.add("case-1", PROJECT_ID);
        // another job, deleted earlier by someone else; the bin lists it first (its id sorts first)
        FakeCodeArtsBuild.Job other = new FakeCodeArtsBuild.Job(
                deleted.id().toUpperCase(java.util.Locale.ROOT), "case-1", PROJECT_ID, "p", true);
        fake.bin.put(other);

        Result r = delete(s -> {
            s.setJobIds(List.of(deleted.id()));
            s.setPurge(true);
        });

        assertThat(sent("DELETE", "recycling-deletion"))
                .extracting(q -> q.getBody().utf8())
                .containsExactly("{\"job_ids\":[\"" + deleted.id() + "\"]}");
        assertThat(fake.bin.holds(other.id())).as("never purged").isTrue();
        assertThat(r.outcomes().get(0).purge().status()).isEqualTo(Status.Purge.PURGED);
    }

    @Test
    void aBinnedJobWhoseIdDiffersOnlyInCaseAndThatWasDeletedBeforeThisStepIsNeverPurged() throws Exception {
        // the deleted job is not binned; another one, deleted three days ago by a colleague, differs in case alone
        fake.bin.binsDeletes = false;
        FakeCodeArtsBuild.Job deleted = fake.add("case-2", PROJECT_ID);
        FakeCodeArtsBuild.Job other = new FakeCodeArtsBuild.Job(
                deleted.id().toUpperCase(java.util.Locale.ROOT), "case-2", PROJECT_ID, "p", true);
        fake.bin.put(other, Instant.now().minus(Duration.ofDays(3)));

        Result r = delete(s -> {
            s.setJobIds(List.of(deleted.id()));
            s.setPurge(true);
        });

        assertThat(sent("DELETE", "recycling-deletion")).isEmpty();
        assertThat(fake.bin.holds(other.id())).as("never purged").isTrue();
        Outcome o = r.outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.DELETED_EARLIER);
    }

    @Test
    void onlyJobsFoundGoneReadNoBinAndPurgeNothing() throws Exception {
        FakeCodeArtsBuild.Job earlier =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "old-2", PROJECT_ID, "p", true);
        fake.bin.put(earlier);

        Result r = delete(s -> {
            s.setJobIds(List.of(earlier.id()));
            s.setIgnoreMissing(true);
            s.setPurge(true);
        });

        assertThat(r.outcomes().get(0).purge().status()).isEqualTo(Status.Purge.DELETED_EARLIER);
        assertThat(fake.bin.holds(earlier.id())).isTrue();
        assertThat(fake.seen).noneMatch(q -> q.request().getUrl().encodedPath().contains("recycling"));
    }

    @Test
    void aJobThisStepMayHaveDeletedBeforeItsAnswerWasLostIsPurged() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("lost-1", PROJECT_ID);
        AtomicBoolean first = new AtomicBoolean(true);
        // the first delete takes effect, but its answer is a gateway timeout; the retry finds the job gone
        fake.override = q -> q.getMethod().equals("POST") && first.getAndSet(false) ? deleteAndTimeOut(job) : null;

        Result r = delete(s -> {
            s.setJobIds(List.of(job.id()));
            s.setPurge(true);
        });

        Outcome o = r.outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(o.attempts()).isEqualTo(2);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.PURGED);
        assertThat(fake.bin.holds(job.id())).isFalse();
    }

    @Test
    void aJobTheBinSaysWasDeletedBeforeThisStepIsNeverPurgedAfterALostAnswer() throws Exception {
        // a colleague deleted it three days ago: still restorable
        FakeCodeArtsBuild.Job earlier =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "old-3", PROJECT_ID, "p", true);
        fake.bin.put(earlier, Instant.now().minus(Duration.ofDays(3)));
        AtomicBoolean first = new AtomicBoolean(true);
        // the first delete's answer is a gateway timeout; the retry finds the job gone
        fake.override = q -> q.getMethod().equals("POST") && first.getAndSet(false)
                ? FakeCodeArtsBuild.json(504, "{\"error_code\":\"APIG.0201\",\"error_msg\":\"Backend timeout\"}")
                : null;

        Result r = delete(s -> {
            s.setJobIds(List.of(earlier.id()));
            s.setPurge(true);
        });

        Outcome o = r.outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.DELETED_EARLIER);
        assertThat(fake.bin.holds(earlier.id())).as("never purged").isTrue();
        assertThat(sent("DELETE", "recycling-deletion")).isEmpty();
    }

    @Test
    void aJobTheBinSaysWasDeletedBeforeThisStepIsNeverPurgedAfterASuccessNamingAnotherJob() throws Exception {
        // a colleague deleted it three days ago: still restorable
        FakeCodeArtsBuild.Job earlier =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "old-4", PROJECT_ID, "p", true);
        fake.bin.put(earlier, Instant.now().minus(Duration.ofDays(3)));
        String other = FakeCodeArtsBuild.newId();
        fake.override = q -> q.getMethod().equals("POST")
                ? FakeCodeArtsBuild.json(200, "{\"status\":\"success\",\"result\":{\"job_id\":\"" + other + "\"}}")
                : null;

        Result r = delete(s -> {
            s.setJobIds(List.of(earlier.id()));
            s.setPurge(true);
        });

        Outcome o = r.outcomes().get(0);
        assertThat(o.confirmedJobId()).isEqualTo(other);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.DELETED_EARLIER);
        assertThat(fake.bin.holds(earlier.id())).as("never purged").isTrue();
        assertThat(sent("DELETE", "recycling-deletion")).isEmpty();
    }

    @Test
    void anAbortWhileTheBinIsReadSaysWhatWasDeletedAndPurgesNothing() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("abort-1", PROJECT_ID);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fake.override = holdWhile(q -> q.getUrl().encodedPath().endsWith("recycling-jobs"), reading, release);
        Chosen s = new Chosen();
        s.setJobIds(List.of(job.id()));
        s.setPurge(true);
        var plan = s.check();
        List<Result> aborted = events.aborted;
        CodeArtsBuildClient client = Fixtures.client(
                        Fixtures.HTTP, Fixtures.build(Fixtures.config(iam, build)), Fixtures.newKey())
                .listener(events)
                .build();
        assertThat(abortWhen(reading, release, client, plan)).isInstanceOf(InterruptedException.class);
        assertThat(aborted).hasSize(1);
        Outcome o = aborted.get(0).outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.NOT_ATTEMPTED);
        assertThat(sent("DELETE", "recycling-deletion")).isEmpty();
        assertThat(fake.bin.holds(job.id())).isTrue();
    }

    /**
     * Aborted while the deletes run, with {@code purge}: a job deleted is reported with its purge not attempted, as
     * when the abort comes while the bin is read, never as if no purge had been asked for; a delete in flight has none.
     */
    @Test
    void anAbortDuringTheDeletesSaysThePurgeOfEachDeletedJobWasNotAttempted() throws Exception {
        FakeCodeArtsBuild.Job done = fake.add("abort-1", PROJECT_ID);
        FakeCodeArtsBuild.Job held = fake.add("abort-2", PROJECT_ID);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fake.override = holdWhile(q -> q.getUrl().encodedPath().contains(held.id()), holding, release);
        Chosen s = new Chosen();
        s.setJobIds(List.of(done.id(), held.id()));
        s.setParallelism(1);
        s.setPurge(true);
        var plan = s.check();
        CodeArtsBuildClient client =
                Fixtures.client(Fixtures.config(iam, build)).listener(events).build();
        assertThat(abortWhen(holding, release, client, plan)).isInstanceOf(InterruptedException.class);
        assertThat(events.aborted).singleElement().satisfies(partial -> {
            assertThat(partial.outcomes())
                    .extracting(Outcome::status)
                    .containsExactly(Status.Delete.DELETED, Status.Delete.UNKNOWN);
            assertThat(partial.outcomes().get(0).purge())
                    .isNotNull()
                    .extracting(Outcome::status)
                    .isEqualTo(Status.Purge.NOT_ATTEMPTED);
            assertThat(partial.outcomes().get(1).purge()).isNull();
        });
        assertThat(sent("GET", "recycling-jobs")).isEmpty();
        assertThat(fake.bin.holds(done.id())).isTrue();
    }

    /** An override that, for each request {@code held} matches, opens {@code reached} and waits for {@code release}. */
    private static Function<RecordedRequest, MockResponse> holdWhile(
            Predicate<RecordedRequest> held, CountDownLatch reached, CountDownLatch release) {
        return q -> {
            if (held.test(q)) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };
    }

    /** Runs the delete on a thread of its own, interrupts it once {@code reached} opens, and returns what it threw. */
    private static Throwable abortWhen(
            CountDownLatch reached, CountDownLatch release, CodeArtsBuildClient client, JobSelection plan)
            throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread step = new Thread(() -> {
            try {
                client.deleteJobs(plan);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        step.start();
        try {
            assertThat(reached.await(30, TimeUnit.SECONDS)).isTrue();
            step.interrupt();
            step.join(30_000);
        } finally {
            release.countDown();
        }
        assertThat(step.isAlive()).isFalse();
        return thrown.get();
    }

    private MockResponse deleteAndTimeOut(FakeCodeArtsBuild.Job job) {
        fake.jobs.remove(job);
        fake.bin.put(job, Instant.now());
        return FakeCodeArtsBuild.json(504, "{\"error_code\":\"APIG.0201\",\"error_msg\":\"Backend timeout\"}");
    }

    @Test
    void aRefusedPurgeFailsTheJobButKeepsItsDelete() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("stuck-1", PROJECT_ID);
        fake.override = q -> q.getMethod().equals("DELETE")
                ? new MockResponse.Builder()
                        .code(200)
                        .body("{\"status\":\"fail\",\"error\":\"recycle bin busy\"}")
                        .build()
                : null;

        Result r = delete(s -> {
            s.setJobIds(List.of(job.id()));
            s.setPurge(true);
        });

        Outcome o = r.outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.FAILED);
        assertThat(o.failsRun()).isTrue();
        assertThat(o.toMap(e -> e.getMessage()).get("purgeError").toString()).contains("recycle bin busy");
        assertThat(fake.bin.holds(job.id())).isTrue();
    }

    /**
     * A failure no check foresaw during a purge (here a listener that throws when told of a retry) fails that job's
     * purge, as it would fail a delete: the deletes are done, and the result and the log still say so. So does one
     * while the bin is read, for every deleted job, and then no purge is sent.
     */
    @Test
    void anUnforeseenFailureInAPurgeFailsThatPurgeAndKeepsTheReport() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("odd-1", PROJECT_ID);

        Outcome o = purgeWithAThrowingListener(job, "DELETE");

        assertThat(o.failsRun()).isTrue();
        assertThat(sent("DELETE", "recycling-deletion")).hasSize(1);
    }

    @Test
    void anUnforeseenFailureWhileTheBinIsReadFailsEveryPurgeAndSendsNone() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("odd-2", PROJECT_ID);

        Outcome o = purgeWithAThrowingListener(job, "GET");

        assertThat(o.failsRun()).isTrue();
        assertThat(sent("DELETE", "recycling-deletion")).isEmpty();
    }

    /**
     * Deletes and purges {@code job}, the bin answering 503 to {@code method}, the listener throwing on a retry; the
     * job is deleted, its purge failed with the unforeseen failure, and the log heard of it.
     */
    private Outcome purgeWithAThrowingListener(FakeCodeArtsBuild.Job job, String method) throws Exception {
        fake.override =
                q -> q.getMethod().equals(method) && q.getUrl().encodedPath().contains("recycling")
                        ? new MockResponse.Builder().code(503).body("{}").build()
                        : null;
        List<List<Outcome>> purged = new CopyOnWriteArrayList<>();
        ClientListener throwing = new ClientListener() {
            @Override
            public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
                throw new IllegalStateException("a listener's bug");
            }

            @Override
            public void onPurged(List<Outcome> outcomes, int binPages) {
                purged.add(outcomes);
            }
        };
        Result r = delete(
                s -> {
                    s.setJobIds(List.of(job.id()));
                    s.setPurge(true);
                },
                throwing);

        Outcome o = r.outcomes().get(0);
        assertThat(o.status()).isEqualTo(Status.Delete.DELETED);
        assertThat(o.purge().status()).isEqualTo(Status.Purge.FAILED);
        assertThat(o.purge().error().getMessage()).contains("IllegalStateException");
        assertThat(purged).as("the log hears of the purge").hasSize(1);
        assertThat(fake.bin.holds(job.id())).isTrue();
        return o;
    }

    @Test
    void aDryRunAboveMaxJobsReportsTheCountASampleAndTheMaxJobsItNeeds() throws Exception {
        fake.addMany("pr", 120, PROJECT_ID);

        Result r = delete(s -> {
            s.setJobNamePrefix("pr");
            s.setDryRun(true);
            s.setMaxJobs(50);
        });

        assertThat(r.overMaxJobs()).isTrue();
        assertThat(r.selected()).isEqualTo(120);
        assertThat(r.outcomes()).hasSize(JobSelection.SAMPLE);
        assertThat(r.toMap(e -> "x")).containsEntry("total", 120).containsEntry("neededMaxJobs", 120);
        assertThat(sent("POST", "delete")).isEmpty();
        assertThat(sent("GET", "info")).hasSize(JobSelection.SAMPLE);
        assertThat(fake.jobs).hasSize(120);
    }

    @Test
    void aDryRunOfFewerIdsThanTheSampleAboveMaxJobsChecksThemAll() throws Exception {
        List<String> ids = fake.addMany("ids", 5, PROJECT_ID).stream()
                .map(FakeCodeArtsBuild.Job::id)
                .toList();

        Result r = delete(s -> {
            s.setJobIds(ids);
            s.setDryRun(true);
            s.setMaxJobs(2);
        });

        assertThat(r.overMaxJobs()).isTrue();
        assertThat(r.outcomes()).hasSize(5).allMatch(o -> o.status() == Status.Delete.WOULD_DELETE);
        assertThat(r.toMap(e -> "x")).containsEntry("neededMaxJobs", 5);
        assertThat(sent("POST", "delete")).isEmpty();
    }

    @Test
    void aDryRunWithinMaxJobsIsNotMarkedOver() throws Exception {
        fake.addMany("few", 3, PROJECT_ID);

        Result r = delete(s -> {
            s.setJobNamePrefix("few");
            s.setDryRun(true);
        });

        assertThat(r.overMaxJobs()).isFalse();
        assertThat(r.toMap(e -> "x")).containsEntry("neededMaxJobs", null).containsEntry("restoreFrom", null);
    }
}
