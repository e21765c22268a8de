package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsSelectionException.Reason;
import io.jenkins.plugins.codeartsbuild.client.auth.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.auth.IamClient;
import io.jenkins.plugins.codeartsbuild.client.auth.IamToken;
import io.jenkins.plugins.codeartsbuild.client.auth.RequestAuthenticator;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.http.RatePacer;
import io.jenkins.plugins.codeartsbuild.client.http.Secrets;
import io.jenkins.plugins.codeartsbuild.client.jobs.BatchResult;
import io.jenkins.plugins.codeartsbuild.client.jobs.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.jobs.DeleteJobResult;
import io.jenkins.plugins.codeartsbuild.client.jobs.DeleteResponse;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobIds;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobLister;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobOutcome;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.jobs.NameMatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Deletes CodeArts Build jobs: {@code POST /v3/jobs/{job_id}/delete}, authenticated per {@link AuthMode}, retried
 * per {@link RetryPolicy}. Thread-safe; cheap to create (it shares the caller's connection pool).
 */
public final class CodeArtsBuildClient {

    /** The most jobs a look-up can return: the pages read at most, full. */
    public static final int MAX_FOUND = JobLister.MAX_PAGES * JobLister.PAGE_SIZE;

    /** How many jobs the find step returns at most unless told otherwise. */
    public static final int DEFAULT_FIND_LIMIT = 500;

    private static final RequestBody EMPTY_JSON = RequestBody.create(new byte[0], IamClient.JSON);

    private final ClientConfig config;
    private final AccessKey key;
    private final HttpCaller http;
    private final IamClient iam;
    private final Exchange exchange;
    private final ClientListener listener;
    private final HttpUrl jobsUrl;
    private final Clock clock;

    private CodeArtsBuildClient(Builder b) {
        this.clock = b.clock;
        this.config = b.config;
        this.key = b.key;
        this.listener = b.listener;
        this.http = new HttpCaller(b.http, config.getTimeouts(), Secrets.of(key.secretKey()));
        this.iam = new IamClient(http, config.getEndpoints().getIam(), b.clock);
        this.exchange = new Exchange(
                http,
                RequestAuthenticator.of(config, key, iam, b.clock, listener),
                config.getRetryPolicy(),
                b.clock,
                b.sleeper);
        this.jobsUrl = config.getEndpoints().jobs();
    }

    /**
     * @param http the caller's client (its proxy and connection pool are kept; timeouts, retries and redirects are
     *     the client's own)
     */
    public static Builder builder(OkHttpClient http, ClientConfig config, AccessKey key) {
        return new Builder(http, config, key);
    }

    /**
     * Deletes one job. Success is HTTP 200 with {@code status == "success"} (and, when the answer names a job, the
     * same job). A 404 that CodeArts Build gave for a missing job ({@code CB.} code) is a success ("already
     * deleted") when {@code ignoreMissing} is set, or when an earlier attempt may have deleted the job before its
     * answer was lost; every other failure left after the retry policy is thrown. Every request sent is one the
     * retry policy decided on, and counted in the result's attempts.
     *
     * @throws CodeArtsValidationException for a bad job id, before anything is sent
     * @throws InterruptedException when the calling thread is interrupted: the HTTP call is cancelled, no retry
     */
    public DeleteJobResult deleteJob(String jobId, boolean ignoreMissing)
            throws CodeArtsException, InterruptedException {
        String id = JobIds.check(jobId);
        return guarded(() -> delete(exchange, id, ignoreMissing, listener, Pacer.NONE));
    }

    private DeleteJobResult delete(
            Exchange exchange, String id, boolean ignoreMissing, ClientListener events, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        HttpUrl url = jobsUrl.newBuilder()
                .addPathSegment(JobIds.check(id))
                .addPathSegment("delete")
                .build();
        return exchange.send(
                () -> new Request.Builder().url(url).post(EMPTY_JSON), events, pacer, (reply, attempt, mayBeGone) -> {
                    if (reply.status() == 200) {
                        DeleteJobResult r = DeleteResponse.parse(reply, id, attempt);
                        if (r.getConfirmedJobId() != null) {
                            events.onOtherJobConfirmed(id, r.getConfirmedJobId());
                        }
                        return r;
                    }
                    CodeArtsApiException error = CodeArtsApiException.of(reply);
                    if (error.saysJobMissing() && (ignoreMissing || mayBeGone)) {
                        return new DeleteJobResult(id, null, error.getRequestId(), attempt, true);
                    }
                    throw error;
                });
    }

    /**
     * The jobs a look-up by name selects ({@code jobName}, {@code jobNamePattern} or {@code jobNamePrefix}), from the
     * plan's CodeArts project or from every job the caller can see. Read-only.
     */
    public List<BuildJob> findJobs(JobSelection.Plan plan) throws CodeArtsException, InterruptedException {
        return findJobs(plan, MAX_FOUND);
    }

    /**
     * {@link #findJobs(JobSelection.Plan)}, refusing more than {@code limit} matches as soon as the listing passes it.
     *
     * @throws CodeArtsSelectionException when more than {@code limit} jobs match
     */
    public List<BuildJob> findJobs(JobSelection.Plan plan, int limit) throws CodeArtsException, InterruptedException {
        if (!plan.byName()) {
            throw new IllegalArgumentException("not a look-up by name: " + plan.kind());
        }
        if (limit < 1 || limit > MAX_FOUND) {
            throw new CodeArtsValidationException(
                    CodeArtsValidationException.Problem.LIMIT_INVALID,
                    String.valueOf(limit),
                    String.valueOf(MAX_FOUND));
        }
        String project = plan.codeArtsProjectId() == null ? null : JobIds.checkProjectId(plan.codeArtsProjectId());
        JobLister.Listing listing = guarded(() -> lookUp(plan.nameMatch(), project, plan.filter(), limit, listener));
        if (listing.overLimit()) {
            throw new CodeArtsSelectionException(Reason.TOO_MANY_FOUND, plan.describe(), String.valueOf(limit));
        }
        return listing.jobs();
    }

    /**
     * The jobs named exactly {@code name}, or whose name matches the glob {@code pattern}: {@link #findJobs(JobSelection.Plan)}
     * for one name or pattern.
     *
     * @param codeArtsProjectId a CodeArts project's id, or {@code null} for all of the caller's jobs
     */
    public List<BuildJob> findJobs(String name, boolean pattern, String codeArtsProjectId)
            throws CodeArtsException, InterruptedException {
        String project = codeArtsProjectId == null ? null : JobIds.checkProjectId(codeArtsProjectId);
        NameMatch match = NameMatch.of(pattern ? JobSelection.Kind.JOB_NAME_PATTERN : JobSelection.Kind.JOB_NAME, name);
        return guarded(() ->
                lookUp(match, project, JobFilter.NONE, MAX_FOUND, listener).jobs());
    }

    private JobLister.Listing lookUp(
            NameMatch match, String project, JobFilter filter, int limit, ClientListener events)
            throws CodeArtsException, InterruptedException {
        return lister().list(project, match.search(), match, filter, limit, events);
    }

    /** A reader of this client's job lists and job info (made when needed: most clients only delete). */
    private JobLister lister() {
        return lister(exchange);
    }

    private JobLister lister(Exchange calls) {
        return new JobLister(calls, config.getEndpoints().getCodeArtsBuild(), clock);
    }

    /**
     * Deletes the jobs of a selection (or, in a dry run, checks that each exists and may be deleted): authenticates
     * once for the whole batch, resolves names by the job list, refuses more than {@code maxJobs} before anything is
     * deleted, then deletes with at most {@code parallelism} calls in flight, each with the retry policy of a single
     * delete; throttling slows the whole batch. Every job is attempted; failures are outcomes, not exceptions.
     *
     * @throws CodeArtsSelectionException when the selection cannot be deleted as asked (nothing was deleted)
     * @throws CodeArtsException when authentication or the look-up fails (nothing was deleted)
     * @throws InterruptedException when the caller is interrupted: calls in flight are cancelled, nothing more is
     *     sent, and {@link BatchListener#onAborted} has said what was done
     */
    public BatchResult deleteJobs(JobSelection.Plan plan, BatchListener events)
            throws CodeArtsException, InterruptedException {
        return guarded(() -> new Batch(plan, events).run());
    }

    /** The jobs a failure for an ambiguous name lists at most. */
    private static final int MAX_LISTED = 10;

    /** One batch: resolve, guard, then delete (or check) every job. */
    private final class Batch {
        private final JobSelection.Plan plan;
        private final BatchListener events;
        /** The batch's calls share one guard of the key: a refused key fails the batch once. */
        private final Exchange calls = exchange.forBatch();

        private final JobLister lister = lister(calls);

        Batch(JobSelection.Plan plan, BatchListener events) {
            this.plan = plan;
            this.events = events;
        }

        BatchResult run() throws CodeArtsException, InterruptedException {
            List<BuildJob> jobs = resolve();
            if (jobs.size() > plan.maxJobs()) {
                throw new CodeArtsSelectionException(
                        Reason.TOO_MANY_JOBS,
                        plan.describe(),
                        String.valueOf(jobs.size()),
                        String.valueOf(plan.maxJobs()));
            }
            if (jobs.isEmpty() && plan.kind() == JobSelection.Kind.JOB_NAME) {
                JobOutcome gone = new JobOutcome(
                        new BuildJob(null, Texts.oneLine(plan.name(), 200), null, null, null, null),
                        plan.dryRun() ? JobOutcome.Status.MISSING : JobOutcome.Status.ALREADY_GONE,
                        null,
                        null);
                events.onJobDone(gone);
                return new BatchResult(plan, List.of(gone));
            }
            // one token (or one project look-up) for the whole batch, before the calls fan out: a refused key fails
            // once, not once per job. After the checks above, so that too many ids fail with nothing sent at all
            exchange.authenticate(jobsUrl, events.forLookup());
            AtomicReferenceArray<JobOutcome> outcomes = new AtomicReferenceArray<>(jobs.size());
            AtomicIntegerArray started = new AtomicIntegerArray(jobs.size());
            Pacer pacer = new RatePacer(plan.parallelism(), System::nanoTime, events::onThrottled);
            List<Fanout.Task<JobOutcome>> tasks = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                // a job counts as started once its first call got its turn: one still waiting (the batch being
                // throttled) has sent nothing, and is reported as not attempted if the batch is aborted
                Pacer turn = Pacer.onTurn(pacer, () -> started.set(index, 1));
                tasks.add(() -> {
                    JobOutcome o = plan.dryRun() ? check(jobs.get(index), turn) : delete(jobs.get(index), turn);
                    outcomes.set(index, o);
                    events.onJobDone(o);
                    return o;
                });
            }
            try {
                return new BatchResult(plan, Fanout.run(plan.parallelism(), "CodeArts Build batch", tasks));
            } catch (InterruptedException e) {
                List<JobOutcome> partial = new ArrayList<>();
                for (int i = 0; i < jobs.size(); i++) {
                    JobOutcome o = outcomes.get(i);
                    partial.add(
                            o != null
                                    ? o
                                    : new JobOutcome(
                                            jobs.get(i),
                                            started.get(i) == 1
                                                    ? JobOutcome.Status.UNKNOWN
                                                    : JobOutcome.Status.NOT_ATTEMPTED,
                                            null,
                                            null));
                }
                events.onAborted(new BatchResult(plan, partial));
                throw e;
            }
        }

        private List<BuildJob> resolve() throws CodeArtsException, InterruptedException {
            if (!plan.byName()) {
                List<BuildJob> jobs = new ArrayList<>();
                for (String id : plan.ids()) {
                    jobs.add(BuildJob.ofId(id));
                }
                events.onResolved(plan, jobs.size(), 0);
                return jobs;
            }
            boolean exact = plan.kind() == JobSelection.Kind.JOB_NAME;
            JobLister.Listing listing = lookUp(
                    plan.nameMatch(), plan.codeArtsProjectId(), plan.filter(), plan.maxJobs(), events.forLookup());
            List<BuildJob> jobs = listing.jobs();
            if (listing.overLimit()) {
                // refused as soon as the listing passed maxJobs: the rest of the list was not read
                throw new CodeArtsSelectionException(
                        Reason.TOO_MANY_JOBS_SO_FAR,
                        plan.describe(),
                        String.valueOf(jobs.size()),
                        String.valueOf(plan.maxJobs()));
            }
            if (exact && jobs.size() > 1) {
                List<String> each = new ArrayList<>();
                for (BuildJob j : jobs.subList(0, Math.min(jobs.size(), MAX_LISTED))) {
                    each.add(j.id() + " (CodeArts project " + (j.projectId() == null ? "?" : j.projectId()) + ")");
                }
                if (jobs.size() > MAX_LISTED) {
                    each.add("...");
                }
                throw new CodeArtsSelectionException(
                        Reason.AMBIGUOUS_NAME, plan.describe(), String.valueOf(jobs.size()), String.join(", ", each));
            }
            if (exact && jobs.isEmpty() && !plan.ignoreMissing()) {
                throw new CodeArtsSelectionException(Reason.NO_SUCH_NAME, plan.describe());
            }
            if (!plan.filter().isNone()) {
                events.onFiltered(plan, listing.matched(), jobs.size());
            }
            events.onResolved(plan, jobs.size(), listing.pages());
            return jobs;
        }

        private JobOutcome delete(BuildJob job, Pacer pacer) throws InterruptedException {
            try {
                DeleteJobResult r = CodeArtsBuildClient.this.delete(
                        calls, job.id(), plan.ignoreMissing(), events.forJob(job.id()), pacer);
                return new JobOutcome(
                        job,
                        r.isAlreadyDeleted() ? JobOutcome.Status.ALREADY_GONE : JobOutcome.Status.DELETED,
                        r,
                        null);
            } catch (CodeArtsException e) {
                return new JobOutcome(job, JobOutcome.Status.FAILED, null, e);
            } catch (RuntimeException e) {
                return new JobOutcome(job, JobOutcome.Status.FAILED, null, unexpected(e));
            }
        }

        private JobOutcome check(BuildJob job, Pacer pacer) throws InterruptedException {
            try {
                JobLister.Info info = lister.info(job.id(), events.forJob(job.id()), pacer);
                BuildJob known = job.name() != null ? job : info.job();
                if (!info.exists()) {
                    return new JobOutcome(
                            known,
                            plan.ignoreMissing() ? JobOutcome.Status.MISSING : JobOutcome.Status.FAILED,
                            null,
                            plan.ignoreMissing() ? null : missing(job.id()));
                }
                Boolean canDelete = info.canDelete() != null ? info.canDelete() : job.canDelete();
                return new JobOutcome(
                        known,
                        Boolean.FALSE.equals(canDelete)
                                ? JobOutcome.Status.NOT_PERMITTED
                                : JobOutcome.Status.WOULD_DELETE,
                        null,
                        null);
            } catch (CodeArtsException e) {
                return new JobOutcome(job, JobOutcome.Status.FAILED, null, e);
            } catch (RuntimeException e) {
                return new JobOutcome(job, JobOutcome.Status.FAILED, null, unexpected(e));
            }
        }
    }

    /** A dry run's missing job, when missing jobs are not tolerated: what a real delete would have failed with. */
    private static CodeArtsSelectionException missing(String jobId) {
        return new CodeArtsSelectionException(Reason.NO_SUCH_JOB, jobId);
    }

    /** A call of the client's; anything unchecked becomes a transport failure that names its class, never a secret. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws CodeArtsException, InterruptedException;
    }

    private <T> T guarded(Call<T> call) throws CodeArtsException, InterruptedException {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /**
     * Authenticates once, without the cache and without retries, for a "test connection" button, exactly as a
     * delete would: a token exchange with the configured scope in token mode; in signature mode a signed look-up
     * of the configured IAM project (the one a delete names), or of the project named after the region.
     */
    public ConnectionCheck verifyCredentials() throws CodeArtsException, InterruptedException {
        return guarded(() -> {
            if (config.getAuthMode() == AuthMode.SIGNATURE) {
                if (config.getProjectId() != null) {
                    IamClient.Project p = iam.showProject(key, config.getProjectId());
                    return new ConnectionCheck(AuthMode.SIGNATURE, p.id(), p.name(), null);
                }
                String projectId = iam.findProjectId(key, config.getRegion());
                return new ConnectionCheck(AuthMode.SIGNATURE, projectId, config.getRegion(), null);
            }
            IamToken token = iam.exchangeToken(key, config.getRegion(), config.getProjectId());
            return new ConnectionCheck(AuthMode.TOKEN, token.projectId(), token.projectName(), token.expiresAt());
        });
    }

    /** A failure no check foresaw, as a transport failure that names its class and never a secret. */
    private CodeArtsTransportException unexpected(RuntimeException e) {
        return CodeArtsTransportException.of(
                e,
                Service.CODEARTS_BUILD,
                config.getTimeouts(),
                "-",
                config.getEndpoints().getCodeArtsBuild().encodedPath(),
                Secrets.of(key.secretKey()));
    }

    /** The OkHttp client actually used (derived from the caller's); for tests. */
    public OkHttpClient httpClient() {
        return http.client();
    }

    /** Builder: the listener, clock and sleeper are optional. */
    public static final class Builder {
        private final OkHttpClient http;
        private final ClientConfig config;
        private final AccessKey key;
        private ClientListener listener = ClientListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder(OkHttpClient http, ClientConfig config, AccessKey key) {
            this.http = Objects.requireNonNull(http);
            this.config = Objects.requireNonNull(config);
            this.key = Objects.requireNonNull(key);
        }

        public Builder listener(ClientListener l) {
            this.listener = Objects.requireNonNull(l);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s);
            return this;
        }

        public CodeArtsBuildClient build() {
            return new CodeArtsBuildClient(this);
        }
    }
}
