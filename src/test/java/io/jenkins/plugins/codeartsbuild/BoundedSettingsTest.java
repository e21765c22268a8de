package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every bounded number of the global configuration (an {@code int} data-bound setter) is refused out of range by its
 * setter under its own name, so that the message names the field a form or JCasC user set, and is repaired when read
 * from a hand-edited file. Read as source text: the client build cannot load Jenkins classes. What the refusal and the
 * repair do is tested with JenkinsRule ({@code CodeArtsBuildGlobalConfigurationTest}, {@code ConfigurationAsCodeTest},
 * {@code StoredConfigurationTest}).
 */
class BoundedSettingsTest {

    private static final Path JAVA = Path.of("src/main/java/io/jenkins/plugins/codeartsbuild");
    private static final Pattern INT_SETTER = Pattern.compile(
            "@DataBoundSetter\\s+public void set(\\w+)\\(int (\\w+)\\) \\{\\s+this\\.(\\w+) = ([^;]+);");
    /** A constant of {@code GlobalConfigurationForm.Bounded} and the field name it refuses and repairs under. */
    private static final Pattern BOUNDED = Pattern.compile("\\b([A-Z_]+)\\(\"(\\w+)\", ");

    static List<String> problems(String configuration, String settings) {
        Map<String, String> constants = new HashMap<>(); // field name -> its constant
        BOUNDED.matcher(settings).results().forEach(r -> constants.put(r.group(2), r.group(1)));
        List<String> found = new ArrayList<>();
        Matcher m = INT_SETTER.matcher(configuration);
        while (m.find()) {
            String property = m.group(1);
            String field = Character.toLowerCase(property.charAt(0)) + property.substring(1);
            // refused under its own name: Bounded.CONSTANT.check(parameter), CONSTANT being the field's
            String constant = constants.getOrDefault(field, "NONE");
            String refusal = "Bounded\\." + constant + "\\.check\\(" + m.group(2) + "\\)";
            if (!m.group(3).equals(field) || !m.group(4).matches(refusal)) {
                found.add(field + ": its setter does not refuse an out-of-range value under its own name");
            }
            Pattern repair = Pattern.compile(field + " = Bounded\\." + constant + "\\.repaired\\(" + field + "\\);");
            if (!repair.matcher(configuration).find()) {
                found.add(field + ": a hand-edited file is not repaired");
            }
        }
        return found;
    }

    private static String read(String file) throws IOException {
        return Files.readString(JAVA.resolve(file), StandardCharsets.UTF_8);
    }

    private static int intSetters(String configuration) {
        return (int) INT_SETTER.matcher(configuration).results().count();
    }

    @Test
    void everyBoundedNumberIsRefusedUnderItsOwnNameAndRepairedFromAFile() throws IOException {
        String configuration = read("CodeArtsBuildGlobalConfiguration.java");

        assertThat(intSetters(configuration)).isEqualTo(4);
        assertThat(problems(configuration, read("GlobalConfigurationForm.java")))
                .isEmpty();
    }

    @Test
    void theRuleFailsOnASetterThatClampsOrNamesAnotherFieldOrAFieldNotRepaired() throws IOException {
        String configuration = read("CodeArtsBuildGlobalConfiguration.java");
        String settings = read("GlobalConfigurationForm.java");

        assertThat(problems(configuration, settings.replace("(\"maxAttempts\", ", "(\"maxAttempt\", ")))
                .containsExactly(
                        "maxAttempts: its setter does not refuse an out-of-range value under its own name",
                        "maxAttempts: a hand-edited file is not repaired");
        assertThat(problems(
                        configuration.replace(
                                "this.readTimeoutSeconds = Bounded.READ_TIMEOUT.check(seconds);",
                                "this.readTimeoutSeconds = Bounded.CALL_TIMEOUT.check(seconds);"),
                        settings))
                .containsExactly(
                        "readTimeoutSeconds: its setter does not refuse an out-of-range value under its own name");
        assertThat(problems(
                        configuration.replace(
                                "this.readTimeoutSeconds = Bounded.READ_TIMEOUT.check(seconds);",
                                "this.readTimeoutSeconds = Math.min(seconds, 600);"),
                        settings))
                .containsExactly(
                        "readTimeoutSeconds: its setter does not refuse an out-of-range value under its own name");
        assertThat(problems(
                        configuration.replace(
                                "callTimeoutSeconds = Bounded.CALL_TIMEOUT.repaired(callTimeoutSeconds);", ""),
                        settings))
                .containsExactly("callTimeoutSeconds: a hand-edited file is not repaired");
    }
}
