package io.jenkins.plugins.codeartsbuild.client;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.auth.KeyAuthenticatorSignatureModeTest;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobLister;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobListerTest;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CodeArtsBuildClient#deleteJobs}: one authentication for the whole batch, bounded parallelism, every job
 * attempted, throttling that slows the whole batch, an abort that says what was done, and name selections that
 * delete nothing unless they resolve as asked. Each test asserts what the fake servers received.
 */
class BatchDeleteTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCodeArtsBuild fake = new FakeCodeArtsBuild();
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    /** What the batch told its listener. */
    private final Fixtures.RecordingListener events = new Fixtures.RecordingListener();

    @BeforeEach
    void servers() {
        fake.serveOn(iam, build);
    }

    private CodeArtsBuildClient client() {
        return client(events);
    }

    private CodeArtsBuildClient client(ClientListener listener) {
        return Fixtures.client(Fixtures.config(iam, build))
                .listener(listener)
                .sleeper(sleeper)
                .build();
    }

    private Result run(Consumer<Chosen> settings) throws Exception {
        return run(client(), settings);
    }

    private Result run(CodeArtsBuildClient client, Consumer<Chosen> settings) throws Exception {
        Chosen s = new Chosen();
        settings.accept(s);
        JobSelection plan = s.check();
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> client.deleteJobs(plan));
    }

    /** Waits, at most 10 s, until {@code condition} holds. */
    private static void waitUntil(BooleanSupplier condition) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (!condition.getAsBoolean()) {
                Thread.sleep(5);
            }
        });
    }

    /** A batch on a thread of its own, so that a test can interrupt it as Jenkins does when a build is aborted. */
    private static final class Caller {
        private final CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        private final Thread thread;

        Caller(CodeArtsBuildClient client, JobSelection plan) {
            thread = new Thread(() -> {
                try {
                    client.deleteJobs(plan);
                    outcome.complete(null);
                } catch (Throwable t) {
                    outcome.complete(t);
                }
            });
            thread.start();
        }

        /** Interrupts the batch and returns what it threw, or null if it ended without throwing. */
        Throwable interrupt() throws Exception {
            thread.interrupt();
            return outcome.get(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> ids(List<FakeCodeArtsBuild.Job> jobs) {
        return jobs.stream().map(FakeCodeArtsBuild.Job::id).toList();
    }

    private static List<Status> statuses(Result r) {
        return r.outcomes().stream().map(Outcome::status).toList();
    }

    private void assertNothingSent() {
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    // ---- one authentication, bounded parallelism, every job attempted

    @Test
    void manyIdsNeedOneTokenExchange() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 40, PROJECT_ID);

        Result r = run(s -> {
            s.setJobIds(ids(jobs));
            s.setParallelism(16);
        });

        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(fake.deleteIds()).hasSize(40).containsExactlyInAnyOrderElementsOf(ids(jobs));
        assertThat(fake.requests("POST", "/delete"))
                .allSatisfy(q -> assertThat(q.getHeaders().get("X-Auth-Token")).isEqualTo("batch-token"));
        assertThat(r.outcomes()).extracting(o -> o.jobId()).containsExactlyElementsOf(ids(jobs));
        assertThat(statuses(r)).containsOnly(Status.Delete.DELETED);
        assertThat(r.outcomes()).allSatisfy(o -> {
            assertThat(o.attempts()).isEqualTo(1);
            assertThat(o.codeArtsProjectId()).isEqualTo(PROJECT_ID);
        });
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(40);
        assertThat(r.hasFailures()).isFalse();
        assertThat(events.done).hasSize(40);
        assertThat(events.resolved).containsExactly("40 0");
        assertThat(fake.jobs).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ids", "pattern"})
    void aRefusedKeyFailsTheBatchOnceWithOneLoginAndNoDelete(String selector) {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 20, PROJECT_ID);
        AtomicInteger logins = new AtomicInteger();
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                logins.incrementAndGet();
                return Fixtures.error(401, "IAM.0011", "The access key or the secret key is wrong");
            }
        });

        assertThatThrownBy(() -> run(s -> {
                    if (selector.equals("ids")) {
                        s.setJobIds(ids(jobs));
                    } else {
                        s.setJobNamePattern("job-*");
                    }
                    s.setParallelism(8);
                }))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getService()).isEqualTo(Service.IAM);
                    assertThat(e.getStatus()).isEqualTo(401);
                });
        assertThat(logins.get()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
        assertThat(events.done).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void atMostParallelismDeletesAreInFlight(int parallelism) throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 3 * parallelism + 2, PROJECT_ID);
        CountDownLatch full = new CountDownLatch(parallelism);
        fake.override = r -> {
            if (FakeCodeArtsBuild.isDelete(r)) {
                full.countDown();
                try {
                    // held until `parallelism` deletes are in flight (a narrower batch waits the 5 s out), then a
                    // little longer, so that one too many would be seen
                    full.await(5, TimeUnit.SECONDS);
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };

        Result r = run(s -> {
            s.setJobIds(ids(jobs));
            s.setParallelism(parallelism);
        });

        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(jobs.size());
        assertThat(fake.maxInFlight.get()).isEqualTo(parallelism);
        assertThat(fake.deleteIds()).hasSize(jobs.size()).doesNotHaveDuplicates();
    }

    @Test
    void everyJobIsAttemptedAndFailuresAreOutcomes() throws Exception {
        FakeCodeArtsBuild.Job ok1 = fake.add("ok-1", PROJECT_ID);
        FakeCodeArtsBuild.Job denied =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "denied", PROJECT_ID, "p", false);
        fake.jobs.add(denied);
        FakeCodeArtsBuild.Job broken = fake.add("broken", PROJECT_ID);
        FakeCodeArtsBuild.Job ok2 = fake.add("ok-2", PROJECT_ID);
        String missing = FakeCodeArtsBuild.newId();
        fake.override = r -> r.getUrl().encodedPath().contains(broken.id())
                ? Fixtures.error(500, "CB.00069999", "internal error")
                : null;

        Result r = run(s -> {
            s.setJobIds(List.of(ok1.id(), missing, denied.id(), broken.id(), ok2.id()));
            s.setParallelism(2);
        });

        assertThat(statuses(r))
                .containsExactly(
                        Status.Delete.DELETED,
                        Status.Delete.FAILED,
                        Status.Delete.FAILED,
                        Status.Delete.FAILED,
                        Status.Delete.DELETED);
        assertThat(r.count(Status.Delete.FAILED)).isEqualTo(3);
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(2);
        assertThat(r.hasFailures()).isTrue();
        assertThat(r.outcomes().get(1).error())
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(404));
        assertThat(r.outcomes().get(2).error())
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(403));
        assertThat(fake.deleteIds()).hasSize(5);
        Map<String, Object> map = r.toMap(CodeArtsException::getMessage);
        assertThat(map).containsEntry("total", 5).containsEntry("deleted", 2).containsEntry("failed", 3);
        // one shape whatever the run: the dry run's counts are there, and zero
        assertThat(map)
                .containsEntry("wouldDelete", 0)
                .containsEntry("notPermitted", 0)
                .containsEntry("missing", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> each = (List<Map<String, Object>>) map.get("jobs");
        assertThat(each.get(2)).containsEntry("status", "FAILED").containsEntry("jobId", denied.id());
        assertThat((String) each.get(2).get("error")).contains("403");
    }

    @Test
    void eachJobKeepsTheRetryPolicyOfASingleDelete() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 3, PROJECT_ID);
        AtomicInteger failures = new AtomicInteger();
        String flaky = jobs.get(1).id();
        fake.override = r -> r.getUrl().encodedPath().contains(flaky) && failures.getAndIncrement() < 2
                ? Fixtures.status(503)
                : null;

        Result r = run(s -> s.setJobIds(ids(jobs)));

        assertThat(statuses(r)).containsOnly(Status.Delete.DELETED);
        assertThat(r.outcomes().get(1).attempts()).isEqualTo(3);
        assertThat(Collections.frequency(fake.deleteIds(), flaky)).isEqualTo(3);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void eachJobsCallsAreReportedToItsOwnListener() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 3, PROJECT_ID);
        String flaky = jobs.get(2).id();
        AtomicInteger failures = new AtomicInteger();
        fake.override = r -> r.getUrl().encodedPath().contains(flaky) && failures.getAndIncrement() == 0
                ? Fixtures.error(500, "CB.00060100", "network busy")
                : null;
        Map<String, Fixtures.RecordingListener> perJob = new java.util.concurrent.ConcurrentHashMap<>();
        ClientListener listener = new ClientListener() {
            @Override
            public ClientListener forJob(String jobId) {
                return perJob.computeIfAbsent(jobId, id -> new Fixtures.RecordingListener());
            }
        };
        Chosen s = new Chosen();
        s.setJobIds(ids(jobs));

        client(listener).deleteJobs(s.check());

        assertThat(perJob).containsOnlyKeys(ids(jobs));
        assertThat(perJob.get(flaky).events)
                .singleElement()
                .satisfies(retry ->
                        assertThat(retry).startsWith("retry after 1 in 500 ms").contains("CB.00060100"));
        assertThat(perJob.get(jobs.get(0).id()).events).isEmpty();
    }

    @Test
    void aTokenThatExpiresMidBatchIsRenewedOnceForTheWholeBatch() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 8, PROJECT_ID);
        AtomicInteger deletes = new AtomicInteger();
        fake.override = r -> FakeCodeArtsBuild.isDelete(r) && deletes.incrementAndGet() == 3
                ? Fixtures.error(401, "APIG.0301", "Incorrect IAM authentication information: token expires")
                : null;

        Result r = run(s -> {
            s.setJobIds(ids(jobs));
            s.setParallelism(1);
        });

        assertThat(statuses(r)).containsOnly(Status.Delete.DELETED);
        assertThat(r.outcomes().get(2).attempts()).isEqualTo(2);
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(fake.deleteIds()).hasSize(9);
    }

    @Test
    void duplicateIdsAreDeletedOnceAndCounted() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 2, PROJECT_ID);
        String a = jobs.get(0).id();
        String b = jobs.get(1).id();

        Result r = run(s -> s.setJobIds(List.of(a, b, a, a, b)));

        assertThat(fake.deleteIds()).containsExactlyInAnyOrder(a, b);
        assertThat(r.outcomes().size()).isEqualTo(2);
        assertThat(r.toMap(CodeArtsException::getMessage)).containsEntry("duplicatesRemoved", 3);
    }

    @Test
    void aJobBlockedByAFirewallFailsAloneAndIsNotTakenForALockedKey() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("waf", 3, PROJECT_ID);
        String blocked = "/v3/jobs/" + jobs.get(0).id() + "/delete";
        fake.override = q -> q.getUrl().encodedPath().equals(blocked)
                ? new MockResponse.Builder()
                        .code(403)
                        .addHeader("Content-Type", "text/html")
                        .body("<html><body><h1>403 Forbidden</h1><p>Your request has been blocked.</p></body></html>")
                        .build()
                : null;

        Result r = run(s -> {
            s.setJobIds(ids(jobs));
            s.setParallelism(1);
        });

        assertThat(statuses(r)).containsExactly(Status.Delete.FAILED, Status.Delete.DELETED, Status.Delete.DELETED);
        assertThat(r.outcomes().get(0).error())
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(ErrorHint.of(e)).isNotEqualTo(ErrorHint.KEY_LOCKED));
        assertThat(fake.deleteIds()).containsExactlyElementsOf(ids(jobs));
    }

    @Test
    void aForeignNotFoundIsAFailureEvenWhenMissingJobsAreTolerated() throws Exception {
        FakeCodeArtsBuild.Job ok = fake.add("ok", PROJECT_ID);
        String gone = FakeCodeArtsBuild.newId();
        String foreign = FakeCodeArtsBuild.newId();
        fake.override = r -> r.getUrl().encodedPath().contains(foreign)
                ? new MockResponse.Builder()
                        .code(404)
                        .addHeader("Content-Type", "text/html")
                        .body("<html><body><h1>404 Not Found</h1><hr>nginx</body></html>")
                        .build()
                : null;

        Result r = run(s -> {
            s.setJobIds(List.of(ok.id(), gone, foreign));
            s.setIgnoreMissing(true);
        });

        assertThat(statuses(r))
                .containsExactly(Status.Delete.DELETED, Status.Delete.ALREADY_GONE, Status.Delete.FAILED);
        assertThat(r.outcomes().get(2).error())
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getFailure()).isEqualTo(Failure.FOREIGN_ERROR));
        assertThat(r.outcomes().get(1).status()).isEqualTo(Status.Delete.ALREADY_GONE);
        assertThat(fake.deleteIds()).containsExactlyInAnyOrder(ok.id(), gone, foreign);
    }

    // ---- refused before anything is sent

    @Test
    void badSelectionsAreRefusedBeforeAnythingIsSent() {
        String good = FakeCodeArtsBuild.newId();
        List<Consumer<Chosen>> bad = List.of(
                s -> s.setJobIds(List.of()),
                s -> s.setJobIds(List.of(good, "../" + good.substring(3), FakeCodeArtsBuild.newId())),
                s -> {
                    s.setJobIds(List.of(good));
                    s.setJobName("x");
                },
                s -> {
                    s.setJobId(good);
                    s.setJobNamePattern("*");
                },
                s -> {
                    s.setJobIds(List.of(good));
                    s.setParallelism(0);
                },
                s -> {
                    s.setJobIds(List.of(good));
                    s.setParallelism(17);
                },
                s -> {
                    s.setJobNamePattern("*");
                    s.setMaxJobs(0);
                },
                s -> s.setDryRun(true));
        List<Problem> expected = List.of(
                Problem.JOB_IDS_EMPTY,
                Problem.JOB_IDS_INVALID,
                Problem.SELECTOR_AMBIGUOUS,
                Problem.SELECTOR_AMBIGUOUS,
                Problem.PARALLELISM_INVALID,
                Problem.PARALLELISM_INVALID,
                Problem.MAX_JOBS_INVALID,
                Problem.SELECTOR_MISSING);

        for (int i = 0; i < bad.size(); i++) {
            int index = i;
            assertThatThrownBy(() -> run(bad.get(index)))
                    .isInstanceOfSatisfying(
                            CodeArtsValidationException.class,
                            e -> assertThat(e.getProblem()).isEqualTo(expected.get(index)));
        }
        assertNothingSent();
    }

    @Test
    void moreIdsThanMaxJobsAreRefusedBeforeAnythingIsSent() {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 3, PROJECT_ID);

        assertThatThrownBy(() -> run(s -> {
                    s.setJobIds(ids(jobs));
                    s.setMaxJobs(2);
                }))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_JOBS);
                    assertThat(e.getArguments()).containsExactly(jobs.get(0).id() + ", … (3)", "3", "2");
                });
        assertNothingSent();
    }

    @Test
    void maxJobsPassedMidListingStopsTheListingThereAndDeletesNothing() throws Exception {
        fake.addMany("job", 5_000, PROJECT_ID);

        assertThatThrownBy(() -> run(s -> {
                    s.setJobNamePattern("job-*");
                    s.setMaxJobs(150);
                }))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_JOBS_SO_FAR);
                    assertThat(e.getArguments().get(2)).isEqualTo("150");
                });
        // 50 pages of the list; the first, then one wave of pages side by side passed 150 matches
        assertThat(fake.pages()).hasSize(1 + JobLister.PAGE_WIDTH);
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @Test
    void findRefusesMoreMatchesThanItsLimitAndAnInvalidLimitSendsNothing() throws Exception {
        fake.addMany("svc", 5, PROJECT_ID);
        Chosen s = new Chosen();
        s.setJobNamePattern("svc-*");
        JobSelection plan = s.check();

        assertThatThrownBy(() -> client().findJobs(plan, 4))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_FOUND));
        assertThat(client().findJobs(plan, 5)).hasSize(5);
        int pages = fake.pages().size();
        for (int bad : new int[] {0, -1, CodeArtsBuildClient.MAX_FOUND + 1}) {
            assertThatThrownBy(() -> client().findJobs(plan, bad))
                    .isInstanceOfSatisfying(
                            CodeArtsValidationException.class,
                            e -> assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_INVALID));
        }
        assertThat(fake.pages()).hasSize(pages);
    }

    @Test
    void noSelectionCanPutAPathIntoAUrlWhateverTheCaller() {
        for (String id : new String[] {"..", "a/b", "x?y", "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c4/"}) {
            Chosen s = new Chosen();
            s.setJobIds(List.of(id));
            assertThatThrownBy(s::check)
                    .as(id)
                    .isInstanceOf(CodeArtsValidationException.class)
                    .hasMessageContaining("_INVALID");
        }
        Chosen s = new Chosen();
        s.setJobNamePattern("x*");
        s.setCodeArtsProjectId("../v1");
        assertThatThrownBy(s::check).isInstanceOf(CodeArtsValidationException.class);
        assertNothingSent();
    }

    @Test
    void aPageWithMoreEntriesThanAskedForIsRefusedNotRead() throws Exception {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 5 * JobLister.PAGE_SIZE; i++) {
            entries.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(FakeCodeArtsBuild.newId())
                    .append("\",\"job_name\":\"big-")
                    .append(i)
                    .append("\"}");
        }
        fake.override = r -> FakeCodeArtsBuild.json(
                200, "{\"status\":\"success\",\"result\":{\"total\":500,\"job_list\":[" + entries + "]}}");

        assertThatThrownBy(() -> run(s -> {
                    s.setJobNamePattern("big-*");
                    s.setMaxJobs(1000);
                }))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER));
        assertThat(fake.pages()).hasSize(1);
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @Test
    void aPatternOfOnlyAStarIsStillBoundByMaxJobs() throws Exception {
        fake.addMany("job", JobSelection.DEFAULT_MAX_JOBS + 1, PROJECT_ID);

        assertThatThrownBy(() -> run(s -> s.setJobNamePattern("*")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.TOO_MANY_JOBS_SO_FAR);
                    assertThat(e.getArguments()).containsExactly("'*'", "51", "50");
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(fake.pages()).hasSize(1);
        assertThat(fake.pages().get(0).getUrl().queryParameterNames()).doesNotContain("search");

        Result r = run(s -> {
            s.setJobNamePattern("*");
            s.setMaxJobs(51);
        });
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(51);
        assertThat(fake.deleteIds()).hasSize(51);
    }

    // ---- names

    @Test
    void aNameSelectsExactlyOneJobAndAStarInItIsLiteral() throws Exception {
        FakeCodeArtsBuild.Job star = fake.add("deploy*", PROJECT_ID);
        fake.add("deploy-1", PROJECT_ID);
        fake.add("deploy*x", PROJECT_ID);

        Result r = run(s -> s.setJobName("deploy*"));

        assertThat(fake.deleteIds()).containsExactly(star.id());
        assertThat(fake.pages())
                .singleElement()
                .satisfies(p -> assertThat(p.getUrl().queryParameter("search")).isEqualTo("deploy*"));
        assertThat(r.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.Delete.DELETED);
            assertThat(o.name()).isEqualTo("deploy*");
            assertThat(o.codeArtsProjectId()).isEqualTo(PROJECT_ID);
        });
        assertThat(events.resolved).containsExactly("1 1");
    }

    @Test
    void aNameThatMatchesNoJobFailsAndDeletesNothing() {
        fake.add("nightly-1", PROJECT_ID);

        assertThatThrownBy(() -> run(s -> s.setJobName("nightly")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.NO_SUCH_NAME);
                    assertThat(e.getMessage()).contains("'nightly'");
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(fake.pages()).hasSize(1);
    }

    @Test
    void aNameThatMatchesNoJobIsOneAlreadyGoneOutcomeWhenMissingJobsAreTolerated() throws Exception {
        Result r = run(s -> {
            s.setJobName("nightly X");
            s.setIgnoreMissing(true);
        });

        assertThat(r.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.Delete.ALREADY_GONE);
            assertThat(o.jobId()).isNull();
            assertThat(o.name()).isEqualTo("nightly X");
            assertThat(o.failsRun()).isFalse();
        });
        assertThat(r.toMap(CodeArtsException::getMessage)).containsEntry("alreadyGone", 1);
        assertThat(events.done).hasSize(1);
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @Test
    void aNameThatMatchesSeveralJobsFailsListingEachWithItsProject() {
        String otherProject = JobListerTest.OTHER_PROJECT;
        FakeCodeArtsBuild.Job a = fake.add("nightly", PROJECT_ID);
        FakeCodeArtsBuild.Job b = fake.add("nightly", otherProject);
        fake.add("nightly-2", PROJECT_ID);

        assertThatThrownBy(() -> run(s -> s.setJobName("nightly")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.AMBIGUOUS_NAME);
                    assertThat(e.getMessage())
                            .contains("'nightly', 2")
                            .contains(a.id() + " (codeArtsProjectId " + PROJECT_ID + ")")
                            .contains(b.id() + " (codeArtsProjectId " + otherProject + ")");
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"true, false", "false, true", "false, false"})
    void aNameAnEntryWithoutAUsableIdAlsoHasIsRefusedAndNothingIsDeleted(boolean twin, boolean dryRun) {
        if (twin) {
            fake.add("nightly", PROJECT_ID);
        }
        // the list names a job by the same name that this plugin cannot address: the name no longer says which
        fake.jobs.add(new FakeCodeArtsBuild.Job("nightly-1", "nightly", PROJECT_ID, "p", null));

        assertThatThrownBy(() -> run(s -> {
                    s.setJobName("nightly");
                    s.setIgnoreMissing(true); // never "already gone": the entry exists
                    s.setDryRun(dryRun);
                }))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.NAME_WITHOUT_USABLE_ID);
                    assertThat(e.getArguments()).containsExactly("'nightly'", "1");
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(fake.seen).noneMatch(q -> q.request().getUrl().encodedPath().endsWith("/info"));
    }

    @Test
    void aTotalBelowWhatAPageHoldsIsNoTotalAndATwinOnALaterPageStillMakesTheNameAmbiguous() {
        FakeCodeArtsBuild.Job a = fake.add("nightly", PROJECT_ID);
        fake.addMany("nightly-x", 120, PROJECT_ID);
        FakeCodeArtsBuild.Job b = fake.add("nightly", PROJECT_ID); // on the second page
        fake.totalGiven = 1; // the first page holds 100 entries

        assertThatThrownBy(() -> run(s -> s.setJobName("nightly")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.AMBIGUOUS_NAME);
                    assertThat(e.getMessage()).contains(a.id()).contains(b.id());
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"true, false", "false, false", "true, true", "false, true"})
    void aJobTheListAlsoGivesUnderAnotherNameIsRefusedByItsExactNameNeverSilentlyLeft(
            boolean otherFirst, boolean another) {
        FakeCodeArtsBuild.Job job = fake.add("nightly", PROJECT_ID);
        if (another) {
            fake.add("nightly", PROJECT_ID); // a job of that name only: never deleted as if it were the one meant
        }
        // renamed (or moved) while the list was paged: the same id under another name too
        FakeCodeArtsBuild.Job renamed = new FakeCodeArtsBuild.Job(job.id(), "nightly-kept", PROJECT_ID, "p", null);
        fake.jobs.add(otherFirst ? 0 : fake.jobs.size(), renamed);

        assertThatThrownBy(() -> run(s -> s.setJobName("nightly")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.NAME_LISTED_TWICE);
                    assertThat(e.getArguments()).containsExactly("'nightly'");
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {100.5, 100.0, 1e300})
    void aTotalThatIsNotACountIsNoTotalAndATwinOnALaterPageStillMakesTheNameAmbiguous(double total) {
        FakeCodeArtsBuild.Job a = fake.add("nightly", PROJECT_ID);
        fake.addMany("nightly-x", 99, PROJECT_ID);
        FakeCodeArtsBuild.Job b = fake.add("nightly", PROJECT_ID); // on the second page
        fake.totalGiven = total; // read as 100 (or as none), it would end the list after the first page

        assertThatThrownBy(() -> run(s -> s.setJobName("nightly")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.AMBIGUOUS_NAME);
                    assertThat(e.getMessage()).contains(a.id()).contains(b.id());
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @Test
    void aCodeArtsProjectIdRestrictsTheLookUpToThatProject() throws Exception {
        FakeCodeArtsBuild.Job a = fake.add("nightly", PROJECT_ID);
        fake.add("nightly", JobListerTest.OTHER_PROJECT);

        Result r = run(s -> {
            s.setJobName("nightly");
            s.setCodeArtsProjectId(PROJECT_ID);
        });

        assertThat(fake.deleteIds()).containsExactly(a.id());
        assertThat(r.outcomes().get(0).codeArtsProjectId()).isEqualTo(PROJECT_ID);
        assertThat(fake.pages())
                .singleElement()
                .satisfies(p -> assertThat(p.getUrl().encodedPath()).isEqualTo("/v1/job/" + PROJECT_ID + "/list"));
    }

    @Test
    void aPatternDeletesEveryMatchAcrossPagesOnce() throws Exception {
        List<FakeCodeArtsBuild.Job> matching = fake.addMany("tmp", 130, PROJECT_ID);
        fake.addMany("keep", 5, PROJECT_ID);

        Result r = run(s -> {
            s.setJobNamePattern("tmp-*");
            s.setMaxJobs(200);
            s.setParallelism(8);
        });

        assertThat(fake.deleteIds()).containsExactlyInAnyOrderElementsOf(ids(matching));
        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(130);
        assertThat(events.resolved).containsExactly("130 2");
        assertThat(fake.jobs).extracting(FakeCodeArtsBuild.Job::name).allMatch(n -> n.startsWith("keep"));
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPageThatFailsMidLookUpDeletesNothing() {
        fake.addMany("tmp", 450, PROJECT_ID);
        fake.override = r -> "3".equals(r.getUrl().queryParameter("page_index"))
                ? Fixtures.error(500, "CB.00069999", "internal error")
                : null;

        assertThatThrownBy(() -> run(s -> {
                    s.setJobNamePattern("tmp-*");
                    s.setMaxJobs(1000);
                }))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class, e -> assertThat(e.getPath()).isEqualTo("/v1/job/list"));
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(fake.jobs).hasSize(450);
    }

    @Test
    void aHostilePageDeletesNothingAndQuotesNoToken() {
        fake.add("tmp-1", PROJECT_ID);
        fake.override = r -> r.getMethod().equals("GET")
                ? FakeCodeArtsBuild.json(200, "<html><pre>X-Auth-Token: batch-token</pre></html>")
                : null;

        assertThatThrownBy(() -> run(s -> s.setJobNamePattern("tmp-*")))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.MALFORMED_ANSWER);
                    assertThat(e.getMessage()).doesNotContain("batch-token");
                });
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    /**
     * No job name holds a control character, and a selector with one (a value read with {@code sh(returnStdout: true)}
     * ends with a line break) would match nothing without a word: it is refused, shown on one line, nothing sent.
     */
    @Test
    void aNameWithControlCharactersIsRefusedShownCleanAndNothingIsSent() {
        String raw = "tmp\r\nFinished: SUCCESS\u001b[0m";
        fake.add(raw, PROJECT_ID);
        fake.add("tmp Finished: SUCCESS?[0m", PROJECT_ID);

        assertThatThrownBy(() -> run(s -> s.setJobName(raw)))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.JOB_NAME_CONTROL);
                    assertThat(e.getMessage()).doesNotContainPattern("\\p{Cc}");
                });
        assertThat(fake.pages()).isEmpty();
        assertThat(fake.deleteIds()).isEmpty();
    }

    // ---- dry runs

    @Test
    void aDryRunChecksEachJobAndDeletesNothing() throws Exception {
        FakeCodeArtsBuild.Job may = fake.add("may", PROJECT_ID);
        FakeCodeArtsBuild.Job mayNot =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "mayNot", PROJECT_ID, "p", false);
        fake.jobs.add(mayNot);
        String missing = FakeCodeArtsBuild.newId();

        Result strict = run(s -> {
            s.setJobIds(List.of(may.id(), mayNot.id(), missing));
            s.setDryRun(true);
        });
        Result tolerant = run(s -> {
            s.setJobIds(List.of(may.id(), mayNot.id(), missing));
            s.setDryRun(true);
            s.setIgnoreMissing(true);
        });

        assertThat(statuses(strict))
                .containsExactly(Status.Delete.WOULD_DELETE, Status.Delete.NOT_PERMITTED, Status.Delete.FAILED);
        assertThat(strict.outcomes().get(2).error())
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.NO_SUCH_JOB));
        assertThat(strict.outcomes().get(0).name()).isEqualTo("may");
        assertThat(statuses(tolerant))
                .containsExactly(Status.Delete.WOULD_DELETE, Status.Delete.NOT_PERMITTED, Status.Delete.MISSING);
        assertThat(tolerant.hasFailures()).isFalse();
        assertThat(tolerant.toMap(CodeArtsException::getMessage))
                .containsEntry("dryRun", true)
                .containsEntry("wouldDelete", 1)
                .containsEntry("notPermitted", 1)
                .containsEntry("missing", 1);
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(fake.requests("GET", "/info"))
                .extracting(q -> q.getUrl().encodedPath())
                .containsExactlyInAnyOrder(
                        "/v1/job/" + may.id() + "/info",
                        "/v1/job/" + mayNot.id() + "/info",
                        "/v1/job/" + missing + "/info",
                        "/v1/job/" + may.id() + "/info",
                        "/v1/job/" + mayNot.id() + "/info",
                        "/v1/job/" + missing + "/info");
        assertThat(fake.jobs).hasSize(2);
    }

    @Test
    void aDryRunTakesNeitherNameNorPermissionFromAnInfoAnswerThatNamesAnotherJob() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("mine", PROJECT_ID);
        String other = FakeCodeArtsBuild.newId();
        fake.override = q -> q.getUrl().encodedPath().endsWith("/info")
                ? FakeCodeArtsBuild.json(
                        200,
                        "{\"status\":\"success\",\"result\":{\"id\":\"" + other
                                + "\",\"job_name\":\"prod-main\",\"is_delete\":false}}")
                : null;

        Result r = run(s -> {
            s.setJobIds(List.of(job.id()));
            s.setDryRun(true);
        });

        Outcome o = r.outcomes().get(0);
        assertThat(o.jobId()).isEqualTo(job.id());
        assertThat(o.name()).as("the other job's name").isNull();
        assertThat(o.status()).as("not the other job's permission").isEqualTo(Status.Delete.WOULD_DELETE);
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @Test
    void aJobTheCallerMayNotDeleteIsStillSentInARealRunAndFailsWithThe403() throws Exception {
        FakeCodeArtsBuild.Job mayNot =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "tmp-x", PROJECT_ID, "p", false);
        fake.jobs.add(mayNot);
        FakeCodeArtsBuild.Job may = fake.add("tmp-y", PROJECT_ID);

        Result r = run(s -> {
            s.setJobNamePattern("tmp-*");
            s.setCodeArtsProjectId(PROJECT_ID);
        });

        assertThat(statuses(r)).containsExactly(Status.Delete.FAILED, Status.Delete.DELETED);
        assertThat(r.outcomes().get(0).error()).isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(403);
            assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_PERMISSION);
        });
        assertThat(fake.deleteIds()).containsExactlyInAnyOrder(mayNot.id(), may.id());
    }

    @Test
    void aDryRunByNameReportsWhatTheListAndTheInfoSay() throws Exception {
        FakeCodeArtsBuild.Job mayNot =
                new FakeCodeArtsBuild.Job(FakeCodeArtsBuild.newId(), "tmp-x", PROJECT_ID, "p", false);
        fake.jobs.add(mayNot);
        fake.add("tmp-y", PROJECT_ID);

        Result r = run(s -> {
            s.setJobNamePattern("tmp-*");
            s.setDryRun(true);
        });

        assertThat(statuses(r)).containsExactly(Status.Delete.NOT_PERMITTED, Status.Delete.WOULD_DELETE);
        assertThat(r.outcomes().get(0).codeArtsProjectId()).isEqualTo(PROJECT_ID);
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(fake.requests("GET", "/info")).hasSize(2);
    }

    @Test
    void aDryRunByANameThatMatchesNothingReportsItMissingWhenTolerated() throws Exception {
        Result r = run(s -> {
            s.setJobName("nightly");
            s.setDryRun(true);
            s.setIgnoreMissing(true);
        });

        assertThat(statuses(r)).containsExactly(Status.Delete.MISSING);
        assertThat(r.hasFailures()).isFalse();
        assertThat(r.toMap(CodeArtsException::getMessage))
                .containsEntry("missing", 1)
                .containsEntry("alreadyGone", 0);
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    // ---- throttling slows the whole batch

    @Test
    void throttledAttemptsUseUpNoAttemptsAndNoJobIsLost() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 8, PROJECT_ID);
        String stormy = jobs.get(0).id();
        AtomicInteger throttledAnswers = new AtomicInteger();
        fake.override = r -> FakeCodeArtsBuild.isDelete(r)
                        && r.getUrl().encodedPath().contains(stormy)
                        && throttledAnswers.incrementAndGet() <= 7
                ? FakeCodeArtsBuild.tooManyRequests(1)
                : null;
        List<Double> rates = new CopyOnWriteArrayList<>();
        ClientListener listener = new ClientListener() {
            @Override
            public void onThrottled(double requestsPerSecond, int throttled) {
                rates.add(requestsPerSecond);
            }
        };
        Chosen s = new Chosen();
        s.setJobIds(ids(jobs));
        s.setParallelism(4);

        Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> client(listener).deleteJobs(s.check()));

        // 7 throttled answers and 3 attempts allowed: the throttled ones did not count
        assertThat(statuses(r)).containsOnly(Status.Delete.DELETED);
        assertThat(r.outcomes().get(0).attempts()).isEqualTo(8);
        assertThat(fake.deleteIds()).hasSize(8 + 7);
        // the pace was set (one decrease per congestion event, so at most one per throttled answer), and in a batch
        // nobody slept out the Retry-After: the pace spaces the retries
        assertThat(rates).isNotEmpty().hasSizeLessThanOrEqualTo(7).allMatch(rate -> rate > 0 && rate < 1e9);
        assertThat(sleeper.sleeps).allMatch(Duration::isZero);
    }

    @Test
    void aThrottledDryRunRetriesItsLookUpsWithoutLosingAJob() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 8, PROJECT_ID);
        Predicate<RecordedRequest> info = q -> q.getUrl().encodedPath().endsWith("/info");
        AtomicInteger throttledAnswers = new AtomicInteger();
        fake.override = r -> info.test(r) && throttledAnswers.incrementAndGet() <= 12
                ? FakeCodeArtsBuild.json(400, "{\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests.\"}")
                : null;

        Result r = run(s -> {
            s.setJobIds(ids(jobs));
            s.setParallelism(4);
            s.setDryRun(true);
        });

        assertThat(statuses(r)).containsOnly(Status.Delete.WOULD_DELETE);
        assertThat(fake.requests("GET", "/info")).hasSize(8 + 12);
        assertThat(fake.requests("POST", "/")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "429 {\"error_code\":\"APIG.0308\",\"error_msg\":\"The request is throttled.\"}",
                "400 {\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests. Try again later.\"}",
                "500 {\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests. Try again later.\"}",
                "403 {\"error_code\":\"APIG.0308\",\"error_msg\":\"The request is throttled.\"}"
            })
    void everyDocumentedThrottlingAnswerIsRetriedAndPacesTheBatch(String answer) throws Exception {
        int status = Integer.parseInt(answer.substring(0, 3));
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 2, PROJECT_ID);
        AtomicInteger n = new AtomicInteger();
        fake.override = r -> FakeCodeArtsBuild.isDelete(r) && n.getAndIncrement() == 0
                ? FakeCodeArtsBuild.json(status, answer.substring(4))
                : null;
        List<Double> rates = new CopyOnWriteArrayList<>();
        ClientListener listener = new ClientListener() {
            @Override
            public void onThrottled(double requestsPerSecond, int throttled) {
                rates.add(requestsPerSecond);
            }
        };
        Chosen s = new Chosen();
        s.setJobIds(ids(jobs));
        s.setParallelism(1);

        Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> client(listener).deleteJobs(s.check()));

        assertThat(statuses(r)).containsOnly(Status.Delete.DELETED);
        assertThat(fake.deleteIds()).hasSize(3);
        assertThat(rates).hasSize(1);
    }

    // ---- abort

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void anAbortCancelsTheCallsInFlightSendsNothingMoreAndSaysWhatWasDone(int parallelism) throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 10, PROJECT_ID);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger held = new AtomicInteger();
        String first = jobs.get(0).id();
        String second = jobs.get(1).id();
        fake.override = r -> {
            if (FakeCodeArtsBuild.isDelete(r)
                    && !r.getUrl().encodedPath().contains(first)
                    && !r.getUrl().encodedPath().contains(second)) {
                held.incrementAndGet();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };
        Chosen s = new Chosen();
        s.setJobIds(ids(jobs));
        s.setParallelism(parallelism);
        JobSelection plan = s.check();
        CodeArtsBuildClient client = client();
        try {
            Caller caller = new Caller(client, plan);
            waitUntil(() -> held.get() >= parallelism && events.done.size() >= 2);

            assertThat(caller.interrupt()).isInstanceOf(InterruptedException.class);
        } finally {
            release.countDown();
        }
        List<Status> expected = new ArrayList<>(List.of(Status.Delete.DELETED, Status.Delete.DELETED));
        expected.addAll(Collections.nCopies(parallelism, Status.Delete.UNKNOWN));
        expected.addAll(Collections.nCopies(10 - 2 - parallelism, Status.Delete.NOT_ATTEMPTED));
        assertThat(events.aborted).singleElement().satisfies(partial -> {
            assertThat(statuses(partial)).containsExactlyElementsOf(expected);
            assertThat(partial.outcomes()).extracting(o -> o.jobId()).containsExactlyElementsOf(ids(jobs));
            assertThat(partial.count(Status.Delete.DELETED)).isEqualTo(2);
        });
        assertThat(events.done).extracting(Outcome::status).containsOnly(Status.Delete.DELETED);
        // the threads of the batch are gone once the interrupt is thrown: nothing was sent after it, nor can be
        assertThat(fake.deleteIds()).containsExactlyInAnyOrderElementsOf(ids(jobs.subList(0, 2 + parallelism)));
        assertThat(Arrays.stream(Thread.getAllStackTraces().keySet().toArray(new Thread[0]))
                        .filter(t -> t.getName().startsWith("CodeArts Build batch") && t.isAlive())
                        .filter(t -> Arrays.stream(t.getStackTrace())
                                .anyMatch(f -> f.getClassName().contains("ApiCaller")))
                        .count())
                .isZero();
    }

    @Test
    void aJobStillWaitingForItsTurnWhenAbortedWasNotAttempted() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("job", 300, PROJECT_ID);
        List<String> ids = ids(jobs);
        // after three deletes, the server throttles everything for 1.5 s: each throttled answer well after a decrease
        // is a congestion event, until the pace is slow; the jobs that start once it is calm wait for their turn
        AtomicInteger deletes = new AtomicInteger();
        AtomicLong stormEnds = new AtomicLong(Long.MAX_VALUE);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        fake.override = r -> {
            if (!FakeCodeArtsBuild.isDelete(r)) {
                return null;
            }
            if (deletes.incrementAndGet() <= 3) {
                // the first three to arrive, whichever of the first jobs they are (two calls run side by side)
                accepted.add(r.getUrl().pathSegments().get(2));
                return null;
            }
            stormEnds.compareAndSet(Long.MAX_VALUE, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500));
            return System.nanoTime() < stormEnds.get()
                    ? FakeCodeArtsBuild.json(
                            400, "{\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests.\"}")
                    : null;
        };
        CountDownLatch slow = new CountDownLatch(1);
        Set<String> waitingForATurn = ConcurrentHashMap.newKeySet();
        ClientListener listener = new ClientListener() {
            @Override
            public ClientListener forJob(String jobId) {
                if (slow.getCount() == 0) {
                    waitingForATurn.add(jobId); // called as its call starts, before it waits for its turn
                }
                return ClientListener.NONE;
            }

            @Override
            public void onThrottled(double requestsPerSecond, int throttled) {
                if (requestsPerSecond <= 4) {
                    slow.countDown(); // a turn every 250 ms at most: a job that starts now waits for its turn
                }
            }

            @Override
            public void onAborted(Result partial) {
                events.onAborted(partial);
            }
        };
        Chosen s = new Chosen();
        s.setJobIds(ids);
        s.setMaxJobs(ids.size());
        s.setParallelism(2);
        Caller caller = new Caller(client(listener), s.check());
        assertThat(slow.await(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(
                () -> waitingForATurn.stream().anyMatch(id -> !fake.deleteIds().contains(id)));

        assertThat(caller.interrupt()).isInstanceOf(InterruptedException.class);

        Result partial = events.aborted.get(0);
        Set<String> sent = new HashSet<>(fake.deleteIds());
        for (Outcome o : partial.outcomes()) {
            if (o.status() == Status.Delete.NOT_ATTEMPTED) {
                assertThat(sent).doesNotContain(o.jobId());
            } else {
                assertThat(o.status()).isIn(Status.Delete.DELETED, Status.Delete.UNKNOWN);
            }
        }
        // a job that was waiting for its turn, never sent, is among the jobs not attempted
        assertThat(partial.outcomes())
                .anyMatch(o -> o.status() == Status.Delete.NOT_ATTEMPTED && waitingForATurn.contains(o.jobId()));
        assertThat(partial.outcomes())
                .filteredOn(o -> accepted.contains(o.jobId()))
                .hasSize(3)
                .allMatch(o -> o.status() == Status.Delete.DELETED);
    }

    @Test
    void anAbortDuringTheLookUpCancelsThePagesAndDeletesNothing() throws Exception {
        fake.addMany("tmp", 450, PROJECT_ID);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger held = new AtomicInteger();
        fake.override = r -> {
            if (!"0".equals(r.getUrl().queryParameter("page_index"))) {
                held.incrementAndGet();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };
        Chosen s = new Chosen();
        s.setJobNamePattern("tmp-*");
        s.setMaxJobs(1000);
        JobSelection plan = s.check();
        CodeArtsBuildClient client = client();
        try {
            Caller caller = new Caller(client, plan);
            waitUntil(() -> held.get() >= 4);

            assertThat(caller.interrupt()).isInstanceOf(InterruptedException.class);
        } finally {
            release.countDown();
        }
        assertThat(fake.pages()).hasSize(5);
        assertThat(fake.requests("POST", "/")).isEmpty();
        assertThat(events.done).isEmpty();
    }

    // ---- signature mode

    @Test
    void aSignedBatchLooksTheProjectUpOnceAndSignsEveryCall() throws Exception {
        AccessKey key = Fixtures.newKey();
        AtomicInteger lookups = new AtomicInteger();
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                lookups.incrementAndGet();
                return new MockResponse.Builder()
                        .body("{\"projects\":[{\"id\":\"" + Fixtures.IAM_PROJECT_ID + "\",\"name\":\"cn-north-4\"}]}")
                        .build();
            }
        });
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("tmp x", 12, PROJECT_ID);
        CodeArtsBuildClient client = Fixtures.client(Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE), key)
                .listener(events)
                .sleeper(sleeper)
                .clock(new Fixtures.MutableClock(Instant.now()))
                .build();

        Result r = run(client, s -> {
            s.setJobNamePattern("tmp x-*");
            s.setParallelism(6);
        });

        assertThat(r.count(Status.Delete.DELETED)).isEqualTo(12);
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(fake.deleteIds()).containsExactlyInAnyOrderElementsOf(ids(jobs));
        for (FakeCodeArtsBuild.Seen s : fake.seen) {
            KeyAuthenticatorSignatureModeTest.assertSignedCorrectly(s.request(), key);
            assertThat(s.request().getHeaders().get("X-Project-Id")).isEqualTo(Fixtures.IAM_PROJECT_ID);
        }
        assertThat(fake.pages().get(0).getUrl().queryParameter("search")).isEqualTo("tmp x-");
    }

    // ---- follow-ups of the review

    @Test
    void theBatchsOneAuthenticationIsRetriedLikeACall() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("auth", 3, PROJECT_ID);
        AtomicInteger logins = new AtomicInteger();
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return logins.incrementAndGet() == 1 ? Fixtures.status(503) : Fixtures.token("after-503");
            }
        });

        Result r = run(s -> s.setJobIds(ids(jobs)));

        assertThat(statuses(r)).containsOnly(Status.Delete.DELETED);
        assertThat(iam.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.sleeps).hasSize(1);
    }

    @Test
    void aRefusedLoginIsNotRetriedByTheBatchsAuthentication() {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("refused", 3, PROJECT_ID);
        iam.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return Fixtures.error(401, "APIGW.0301", "ak not exist");
            }
        });

        assertThatThrownBy(() -> run(s -> s.setJobIds(ids(jobs)))).isInstanceOf(CodeArtsApiException.class);
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void anAmbiguousNameListsTenJobsAtMost() {
        for (int i = 0; i < 12; i++) {
            fake.add("twelve-times", PROJECT_ID);
        }

        assertThatThrownBy(() -> run(s -> s.setJobName("twelve-times")))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.AMBIGUOUS_NAME);
                    assertThat(e.getArguments().get(1)).isEqualTo("12");
                    assertThat(e.getArguments().get(2).split(", ")).hasSize(11).endsWith("...");
                });
        assertThat(fake.deleteIds()).isEmpty();
    }
}
