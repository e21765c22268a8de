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
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

/** Points the global configuration at MockWebServers standing in for IAM and CodeArts Build, and adds keys. */
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
}
