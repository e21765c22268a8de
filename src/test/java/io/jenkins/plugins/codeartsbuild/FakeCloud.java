package io.jenkins.plugins.codeartsbuild;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.ModelObject;
import hudson.model.Result;
import hudson.util.Secret;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyImpl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The Jenkins tests' fake Huawei Cloud: points the global configuration at MockWebServers standing in for IAM and
 * CodeArts Build, adds keys, and ({@link Jobs}) serves a few jobs to select, list, delete and stall.
 */
public final class FakeCloud {

    static final String CREDENTIALS_ID = "huawei-ak";

    /** Each key gets its own AK: the token cache is shared by all tests of one JVM. */
    private static final AtomicInteger KEYS = new AtomicInteger();

    private FakeCloud() {}

    /** A freestyle build step that deletes one job by id (or by a {@code ${VAR}} that expands to one). */
    public static DeleteBuildJobBuilder deleteBuilder(String jobId) {
        DeleteBuildJobBuilder b = new DeleteBuildJobBuilder();
        b.setJobId(jobId);
        return b;
    }

    /** The Pipeline step that deletes one job by id. */
    static DeleteBuildJobStep deleteStep(String jobId) {
        DeleteBuildJobStep s = new DeleteBuildJobStep();
        s.setJobId(jobId);
        return s;
    }

    static String newAccessKeyId() {
        return String.format("HPUAJENKINS%09d", KEYS.incrementAndGet());
    }

    /** Region cn-north-4, both endpoints on loopback, default credentials {@value #CREDENTIALS_ID}, one attempt. */
    public static void configure(JenkinsRule j, MockWebServer iam, MockWebServer build) throws IOException {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        config.setRegion("cn-north-4");
        config.setIamEndpoint(iam.url("/").toString());
        config.setCodeArtsBuildEndpoint(build.url("/").toString());
        config.setCredentialsId(CREDENTIALS_ID);
        config.setMaxAttempts(1);
        addAccessKey(j.jenkins, CREDENTIALS_ID);
    }

    /** {@link #configure}, with the servers answering as a fresh {@link FakeCodeArtsBuild}, which it returns. */
    public static FakeCodeArtsBuild serve(JenkinsRule j, MockWebServer iam, MockWebServer build) throws IOException {
        configure(j, iam, build);
        return new FakeCodeArtsBuild().serveOn(iam, build);
    }

    /** Runs {@code script} (sandboxed) as a new Pipeline job's first build, which must end {@code expected}. */
    public static WorkflowRun pipeline(JenkinsRule j, String script, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertStatus(expected, job);
    }

    static HuaweiCloudAccessKeyImpl addAccessKey(ModelObject context, String id) throws IOException {
        HuaweiCloudAccessKeyImpl key = new HuaweiCloudAccessKeyImpl(
                CredentialsScope.GLOBAL, id, null, newAccessKeyId(), Secret.fromString(Fixtures.SK));
        add(context, key);
        return key;
    }

    /** Adds to the store that belongs to {@code context} itself (Jenkins, or a folder). */
    static void add(ModelObject context, Credentials credentials) throws IOException {
        for (CredentialsStore store : CredentialsProvider.lookupStores(context)) {
            if (store.getContext() == context) {
                store.addCredentials(Domain.global(), credentials);
                return;
            }
        }
        throw new IllegalStateException("no credentials store for " + context.getDisplayName());
    }

    /**
     * A fake CodeArts Build for the Jenkins tests: it knows some jobs (id and name), serves the v1 job list and job info,
     * and deletes what it is asked to, recording every delete. The deletes of the ids in {@link #stalled} are held until
     * the test releases them (or the call is cancelled), so that a build can be aborted while they are in flight.
     */
    static final class Jobs extends Dispatcher {

        static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
        static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2";
        static final String C = "ccccccccccccccccccccccccccccccc3";
        static final String PROJECT = "0123456789abcdef0123456789abcdef";

        /** job id → name, as the fake job list knows them. */
        final Map<String, String> jobs = new ConcurrentHashMap<>(Map.of(A, "pr-1-build", B, "pr-2-build", C, "main"));

        final List<String> deleted = new CopyOnWriteArrayList<>();
        final List<String> deletesAsked = new CopyOnWriteArrayList<>();
        final Set<String> stalled = ConcurrentHashMap.newKeySet();
        final CountDownLatch stalledArrived = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        @Override
        public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
            String path = r.getUrl().encodedPath();
            if (path.equals("/v1/job/list")) {
                return list();
            }
            if (path.equals("/v1/job/" + PROJECT + "/list")) {
                return projectList();
            }
            if (path.startsWith("/v3/jobs/") && path.endsWith("/delete")) {
                String id = path.substring("/v3/jobs/".length(), path.length() - "/delete".length());
                deletesAsked.add(id);
                if (stalled.contains(id)) {
                    stalledArrived.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
                if (jobs.remove(id) == null) {
                    return Fixtures.error(404, "CB.00060201", "invalid task id");
                }
                deleted.add(id);
                return json("{\"status\":\"success\",\"result\":{\"job_id\":\"" + id + "\",\"project_id\":\"" + PROJECT
                        + "\"}}");
            }
            if (path.startsWith("/v1/job/") && path.endsWith("/info")) {
                String id = path.substring("/v1/job/".length(), path.length() - "/info".length());
                String name = jobs.get(id);
                return name == null
                        ? json("{\"status\":\"fail\",\"error\":{\"error_code\":\"CB.00060201\","
                                + "\"error_msg\":\"invalid task id\"}}")
                        : json("{\"status\":\"success\",\"result\":{\"id\":\"" + id + "\",\"job_name\":\"" + name
                                + "\",\"is_delete\":true,\"disabled\":false}}");
            }
            return new MockResponse.Builder().code(404).build();
        }

        /** Lets the stalled deletes answer. */
        void release() {
            release.countDown();
        }

        private MockResponse list() {
            List<String> items = new ArrayList<>();
            jobs.forEach((id, name) -> items.add("{\"id\":\"" + id + "\",\"job_name\":\"" + name
                    + "\",\"project_id\":\"" + PROJECT + "\",\"project_name\":\"demo\",\"disabled\":false}"));
            return json("{\"status\":\"success\",\"result\":{\"total\":" + items.size() + ",\"job_list\":["
                    + String.join(",", items) + "]}}");
        }

        /** One CodeArts project's list: another envelope, no project fields, and whether the key may delete each job. */
        private MockResponse projectList() {
            List<String> items = new ArrayList<>();
            jobs.forEach((id, name) -> items.add(
                    "{\"id\":\"" + id + "\",\"job_name\":\"" + name + "\",\"is_delete\":true,\"disabled\":false}"));
            return json("{\"jobs\":[" + String.join(",", items) + "],\"total\":" + items.size() + "}");
        }

        private static MockResponse json(String body) {
            return new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .addHeader("X-Request-Id", "req-batch")
                    .body(body)
                    .build();
        }
    }
}
