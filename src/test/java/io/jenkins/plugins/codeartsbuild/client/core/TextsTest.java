package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void escapesControlNonAsciiAndBackslash() {
        assertThat(Texts.escapeAndShorten("a\r\nb\\c\u00e9\u0000", 40)).isEqualTo("'a\\r\\nb\\\\c\\u00e9\\u0000'");
    }

    @Test
    void shortensLongValuesAndSaysHowLongTheyWere() {
        String shown = Texts.escapeAndShorten("x".repeat(10_000), 40);
        assertThat(shown).isEqualTo("'" + "x".repeat(40) + "'... (10000 characters)");
    }

    @Test
    void excerptStripsMarkupWithoutParsingIt() {
        String html = "<!DOCTYPE html><html><head><style>p{color:red}</style><script>alert(1)</script>"
                + "<title>502 Bad Gateway</title></head><body><h1>502   Bad\nGateway</h1>&nbsp;<hr>nginx</body></html>";
        assertThat(Texts.excerpt(html, 200)).isEqualTo("502 Bad Gateway 502 Bad Gateway nginx");
    }

    @Test
    void excerptShortens() {
        assertThat(Texts.excerpt("a".repeat(300), 200)).hasSize(200).endsWith("...");
        assertThat(Texts.excerpt(null, 10)).isEmpty();
    }

    /** Texts to cut: plain, spaced, surrogate pairs at even and odd places, and all of them mixed with markup. */
    private static final List<String> LONG_TEXTS = List.of(
            "x".repeat(500),
            "word ".repeat(100),
            "\uD83D\uDE00".repeat(200),
            "a" + "\uD83D\uDE00".repeat(200),
            "\u6784\u5EFA \uD83D\uDE00<b>x</b>&amp;".repeat(50));

    @Test
    void theLengthGivenIsTheBoundEllipsisIncluded() {
        for (String text : LONG_TEXTS) {
            for (int max = 0; max <= 90; max++) {
                for (String line : List.of(Texts.oneLine(text, max), Texts.excerpt(text, max))) {
                    assertThat(line).as("%d of %s", max, text).hasSizeLessThanOrEqualTo(max);
                    assertThat(line.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE))
                            .as("a surrogate pair cut in %s", line)
                            .isTrue();
                    if (max >= 3) {
                        assertThat(line).endsWith("...");
                    }
                }
            }
        }
    }

    @Test
    void aLongTextIsCutToExactlyTheLengthGiven() {
        assertThat(Texts.oneLine("x".repeat(81), 80)).isEqualTo("x".repeat(77) + "...");
        assertThat(Texts.oneLine("\uD83D\uDE00".repeat(100), 80)).isEqualTo("\uD83D\uDE00".repeat(38) + "...");
        assertThat(Texts.oneLine("\uD83D\uDE00".repeat(100), 81)).isEqualTo("\uD83D\uDE00".repeat(39) + "...");
    }

    @Test
    void aTextThatFitsIsKeptWhole() {
        assertThat(Texts.oneLine("x".repeat(80), 80)).isEqualTo("x".repeat(80));
        assertThat(Texts.oneLine("a  b\n", 4)).isEqualTo("a b");
        assertThat(Texts.excerpt("<p>" + "y".repeat(80) + "</p>", 80)).isEqualTo("y".repeat(80));
    }

    @Test
    void aSafeIdIsOneToMaxIdCharactersOfLettersDigitsDotUnderscoreAndDash() {
        assertThat(Texts.safeId("CB.00060201")).isEqualTo("CB.00060201");
        assertThat(Texts.safeId("a_b-c.9")).isEqualTo("a_b-c.9");
        assertThat(Texts.safeId("x".repeat(Texts.MAX_ID))).hasSize(Texts.MAX_ID);
    }

    @Test
    void anythingElseIsLeftOutRatherThanShown() {
        assertThat(Texts.safeId(null)).isNull();
        assertThat(Texts.safeId("")).isNull();
        assertThat(Texts.safeId("x".repeat(Texts.MAX_ID + 1))).isNull();
        for (String unsafe : new String[] {"a b", "a\nb", "a/b", "a:b", "caf\u00e9", "a\u202eb", "<b>"}) {
            assertThat(Texts.safeId(unsafe)).as(unsafe).isNull();
        }
    }

    @Test
    void alphanumericHasBoundsAndNoOtherCharacter() {
        assertThat(Texts.isAlphanumeric("abcXYZ019", 1, 9)).isTrue();
        assertThat(Texts.isAlphanumeric("abc", 4, 9)).isFalse();
        assertThat(Texts.isAlphanumeric("abcdefghij", 1, 9)).isFalse();
        assertThat(Texts.isAlphanumeric("ab-c", 1, 9)).isFalse();
        assertThat(Texts.isAlphanumeric("\u0661\u0662", 1, 9))
                .as("non-ASCII digits")
                .isFalse();
        assertThat(Texts.isAlphanumeric(null, 0, 9)).isFalse();
    }

    @Test
    void visibleAsciiRefusesSpaceControlAndNonAscii() {
        assertThat(Texts.isVisibleAscii("MIIB+/=_-.~!")).isTrue();
        assertThat(Texts.isVisibleAscii("")).isTrue();
        for (String bad : new String[] {"a b", "a\tb", "a\r\nb", "a\u007fb", "a\u00a0b", "t\u00f6ken"}) {
            assertThat(Texts.isVisibleAscii(bad)).as(bad).isFalse();
        }
    }
}
