package io.jenkins.plugins.codeartsbuild.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {

    private static SortedMap<String, String> headers() {
        SortedMap<String, String> h = new TreeMap<>();
        h.put("host", "h");
        h.put("x-sdk-date", "20200101T000000Z");
        return h;
    }

    /** As the official SDK: the path as sent is encoded again, so an escape in it is signed as {@code %25..}. */
    @Test
    void canonicalUriEndsWithSlashAndEncodesSegments() {
        SortedMap<String, String> h = headers();
        String canonical =
                CanonicalRequest.of("POST", HttpUrl.get("https://h/v3/jobs/a%20b~c*/delete"), h, new byte[0]);
        assertThat(canonical.split("\n")[1]).isEqualTo("/v3/jobs/a%2520b~c%2A/delete/");
        assertThat(canonical.split("\n")[2]).isEmpty();
        assertThat(canonical).endsWith("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theRootPathIsOneSlashAndInnerEmptySegmentsAreKept() {
        assertThat(CanonicalRequest.of("GET", HttpUrl.get("https://h/"), headers(), new byte[0])
                        .split("\n")[1])
                .isEqualTo("/");
        assertThat(CanonicalRequest.of("GET", HttpUrl.get("https://h/a//b/"), headers(), new byte[0])
                        .split("\n")[1])
                .isEqualTo("/a//b/");
    }

    @Test
    void headersAreSignedInOrderWithTheirValuesStripped() {
        SortedMap<String, String> h = headers();
        h.put("content-type", " application/json ");
        String[] lines = CanonicalRequest.of("POST", HttpUrl.get("https://h/x"), h, new byte[] {'{', '}'})
                .split("\n", -1);
        assertThat(lines)
                .containsSubsequence(
                        "content-type:application/json",
                        "host:h",
                        "x-sdk-date:20200101T000000Z",
                        "",
                        "content-type;host;x-sdk-date");
        assertThat(lines[lines.length - 1])
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"); // SHA-256 of {}
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharactersWithUpperCaseHex() {
        assertThat(CanonicalRequest.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(CanonicalRequest.encode(" *+/%=&")).isEqualTo("%20%2A%2B%2F%25%3D%26");
        assertThat(CanonicalRequest.encode("caf\u00e9 \ud83d\ude00")).isEqualTo("caf%C3%A9%20%F0%9F%98%80");
        assertThat(CanonicalRequest.encode("")).isEmpty();
    }

    /** Sorted by encoded name; a name's values keep the order sent, and a name without a value is signed as empty. */
    @Test
    void queryParametersAreSortedByNameOnly() {
        HttpUrl url = HttpUrl.get("https://h/x?b=2&a=z&a%20b=1&a=y&c");
        assertThat(CanonicalRequest.of("GET", url, headers(), new byte[0]).split("\n")[2])
                .isEqualTo("a=z&a=y&a%20b=1&b=2&c=");
    }
}
