package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Texts.excerpt("a".repeat(300), 200)).hasSize(203).endsWith("...");
        assertThat(Texts.excerpt(null, 10)).isEmpty();
    }
}
