package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BodyMarkupTest {

    @Test
    void tagsCommentsScriptsAndStylesEndWhereTheyClose() {
        String body = "<p>a</p><!-- c --><SCRIPT>x<y</script >z<style>s</STYLE>";
        BodyMarkup markup = new BodyMarkup(body);
        assertThat(markup.skipMarkup(0)).isEqualTo(3); // <p>
        assertThat(markup.skipMarkup(body.indexOf("<!--"))).isEqualTo(body.indexOf("<SCRIPT"));
        assertThat(markup.skipMarkup(body.indexOf("<SCRIPT"))).isEqualTo(body.indexOf('z'));
        assertThat(markup.skipMarkup(body.indexOf("<style"))).isEqualTo(body.length());
    }

    @Test
    void aLoneLessThanIsTextAndAnUnclosedCommentRunsToTheEnd() {
        assertThat(new BodyMarkup("1 < 2").skipMarkup(2)).isEqualTo(2);
        assertThat(new BodyMarkup("a<!-- b").skipMarkup(1)).isEqualTo(7);
        // <scripts> is a tag of its own, not a script element
        assertThat(new BodyMarkup("<scripts>x").skipMarkup(0)).isEqualTo(9);
    }

    @Test
    void characterReferencesAreNamedDecimalOrHex() {
        String body = "&nbsp;&#160;&#xa0;& x;&;&toolongtoolongtoolongtoolongtoolong;";
        BodyMarkup markup = new BodyMarkup(body);
        assertThat(markup.skipEntity(0)).isEqualTo(6);
        assertThat(markup.skipEntity(6)).isEqualTo(12);
        assertThat(markup.skipEntity(12)).isEqualTo(18);
        assertThat(markup.skipEntity(18)).as("& x;").isEqualTo(18);
        assertThat(markup.skipEntity(22)).as("&;").isEqualTo(22);
        assertThat(markup.skipEntity(24)).as("longer than a reference").isEqualTo(24);
    }

    @Test
    void aBodyOfUnclosedMarkupIsScannedInLinearTime() {
        String body = "<script<style<!".repeat(20_000);
        long start = System.nanoTime();
        BodyMarkup markup = new BodyMarkup(body);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '<') {
                markup.skipMarkup(i);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
