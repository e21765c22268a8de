package io.jenkins.plugins.codeartsbuild.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Fingerprint;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.tasks.Shell;
import hudson.util.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.credentialsbinding.impl.BindingStep;
import org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The binding as credentials-binding tests its own ({@code BindingStepTest}, {@code UsernamePasswordMultiBindingTest},
 * {@code SSHUserPrivateKeyBindingTest}): the variables reach {@code sh}, both values are masked in the log and absent
 * from every file of the build, the forms and the snippet round-trip, and a bad id, a credential of another type or a
 * bad variable name fail the build with a clear message and no stack trace. The shell steps need a Unix agent.
 */
@WithJenkins
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the builds run sh")
class HuaweiCloudAccessKeyBindingTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    static final String ID = "huawei-ak";
    static final String AK = "HPUAZ7Q0BINDINGTESTAK";
    static final String SK = "bInd1ngTestSecretKey0123456789abcdefGHIJ";

    /** Writes both variables, as named, into {@code keys.txt} in the workspace, and echoes them. */
    static final String WRITE_KEYS = "printf '%s:%s' \"$%1$s\" \"$%2$s\" > keys.txt; echo \"ak=$%1$s sk=$%2$s\"";

    private JenkinsRule j;
    private HuaweiCloudAccessKeyImpl key;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        key = new HuaweiCloudAccessKeyImpl(CredentialsScope.GLOBAL, ID, null, AK, Secret.fromString(SK));
        add(j, key);
    }

    static void add(JenkinsRule j, Credentials c) throws IOException {
        CredentialsProvider.lookupStores(j.jenkins).iterator().next().addCredentials(Domain.global(), c);
    }

    static String sh(String accessKeyVariable, String secretKeyVariable) {
        return "sh '''" + WRITE_KEYS.replace("%1$s", accessKeyVariable).replace("%2$s", secretKeyVariable) + "'''";
    }

    private WorkflowRun pipeline(WorkflowJob p, String script, Result expected) throws Exception {
        p.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertStatus(expected, p);
    }

    @Test
    void setsTheSdkVariablesInShAndMasksBoth() throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        WorkflowRun b = pipeline(
                p,
                "node {\n  withCredentials([huaweiCloudAccessKey('" + ID + "')]) {\n    "
                        + sh("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK") + "\n  }\n}",
                Result.SUCCESS);

        assertThat(JenkinsRule.getLog(b))
                .contains("Masking supported pattern matches of ")
                .contains("$HUAWEICLOUD_SDK_AK")
                .contains("$HUAWEICLOUD_SDK_SK")
                .contains("ak=**** sk=****");
        assertHidden(b);
        assertThat(j.jenkins.getWorkspaceFor(p).child("keys.txt").readToString())
                .isEqualTo(AK + ":" + SK);
    }

    @Test
    void needsNoNode() throws Exception {
        WorkflowRun b = pipeline(
                j.createProject(WorkflowJob.class),
                "withCredentials([huaweiCloudAccessKey('" + ID + "')]) {\n"
                        + "  echo(env.HUAWEICLOUD_SDK_SK.length() == " + SK.length()
                        + " ? 'bound outside node' : 'no')\n"
                        + "}",
                Result.SUCCESS);

        j.assertLogContains("bound outside node", b);
        assertHidden(b);
    }

    @Test
    void customNamesReplaceTheDefaults() throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "custom");
        WorkflowRun b = pipeline(
                p,
                "node {\n  withCredentials([huaweiCloudAccessKey(credentialsId: '" + ID
                        + "', accessKeyVariable: 'MY_AK', secretKeyVariable: 'MY_SK')]) {\n    "
                        + sh("MY_AK", "MY_SK") + "\n    sh 'test -z \"$HUAWEICLOUD_SDK_SK\"'\n  }\n}",
                Result.SUCCESS);

        j.assertLogContains("ak=**** sk=****", b);
        assertHidden(b);
        assertThat(j.jenkins.getWorkspaceFor(p).child("keys.txt").readToString())
                .isEqualTo(AK + ":" + SK);
    }

    @Test
    void freestyleBindsMasksAndListsTheSensitiveVariables() throws Exception {
        FreeStyleProject p = j.createFreeStyleProject("fs");
        HuaweiCloudAccessKeyBinding binding = new HuaweiCloudAccessKeyBinding(ID);
        p.getBuildWrappersList().add(new SecretBuildWrapper(List.of(binding)));
        p.getBuildersList()
                .add(new Shell(WRITE_KEYS.replace("%1$s", "HUAWEICLOUD_SDK_AK").replace("%2$s", "HUAWEICLOUD_SDK_SK")));

        j.configRoundtrip((Item) p);
        SecretBuildWrapper wrapper = p.getBuildWrappersList().get(SecretBuildWrapper.class);
        assertThat(wrapper).isNotNull();
        List<? extends MultiBinding<?>> bindings = wrapper.getBindings();
        assertThat(bindings).hasSize(1);
        j.assertEqualDataBoundBeans(binding, bindings.get(0));

        FreeStyleBuild b = j.buildAndAssertSuccess(p);

        j.assertLogContains("ak=**** sk=****", b);
        assertHidden(b);
        assertThat(j.jenkins.getWorkspaceFor(p).child("keys.txt").readToString())
                .isEqualTo(AK + ":" + SK);
        assertThat(new TreeSet<>(b.getSensitiveBuildVariables()).toString())
                .isEqualTo("[HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK]");
    }

    @Test
    void theStepAndItsSnippetRoundTripWithDefaultAndCustomNames() throws Exception {
        SnippetizerTester st = new SnippetizerTester(j);
        HuaweiCloudAccessKeyBinding binding = new HuaweiCloudAccessKeyBinding(ID);
        List<MultiBinding> bindings = new ArrayList<>(List.of(binding));
        BindingStep s = new StepConfigTester(j).configRoundTrip(new BindingStep(bindings));
        j.assertEqualDataBoundBeans(s.getBindings(), bindings);
        assertThat(((HuaweiCloudAccessKeyBinding) s.getBindings().get(0)).getAccessKeyVariable())
                .isEqualTo("HUAWEICLOUD_SDK_AK");
        // the default names are left out of the snippet; a lone credentials id is written without its name
        st.assertRoundTrip(s, "withCredentials([huaweiCloudAccessKey('" + ID + "')]) {\n    // some block\n}");

        binding.setAccessKeyVariable("MY_AK");
        binding.setSecretKeyVariable("MY_SK");
        s = new StepConfigTester(j).configRoundTrip(new BindingStep(bindings));
        j.assertEqualDataBoundBeans(s.getBindings(), bindings);
        st.assertRoundTrip(
                s,
                "withCredentials([huaweiCloudAccessKey(accessKeyVariable: 'MY_AK', credentialsId: '" + ID
                        + "', secretKeyVariable: 'MY_SK')]) {\n    // some block\n}");
    }

    /** The base's lookup records the use, as credentials-binding's {@code trackingOfCredential} checks. */
    @Test
    void theUseOfTheKeyIsTracked() throws Exception {
        assertThat(CredentialsProvider.getFingerprintOf(key)).isNull();
        WorkflowJob p = j.createProject(WorkflowJob.class, "tracked");

        pipeline(p, "withCredentials([huaweiCloudAccessKey('" + ID + "')]) {\n  echo 'bound'\n}", Result.SUCCESS);

        Fingerprint fingerprint = CredentialsProvider.getFingerprintOf(key);
        assertThat(fingerprint).isNotNull();
        assertThat(fingerprint.getJobs()).contains(p.getFullName());
    }

    @Test
    void aMissingIdFailsClearly() throws Exception {
        WorkflowRun b = pipeline(
                j.createProject(WorkflowJob.class),
                "withCredentials([huaweiCloudAccessKey('nope')]) {\n  echo 'never'\n}",
                Result.FAILURE);

        j.assertLogContains("Could not find credentials entry with ID 'nope'", b);
        j.assertLogNotContains("never", b);
        j.assertLogNotContains("\tat ", b);
    }

    @Test
    void aCredentialOfAnotherTypeFailsClearlyWithoutItsSecret() throws Exception {
        String text = "aSecretTextThatIsNotAnAccessKey42";
        add(j, new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", null, Secret.fromString(text)));

        WorkflowRun b = pipeline(
                j.createProject(WorkflowJob.class),
                "withCredentials([huaweiCloudAccessKey('text')]) {\n  echo 'never'\n}",
                Result.FAILURE);

        j.assertLogContains(
                "Credentials 'text' is of type 'Secret text' where '" + Messages.HuaweiCloudAccessKeyImpl_DisplayName()
                        + "' was expected",
                b);
        j.assertLogNotContains(text, b);
        j.assertLogNotContains("never", b);
        j.assertLogNotContains("\tat ", b);
    }

    @Test
    void aVariableNameThatNoShellAcceptsIsRefusedBeforeTheKeyIsRead() throws Exception {
        WorkflowRun b = pipeline(
                j.createProject(WorkflowJob.class),
                "withCredentials([huaweiCloudAccessKey(credentialsId: '" + ID
                        + "', accessKeyVariable: 'MY-AK')]) {\n  echo 'never'\n}",
                Result.FAILURE);

        j.assertLogContains(HuaweiCloudAccessKeyBinding.problem("MY-AK", "HUAWEICLOUD_SDK_SK"), b);
        j.assertLogContains("accessKeyVariable 'MY-AK' is not a valid environment variable name", b);
        j.assertLogNotContains("never", b);
        j.assertLogNotContains("\tat ", b);
        assertHidden(b);
    }

    @Test
    void theSameNameTwiceIsRefused() throws Exception {
        WorkflowRun b = pipeline(
                j.createProject(WorkflowJob.class),
                "withCredentials([huaweiCloudAccessKey(credentialsId: '" + ID
                        + "', secretKeyVariable: 'HUAWEICLOUD_SDK_AK')]) {\n  echo 'never'\n}",
                Result.FAILURE);

        j.assertLogContains(
                "accessKeyVariable and secretKeyVariable are both 'HUAWEICLOUD_SDK_AK': the secret key would replace",
                b);
        j.assertLogNotContains("never", b);
        j.assertLogNotContains("\tat ", b);
    }

    /** Neither value in the log nor in any file of the build: build.xml, program.dat, the log, the flow nodes. */
    private void assertHidden(Run<?, ?> b) throws Exception {
        j.assertLogNotContains(AK, b);
        j.assertLogNotContains(SK, b);
        assertThat(grep(b.getRootDir().toPath(), AK)).isEmpty();
        assertThat(grep(b.getRootDir().toPath(), SK)).isEmpty();
    }

    static List<Path> grep(Path dir, String text) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text)) {
                    found.add(f);
                }
            }
        }
        return found;
    }
}
