package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** The settings survive a restart: setters save, the constructor loads. */
class CodeArtsBuildGlobalConfigurationRestartTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void settingsArePersisted() throws Throwable {
        sessions.then(r -> {
            CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
            config.setRegion("ap-southeast-3");
            config.setCredentialsId("huawei-ak");
            config.setAuthMode(AuthMode.SIGNATURE);
            config.setMaxAttempts(4);
        });
        sessions.then(r -> {
            CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
            assertThat(config.getRegion()).isEqualTo("ap-southeast-3");
            assertThat(config.getCredentialsId()).isEqualTo("huawei-ak");
            assertThat(config.getAuthMode()).isEqualTo(AuthMode.SIGNATURE);
            assertThat(config.getMaxAttempts()).isEqualTo(4);
        });
    }
}
