package io.jenkins.plugins.codeartsbuild.credentials;

import static io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyBindingTest.AK;
import static io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyBindingTest.ID;
import static io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyBindingTest.SK;
import static io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyBindingTest.grep;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Result;
import hudson.util.Secret;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Declarative {@code environment { X = credentials('id') }} for an access key. Under JenkinsRule structs checks
 * parameter names strictly, so a handler whose map keys are not the binding's property names fails these builds
 * (in production it would only log a warning and leave the variables at their defaults).
 */
@WithJenkins
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the builds run sh")
class HuaweiCloudAccessKeyBindingHandlerTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        HuaweiCloudAccessKeyBindingTest.add(
                j, new HuaweiCloudAccessKeyImpl(CredentialsScope.GLOBAL, ID, null, AK, Secret.fromString(SK)));
    }

    private WorkflowRun declarative(WorkflowJob p, String environment, String steps, Result expected) throws Exception {
        p.setDefinition(new CpsFlowDefinition(
                "pipeline {\n  agent any\n  environment {\n" + environment + "\n  }\n  stages {\n    stage('s') {\n"
                        + "      steps {\n" + steps + "\n      }\n    }\n  }\n}",
                true));
        return j.buildAndAssertStatus(expected, p);
    }

    @Test
    void setsNameAkAndNameSkAndMasksThem() throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "declarative");
        WorkflowRun b = declarative(
                p,
                "    HW = credentials('" + ID + "')\n    HUAWEICLOUD_SDK = credentials('" + ID + "')",
                "        sh '''printf '%s:%s' \"$HW_AK\" \"$HW_SK\" > hw.txt; echo \"ak=$HW_AK sk=$HW_SK\"'''\n"
                        + "        sh '''printf '%s:%s' \"$HUAWEICLOUD_SDK_AK\" \"$HUAWEICLOUD_SDK_SK\" > sdk.txt'''",
                Result.SUCCESS);

        j.assertLogContains("ak=**** sk=****", b);
        j.assertLogNotContains(AK, b);
        j.assertLogNotContains(SK, b);
        assertThat(grep(b.getRootDir().toPath(), AK)).isEmpty();
        assertThat(grep(b.getRootDir().toPath(), SK)).isEmpty();
        assertThat(j.jenkins.getWorkspaceFor(p).child("hw.txt").readToString()).isEqualTo(AK + ":" + SK);
        assertThat(j.jenkins.getWorkspaceFor(p).child("sdk.txt").readToString()).isEqualTo(AK + ":" + SK);
    }

    /**
     * Declarative looks the id up itself ({@code CredentialsBindingHandler.forId}), before the handler is asked, and its
     * message is only the id.
     */
    @Test
    void aMissingIdFailsTheBuild() throws Exception {
        WorkflowRun b = declarative(
                j.createProject(WorkflowJob.class),
                "    HW = credentials('nope')",
                "        echo 'never'",
                Result.FAILURE);

        // its CredentialNotFoundException is an AbortException: WorkflowRun prints "ERROR: " and the message, no trace
        // (a bare "nope" would also match a compile error that echoes the script's line)
        j.assertLogContains("ERROR: nope", b);
        j.assertLogNotContains("\tat ", b);
        j.assertLogNotContains("never", b);
    }
}
