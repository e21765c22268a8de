package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings of the global configuration as a value; no Jenkins needed. */
class GlobalSettingsTest {

    private static final String PROJECT = "0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c";

    private static GlobalSettings settings() {
        return new GlobalSettings("cn-north-4", "huawei-ak", AuthMode.SIGNATURE, null, null, PROJECT, 5, 7, 9, 2);
    }

    @Test
    void aBuildGetsTheDefaultRegionUnlessItNamesOne() throws Exception {
        assertThat(settings().toClientConfig(null).getRegion()).isEqualTo("cn-north-4");
        assertThat(settings().toClientConfig("  ").getRegion()).isEqualTo("cn-north-4");
        assertThat(settings().toClientConfig(" cn-east-3 ").getRegion()).isEqualTo("cn-east-3");
    }

    @Test
    void theClientGetsTheModeProjectTimeoutsAndAttempts() throws Exception {
        ClientConfig c = settings().toClientConfig(null);
        assertThat(c.getAuthMode()).isEqualTo(AuthMode.SIGNATURE);
        assertThat(c.getProjectId()).isEqualTo(PROJECT);
        assertThat(c.getTimeouts())
                .isEqualTo(new ClientConfig.Timeouts(
                        Duration.ofSeconds(5), Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(9)));
        assertThat(c.getRetryPolicy().getMaxAttempts()).isEqualTo(2);
    }

    @Test
    void unsavedFormValuesWinOverTheStoredOnesButNotTheTimeouts() throws Exception {
        ClientConfig c = settings().clientConfig("cn-east-3", null, null, null, null);
        assertThat(c.getRegion()).isEqualTo("cn-east-3");
        assertThat(c.getAuthMode()).as("no mode on the form: token").isEqualTo(AuthMode.TOKEN);
        assertThat(c.getProjectId()).isNull();
        assertThat(c.getTimeouts().call()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void numbersOutsideTheirRangeAreCorrected() {
        assertThat(GlobalSettings.timeoutSeconds(0, 30)).isEqualTo(30);
        assertThat(GlobalSettings.timeoutSeconds(-5, 10)).isEqualTo(10);
        assertThat(GlobalSettings.timeoutSeconds(1, 10)).isEqualTo(1);
        assertThat(GlobalSettings.timeoutSeconds(601, 10)).isEqualTo(GlobalSettings.MAX_TIMEOUT);
        assertThat(GlobalSettings.maxAttempts(0)).isEqualTo(3);
        assertThat(GlobalSettings.maxAttempts(10)).isEqualTo(10);
        assertThat(GlobalSettings.maxAttempts(11)).isEqualTo(10);
    }
}
