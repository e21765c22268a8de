package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterRulesTest {

    @Test
    void aSafeIdIsOneToMaxIdCharactersOfLettersDigitsDotUnderscoreAndDash() {
        assertThat(CharacterRules.safeId("CB.00060201")).isEqualTo("CB.00060201");
        assertThat(CharacterRules.safeId("a_b-c.9")).isEqualTo("a_b-c.9");
        assertThat(CharacterRules.safeId("x".repeat(CharacterRules.MAX_ID))).hasSize(CharacterRules.MAX_ID);
    }

    @Test
    void anythingElseIsLeftOutRatherThanShown() {
        assertThat(CharacterRules.safeId(null)).isNull();
        assertThat(CharacterRules.safeId("")).isNull();
        assertThat(CharacterRules.safeId("x".repeat(CharacterRules.MAX_ID + 1))).isNull();
        for (String unsafe : new String[] {"a b", "a\nb", "a/b", "a:b", "caf\u00e9", "a\u202eb", "<b>"}) {
            assertThat(CharacterRules.safeId(unsafe)).as(unsafe).isNull();
        }
    }

    @Test
    void alphanumericHasBoundsAndNoOtherCharacter() {
        assertThat(CharacterRules.isAlphanumeric("abcXYZ019", 1, 9)).isTrue();
        assertThat(CharacterRules.isAlphanumeric("abc", 4, 9)).isFalse();
        assertThat(CharacterRules.isAlphanumeric("abcdefghij", 1, 9)).isFalse();
        assertThat(CharacterRules.isAlphanumeric("ab-c", 1, 9)).isFalse();
        assertThat(CharacterRules.isAlphanumeric("\u0661\u0662", 1, 9))
                .as("non-ASCII digits")
                .isFalse();
        assertThat(CharacterRules.isAlphanumeric(null, 0, 9)).isFalse();
    }

    @Test
    void visibleAsciiRefusesSpaceControlAndNonAscii() {
        assertThat(CharacterRules.isVisibleAscii("MIIB+/=_-.~!")).isTrue();
        assertThat(CharacterRules.isVisibleAscii("")).isTrue();
        for (String bad : new String[] {"a b", "a\tb", "a\r\nb", "a\u007fb", "a\u00a0b", "t\u00f6ken"}) {
            assertThat(CharacterRules.isVisibleAscii(bad)).as(bad).isFalse();
        }
    }
}
