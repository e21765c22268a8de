package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hudson.XmlFile;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class CodeArtsBuildGlobalConfigurationTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    @Test
    void roundtripThroughTheSystemPage(JenkinsRule j) throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        config.setRegion("cn-east-3");
        config.setAuthMode(AuthMode.SIGNATURE);
        config.setCodeArtsBuildEndpoint("https://cloudbuild.example.com");
        config.setProjectId(Fixtures.IAM_PROJECT_ID);
        config.setReadTimeoutSeconds(45);
        config.setMaxAttempts(5);

        j.configRoundtrip();

        CodeArtsBuildGlobalConfiguration after = CodeArtsBuildGlobalConfiguration.get();
        assertThat(after.getRegion()).isEqualTo("cn-east-3");
        assertThat(after.getAuthMode()).isEqualTo(AuthMode.SIGNATURE);
        assertThat(after.getCodeArtsBuildEndpoint()).isEqualTo("https://cloudbuild.example.com");
        assertThat(after.getIamEndpoint()).isNull();
        assertThat(after.getProjectId()).isEqualTo(Fixtures.IAM_PROJECT_ID);
        assertThat(after.getReadTimeoutSeconds()).isEqualTo(45);
        assertThat(after.getMaxAttempts()).isEqualTo(5);
        assertThat(after.getCredentialsId()).isNull();
    }

    @Test
    void aRefusedFormChangesNothingInMemoryOrOnDisk(JenkinsRule j) throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        config.setRegion("cn-east-3");
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
        form.getInputByName("_.region").setValue("cn-north-1");
        form.getInputByName("_.iamEndpoint").setValue("http://iam.example.com");

        FailingHttpStatusCodeException refused =
                assertThrows(FailingHttpStatusCodeException.class, () -> j.submit(form));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("must use https");
        assertThat(config.getIamEndpoint()).isNull();
        assertThat(config.getRegion()).isEqualTo("cn-east-3");
        String onDisk = Files.readString(
                j.jenkins.getRootDir().toPath().resolve(CodeArtsBuildGlobalConfiguration.class.getName() + ".xml"),
                StandardCharsets.UTF_8);
        assertThat(onDisk)
                .contains("cn-east-3")
                .doesNotContain("iam.example.com")
                .doesNotContain("cn-north-1");
    }

    @Test
    void aBadIamProjectIdIsRefusedByTheFormToo(JenkinsRule j) throws Exception {
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
        form.getInputByName("_.projectId").setValue("not/a/project");

        assertThrows(FailingHttpStatusCodeException.class, () -> j.submit(form));
        assertThat(CodeArtsBuildGlobalConfiguration.get().getProjectId()).isNull();
    }

    @Test
    void validation(JenkinsRule j) {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        assertThat(config.doCheckIamEndpoint("http://iam.example.com").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(config.doCheckIamEndpoint("not a url").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(config.doCheckIamEndpoint("http://127.0.0.1:8080").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(config.doCheckCodeArtsBuildEndpoint("https://cloudbuild.example.com").kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(config.doCheckRegion("").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(config.doCheckRegion("").getMessage())
                .isEqualTo("No default region: every step must then set its own region.");
        assertThat(config.doCheckRegion("cn-north-4").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(config.doCheckRegion("eu-west-0").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(config.doCheckRegion("CN North").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(config.doCheckProjectId("x/y").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(config.doFillRegionItems()).hasSize(12).contains("cn-north-4", "tr-west-1");
    }

    @Test
    void outOfRangeNumbersAreRefusedNamingTheFieldAndItsRangeNotClamped(JenkinsRule j) {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        assertThatThrownBy(() -> config.setMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be a whole number from 1 to 10, not 0.");
        assertThatThrownBy(() -> config.setMaxAttempts(99))
                .hasMessage("maxAttempts must be a whole number from 1 to 10, not 99.");
        assertThatThrownBy(() -> config.setCallTimeoutSeconds(-1))
                .hasMessage("callTimeoutSeconds must be a whole number from 1 to 600, not -1.");
        assertThatThrownBy(() -> config.setConnectTimeoutSeconds(100_000))
                .hasMessage("connectTimeoutSeconds must be a whole number from 1 to 600, not 100000.");
        assertThatThrownBy(() -> config.setReadTimeoutSeconds(0))
                .hasMessage("readTimeoutSeconds must be a whole number from 1 to 600, not 0.");
        assertThat(config.getMaxAttempts())
                .as("unchanged, not reset to the default")
                .isEqualTo(3);
        assertThat(config.getCallTimeoutSeconds()).isEqualTo(60);
        assertThat(config.getConnectTimeoutSeconds()).isEqualTo(10);
        assertThat(config.getReadTimeoutSeconds()).isEqualTo(30);
        config.setCallTimeoutSeconds(1);
        assertThat(config.getCallTimeoutSeconds()).isEqualTo(1);
        config.setConnectTimeoutSeconds(GlobalConfigurationForm.MAX_TIMEOUT);
        assertThat(config.getConnectTimeoutSeconds()).isEqualTo(600);
        config.setMaxAttempts(10);
        assertThat(config.getMaxAttempts()).isEqualTo(10);
    }

    @Test
    void anOutOfRangeNumberOnTheFormIsRefusedAndNothingOfTheFormIsKept(JenkinsRule j) throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
        form.getInputByName("_.region").setValue("cn-north-1");
        HtmlInput attempts = form.getInputByName("_.maxAttempts");
        attempts.removeAttribute("min"); // as a script or a browser that does not check the field would send it
        attempts.setValue("0");

        FailingHttpStatusCodeException refused =
                assertThrows(FailingHttpStatusCodeException.class, () -> j.submit(form));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("maxAttempts must be a whole number from 1 to 10, not 0.");
        assertThat(config.getMaxAttempts()).isEqualTo(3);
        assertThat(config.getRegion())
                .as("a half-bound form is not kept, even before any file")
                .isNull();
        // a refused form writes nothing: on a new Jenkins, no file at all
        assertThat(j.jenkins.getRootDir().toPath().resolve(CodeArtsBuildGlobalConfiguration.class.getName() + ".xml"))
                .doesNotExist();
    }

    /**
     * A mode the page does not offer (a hand-made POST; blank or padded too) is refused before anything of the form is
     * bound: Stapler's {@code Enum.valueOf} would refuse it only while binding, after the setters before it had run.
     */
    @Test
    void anUnknownAuthModeIsRefusedAndNothingOfTheFormIsKept(JenkinsRule j) throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        for (String sent : new String[] {"BOGUS", "", " TOKEN"}) {
            HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
            form.getInputByName("_.region").setValue("cn-north-1");
            HtmlSelect modes = form.getSelectByName("_.authMode");
            HtmlOption option = modes.getOption(0);
            option.setValueAttribute(sent);
            modes.setSelectedAttribute(option, true);

            FailingHttpStatusCodeException refused =
                    assertThrows(FailingHttpStatusCodeException.class, () -> j.submit(form));

            assertThat(refused.getStatusCode()).as(sent).isEqualTo(400);
            assertThat(refused.getResponse().getContentAsString())
                    .as(sent)
                    .contains("authMode must be TOKEN or SIGNATURE, not ");
            assertThat(config.getRegion())
                    .as("nothing of the refused form is bound: " + sent)
                    .isNull();
            assertThat(config.getAuthMode()).isEqualTo(AuthMode.TOKEN);
        }
    }

    /**
     * A submitted form is one save, one change for every save listener: the setters' own saves do nothing inside the
     * form's {@code BulkChange} (without it, each of the fifteen setter calls would write the file and tell them).
     */
    @Test
    @SuppressWarnings("deprecation") // register(): the listener is needed for this test only
    void aSubmittedFormIsSavedOnce(JenkinsRule j) throws Exception {
        AtomicInteger saves = new AtomicInteger();
        SaveableListener counter = new SaveableListener() {
            @Override
            public void onChange(Saveable o, XmlFile file) {
                if (o instanceof CodeArtsBuildGlobalConfiguration) {
                    saves.incrementAndGet();
                }
            }
        };
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
        form.getInputByName("_.region").setValue("cn-north-1");
        counter.register();
        try {
            j.submit(form);
        } finally {
            counter.unregister();
        }

        assertThat(saves).hasValue(1);
        assertThat(CodeArtsBuildGlobalConfiguration.get().getRegion()).isEqualTo("cn-north-1");
    }

    /** A cleared number field is posted as "" (bound as 0): it means the default, it is not refused as "not 0". */
    @Test
    void aClearedNumberFieldIsItsDefault(JenkinsRule j) throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        config.setMaxAttempts(5);
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
        form.getInputByName("_.maxAttempts").setValue("");

        j.submit(form);

        assertThat(config.getMaxAttempts()).isEqualTo(3);
    }

    /** Text that is no whole number (bound as 0 by Stapler) is refused as typed, never as "not 0". */
    @Test
    void aNumberFieldThatIsNoWholeNumberIsRefusedAsTyped(JenkinsRule j) throws Exception {
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
        form.getInputByName("_.maxAttempts").setValue("1.5");

        FailingHttpStatusCodeException refused =
                assertThrows(FailingHttpStatusCodeException.class, () -> j.submit(form));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString())
                // the typed text is quoted, and the page escapes the quotes its own way
                .contains("maxAttempts must be a whole number from 1 to 10, not ", "1.5")
                .doesNotContain("not 0");
        assertThat(CodeArtsBuildGlobalConfiguration.get().getMaxAttempts()).isEqualTo(3);
    }

    @Test
    void testConnectionReportsTheProject(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        iam.enqueue(Fixtures.token("tok"));

        FormValidation result = CodeArtsBuildGlobalConfiguration.get()
                .doTestConnection(
                        "cn-north-4",
                        FakeCloud.CREDENTIALS_ID,
                        "TOKEN",
                        iam.url("/").toString(),
                        build.url("/").toString(),
                        "");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(result.getMessage()).contains("IAM project cn-north-4 (" + Fixtures.IAM_PROJECT_ID + ")");
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void testConnectionShowsWhatIamSaidOnce(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        iam.enqueue(Fixtures.error(401, "IAM.0011", "The AK does not exist"));

        FormValidation result = CodeArtsBuildGlobalConfiguration.get()
                .doTestConnection(
                        "cn-north-4",
                        FakeCloud.CREDENTIALS_ID,
                        "TOKEN",
                        iam.url("/").toString(),
                        null,
                        null);

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(result.getMessage())
                .contains("HTTP 401", "IAM.0011", "req-401")
                .doesNotContain(Fixtures.SK);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void testConnectionRefusesAnInsecureEndpointBeforeSendingTheKey(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);

        FormValidation result = CodeArtsBuildGlobalConfiguration.get()
                .doTestConnection(
                        "cn-north-4", FakeCloud.CREDENTIALS_ID, "TOKEN", "http://iam.example.com", null, null);

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(iam.getRequestCount()).isZero();
    }

    // the client settings it gives a build and the connection test

    private static final String PROJECT = "0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c";

    private static CodeArtsBuildGlobalConfiguration settings() {
        CodeArtsBuildGlobalConfiguration c = CodeArtsBuildGlobalConfiguration.get();
        c.setRegion("cn-north-4");
        c.setCredentialsId("huawei-ak");
        c.setAuthMode(AuthMode.SIGNATURE);
        c.setProjectId(PROJECT);
        c.setConnectTimeoutSeconds(5);
        c.setReadTimeoutSeconds(7);
        c.setCallTimeoutSeconds(9);
        c.setMaxAttempts(2);
        return c;
    }

    @Test
    void aBuildGetsTheDefaultRegionUnlessItNamesOne(JenkinsRule j) throws Exception {
        assertThat(settings().toClientConfig(null).getRegion()).isEqualTo("cn-north-4");
        assertThat(settings().toClientConfig("  ").getRegion()).isEqualTo("cn-north-4");
        assertThat(settings().toClientConfig(" cn-east-3 ").getRegion()).isEqualTo("cn-east-3");
    }

    @Test
    void theClientGetsTheModeProjectTimeoutsAndAttempts(JenkinsRule j) throws Exception {
        ClientConfig c = settings().toClientConfig(null);
        assertThat(c.getAuthMode()).isEqualTo(AuthMode.SIGNATURE);
        assertThat(c.getProjectId()).isEqualTo(PROJECT);
        assertThat(c.getTimeouts())
                .isEqualTo(
                        new ClientConfig.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(7), Duration.ofSeconds(9)));
        assertThat(c.getRetryPolicy().getMaxAttempts()).isEqualTo(2);
    }

    @Test
    void unsavedFormValuesWinOverTheStoredOnesButNotTheTimeouts(JenkinsRule j) throws Exception {
        ClientConfig c = settings().clientConfig("cn-east-3", null, null, null, null);
        assertThat(c.getRegion()).isEqualTo("cn-east-3");
        assertThat(c.getAuthMode()).as("no mode on the form: token").isEqualTo(AuthMode.TOKEN);
        assertThat(c.getProjectId()).isNull();
        assertThat(c.getTimeouts().call()).isEqualTo(Duration.ofSeconds(9));
    }
}
