package io.jenkins.plugins.codeartsbuild.client.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the answers' times read: a list entry's {@code last_build_time}, the recycle bin's strings of seconds. */
class BuildTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"last_build_time\":null}'|NEVER|",
                "'{\"last_build_time\":0}'|NEVER|",
                "'{\"last_build_time\":null,\"last_build_status\":\"None\",\"build_number\":0}'|NEVER|",
                "'{\"last_build_time\":0,\"last_build_status\":\" \",\"last_build_number\":\"0\"}'|NEVER|",
                "'{\"last_build_time\":null,\"last_build_status\":null,\"build_number\":null}'|NEVER|",
                "'{}'|UNKNOWN|",
                "'{\"last_build_status\":\"none\"}'|UNKNOWN|",
                "'{\"last_build_time\":null,\"last_build_status\":\"aborted\"}'|UNKNOWN|",
                "'{\"last_build_time\":0,\"last_build_status\":7}'|UNKNOWN|",
                "'{\"last_build_time\":0,\"build_number\":3}'|UNKNOWN|",
                "'{\"last_build_time\":null,\"last_build_number\":\"12\"}'|UNKNOWN|",
                "'{\"last_build_time\":-5}'|UNKNOWN|",
                "'{\"last_build_time\":\"1727041445000\"}'|UNKNOWN|",
                "'{\"last_build_time\":0.0}'|UNKNOWN|",
                "'{\"last_build_time\":12.5}'|UNKNOWN|",
                "'{\"last_build_time\":1727041445000,\"last_build_status\":\"none\"}'|BUILT|2024-09-22T21:44:05Z",
                "'{\"last_build_time\":1727041445}'|BUILT|2024-09-22T21:44:05Z",
                "'{\"last_build_time\":4102444800000}'|UNKNOWN|",
                "'{\"last_build_time\":86400000}'|UNKNOWN|"
            })
    void aListEntrysLastBuildIsReadDefensively(String entry, LastBuild.State state, String iso) throws Exception {
        LastBuild b = BuildTimes.lastBuild(JSON.readTree(entry), NOW);

        assertThat(b.state()).isEqualTo(state);
        assertThat(new BuildJob("j", "n", null, null, null, null, b, null, null)
                        .toMap()
                        .get("lastBuildTime"))
                .isEqualTo(iso == null || iso.isEmpty() ? null : iso);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"1796004000\"'|2026-11-30T02:00:00Z",
                "'\" 1796004000 \"'|2026-11-30T02:00:00Z",
                "'\"1796004000000\"'|2026-11-30T02:00:00Z",
                "'1796004000'|2026-11-30T02:00:00Z",
                "'\"0\"'|",
                "'\"-1796004000\"'|",
                "'\"1796004000.5\"'|",
                "'\"17 96004000\"'|",
                "'\"\"'|",
                "'\"2000000000\"'|",
                "'\"999999999\"'|",
                "'null'|",
                "'true'|"
            })
    void aRecycleBinsTimeIsAStringOfEpochSecondsReadAsAnyOtherTime(String value, String iso) throws Exception {
        Instant at = BuildTimes.time(JSON.readTree(value), true, NOW);

        assertThat(at).isEqualTo(iso == null || iso.isEmpty() ? null : Instant.parse(iso));
        assertThat(BuildTimes.time(JSON.readTree(value), false, NOW))
                .as("a string is a time only where the answer gives strings")
                .isEqualTo(value.startsWith("\"") ? null : at);
    }
}
