package io.jenkins.plugins.codeartsbuild.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Job name patterns: {@code *} and {@code ?}, anchored, case-sensitive, everything else literal. */
class GlobTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*|anything|true",
                "*|''|true",
                "nightly-*|nightly-42|true",
                "nightly-*|nightly-|true",
                "nightly-*|my-nightly-42|false",
                "*-release|web-release|true",
                "*-release|web-release-2|false",
                "a*b*c|abc|true",
                "a*b*c|aXXbYYc|true",
                "a*b*c|aXXbYY|false",
                "a*b|abab|true",
                "a*b|abba|false",
                "build-?|build-1|true",
                "build-?|build-12|false",
                "build-?|build-|false",
                "?|''|false",
                "??*|ab|true",
                "??*|a|false",
                "Nightly*|nightly-1|false",
                "nightly*|NIGHTLY-1|false",
                "a.b|a.b|true",
                "a.b|axb|false",
                "[ab]|a|false",
                "[ab]|[ab]|true",
                "a\\*|a*|true",
                "a\\*|a\\xyz|false",
                "a\\?|a?|true",
                "a\\?|ab|false",
                "a\\\\*|a\\xyz|true",
                "a\\x|a\\x|true",
                "a\\|a\\|true",
                "pr-\\*-*|pr-*-build|true",
                "pr-\\*-*|pr-12-build|false",
                "job (1)|job (1)|true",
                "^x$|^x$|true",
                "构建-*|构建-每日|true",
                "构建-?|构建-日|true",
                "''|''|true",
                "''|x|false",
                "**|''|true",
                "a**b|ab|true",
            })
    void matchesAnchoredAndCaseSensitive(String pattern, String name, boolean expected) {
        assertThat(Glob.of(pattern).matches(name)).as("%s ~ %s", pattern, name).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*|''",
                "**?*|''",
                "nightly-*|nightly-",
                "*-release|-release",
                "a*bcd?ef|bcd",
                "ab*cd|ab",
                "plain name|plain name",
                "x?yy*zzz|zzz",
                "pr-\\*-*|pr-*-",
                "a\\?b*c|a?b",
            })
    void theServerSearchIsTheLongestLiteralRun(String pattern, String literal) {
        assertThat(Glob.of(pattern).longestLiteral()).isEqualTo(literal);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"nightly-*", "*-release", "a*bcd?ef", "x?yy*zzz", "*", "?", "a*a*a*"})
    void everyNameThatMatchesContainsTheSearch(String pattern) {
        for (String name : new String[] {"nightly-1", "web-release", "aXbcdYef", "xAyyBzzz", "", "q", "aaa"}) {
            if (Glob.of(pattern).matches(name)) {
                assertThat(name).contains(Glob.of(pattern).longestLiteral());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"*", "?", "\\", "a*b?c\\d", "pr-\\*-", "''", "\\*\\?", "构建*"})
    void aQuotedTextMatchesExactlyItself(String text) {
        String quoted = Glob.quote(text);

        assertThat(Glob.of(quoted).matches(text)).as(quoted).isTrue();
        assertThat(Glob.of(quoted).matches(text + "x")).isFalse();
        assertThat(Glob.of(quoted).matches("x" + text)).isFalse();
        if (!text.isEmpty()) {
            assertThat(Glob.of(quoted).matches(text.substring(1))).isFalse();
        }
        assertThat(Glob.of(quoted).longestLiteral()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"*", "?", "\\", "\\*", "a*", "''"})
    void aTextQuotedAfterAWrittenBackslashStaysLiteral(String text) {
        // the field held "pr-\\" then a variable: that backslash stands for itself and must not escape the value
        // each written pattern, and the text it stands for: a lone backslash is itself, a doubled one is one
        Map<String, String> written =
                Map.of("pr-\\", "pr-\\", "pr-\\\\\\", "pr-\\\\", "pr-\\\\", "pr-\\", "pr-", "pr-");
        written.forEach((before, literalBefore) -> {
            String pattern = expanded(before + "${X}", text);

            assertThat(Glob.of(pattern).matches(literalBefore + text))
                    .as(pattern)
                    .isTrue();
            assertThat(Glob.of(pattern).matches(literalBefore + text + "x"))
                    .as(pattern)
                    .isFalse();
            assertThat(Glob.of(pattern).matches(literalBefore + "x" + text))
                    .as(pattern)
                    .isFalse();
        });
    }

    /**
     * The pattern as a freestyle build makes it (Jenkins' {@code Util.replaceMacro} inserting {@code value}, quoted,
     * for {@code ${X}}): the written pattern passes {@link Glob#beforeExpansion} first.
     */
    private static String expanded(String written, String value) {
        return Glob.beforeExpansion(written).replace("${X}", Glob.quote(value));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // written pattern | X | a name it matches | a name it must not match
                "pr-${X}-*|*|pr-*-build|pr-12-build",
                "pr-\\${X}|*|pr-\\*|pr-\\x",
                "pr-\\\\${X}|*|pr-\\*|pr-\\x",
                "pr-\\${X}-*|\\*|pr-\\\\*-1|pr-\\x-1",
                "pr-\\${X}-*|\\*|pr-\\\\*-1|pr-\\\\x-1",
                "${X}${X}|a\\|a\\a\\|a\\a",
            })
    void aValueInsertedIntoAPatternIsLiteralWhateverIsWrittenBeforeIt(
            String written, String value, String matches, String doesNot) {
        String pattern = expanded(written, value);

        assertThat(Glob.of(pattern).matches(matches)).as(pattern).isTrue();
        assertThat(Glob.of(pattern).matches(doesNot)).as(pattern).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a\\$b|a\\$b", "a\\$$|a\\$$", "\\\\$x|\\$x", "a$b?|a$bc", "\\*$|*$", "$\\|$\\"})
    void aPatternMeansTheSameBeforeExpansion(String pattern, String name) {
        assertThat(Glob.of(Glob.beforeExpansion(pattern)).matches(name)).isTrue();
        assertThat(Glob.of(pattern).matches(name)).isTrue();
        assertThat(Glob.of(Glob.beforeExpansion(pattern)).matches(name + "x")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aPathologicalPatternIsMatchedWithoutBacktrackingBlowUp() {
        String pattern = "a*".repeat(128) + "b";
        String name = "a".repeat(10_000);

        // a hang guard, not a speed target: a backtracking matcher takes longer than the age of the universe
        boolean matched = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> Glob.of(pattern).matches(name));
        assertThat(matched).isFalse();
        assertThat(Glob.of(pattern).matches(name + "b")).isTrue();
    }
}
