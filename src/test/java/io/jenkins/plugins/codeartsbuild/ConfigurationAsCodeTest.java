package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toStringFromYamlFile;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.RootElementConfigurator;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyImpl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void importsTheGlobalConfiguration(JenkinsConfiguredWithCodeRule r) {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        assertThat(config.getRegion()).isEqualTo("cn-east-3");
        assertThat(config.getCredentialsId()).isEqualTo("huawei-ak");
        assertThat(config.getAuthMode()).isEqualTo(AuthMode.SIGNATURE);
        assertThat(config.getIamEndpoint()).isEqualTo("https://iam.example.com");
        assertThat(config.getCodeArtsBuildEndpoint()).isEqualTo("https://cloudbuild.example.com");
        assertThat(config.getProjectId()).isEqualTo("0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c");
        assertThat(config.getConnectTimeoutSeconds()).isEqualTo(5);
        assertThat(config.getReadTimeoutSeconds()).isEqualTo(20);
        assertThat(config.getCallTimeoutSeconds()).isEqualTo(45);
        assertThat(config.getMaxAttempts()).isEqualTo(4);
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void importsTheAccessKey(JenkinsConfiguredWithCodeRule r) {
        HuaweiCloudAccessKeyImpl key = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(
                        HuaweiCloudAccessKeyImpl.class, r.jenkins, ACL.SYSTEM2, List.of()),
                CredentialsMatchers.withId("huawei-ak"));
        assertThat(key).isNotNull();
        assertThat(key.getAccessKeyId()).isEqualTo("HPUAL3GXJ5PZ3K2QN7WA");
        assertThat(key.getSecretKey().getPlainText()).isEqualTo("from-casc-secret-key");
        assertThat(key.getDescription()).isEqualTo("CodeArts Build cleaner");
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void anEndpointTheFormWouldRefuseIsRefusedAndItsPasswordNeverStoredOrRepeated(JenkinsConfiguredWithCodeRule r)
            throws Exception {
        String yaml = getClass().getResource("endpoint-with-password.yml").toExternalForm();

        ConfiguratorException refused = assertThrows(
                ConfiguratorException.class, () -> ConfigurationAsCode.get().configure(yaml));

        assertThat(refused.getMessage()).contains("iamEndpoint");
        assertThat(refused).rootCause().message().contains("iam.example.com").doesNotContain("s3cr3t-in-url");
        assertThat(CodeArtsBuildGlobalConfiguration.get().getIamEndpoint()).isEqualTo("https://iam.example.com");
        Path saved = r.jenkins.getRootDir().toPath().resolve(CodeArtsBuildGlobalConfiguration.class.getName() + ".xml");
        assertThat(Files.readString(saved)).doesNotContain("s3cr3t-in-url");
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void anOutOfRangeNumberIsRefusedNamingTheFieldAndItsRange(JenkinsConfiguredWithCodeRule r) {
        String yaml = getClass().getResource("out-of-range.yml").toExternalForm();

        ConfiguratorException refused = assertThrows(
                ConfiguratorException.class, () -> ConfigurationAsCode.get().configure(yaml));

        assertThat(refused.getMessage()).contains("maxAttempts");
        assertThat(refused).hasRootCauseMessage("maxAttempts must be a whole number from 1 to 10, not 0.");
        assertThat(CodeArtsBuildGlobalConfiguration.get().getMaxAttempts())
                .as("not reset to the default")
                .isEqualTo(4);
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void exportsTheGlobalConfiguration(JenkinsConfiguredWithCodeRule r) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());

        String exported = toYamlString(getUnclassifiedRoot(context).get("codeArtsBuild"));

        assertThat(exported).isEqualTo(toStringFromYamlFile(this, "expected_output.yml"));
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    @SuppressWarnings("unchecked")
    void exportsTheAccessKeyWithTheSecretEncrypted(JenkinsConfiguredWithCodeRule r) throws Exception {
        ConfiguratorRegistry registry = ConfiguratorRegistry.get();
        ConfigurationContext context = new ConfigurationContext(registry);
        RootElementConfigurator<Object> credentials = registry.lookupRootElement("credentials");

        String exported = toYamlString(credentials.describe(credentials.getTargetComponent(context), context));

        assertThat(exported)
                .contains("huaweiCloudAccessKey:", "accessKeyId: \"HPUAL3GXJ5PZ3K2QN7WA\"", "id: \"huawei-ak\"")
                .contains("secretKey:")
                .doesNotContain("from-casc-secret-key");
    }
}
