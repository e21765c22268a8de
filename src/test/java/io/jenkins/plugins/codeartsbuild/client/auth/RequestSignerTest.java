package io.jenkins.plugins.codeartsbuild.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.ByteString;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

    private static final HttpUrl VECTOR_URL = HttpUrl.get("https://service.region.example.com/v1/"
            + "77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");

    private static SortedMap<String, String> vectorHeaders() {
        SortedMap<String, String> h = new TreeMap<>();
        h.put("content-type", "application/json");
        h.put("host", "service.region.example.com");
        h.put("x-sdk-date", "20191115T033655Z");
        return h;
    }

    /** The test vector of Huawei Cloud's API signing guide. */
    @Test
    void documentedTestVector() throws Exception {
        String canonical = RequestSigner.canonicalRequest("GET", VECTOR_URL, vectorHeaders(), ByteString.EMPTY);
        assertThat(ByteString.encodeUtf8(canonical).sha256().hex())
                .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
        String authorization = RequestSigner.authorization(
                "GET",
                VECTOR_URL,
                vectorHeaders(),
                ByteString.EMPTY,
                AccessKey.of("AKVECTOR", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"));
        assertThat(authorization)
                .isEqualTo("SDK-HMAC-SHA256 Access=AKVECTOR, SignedHeaders=content-type;host;x-sdk-date, "
                        + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    /** The Okio calls the signature is made of, on known vectors: lower-case hex, UTF-8 text, an HMAC keyed as given. */
    @Test
    void theDigestsAreTheOnesTheSigningGuideNames() {
        assertThat(ByteString.encodeUtf8("abc").sha256().hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ByteString.of().sha256().hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // RFC 4231, test case 2
        assertThat(ByteString.encodeUtf8("what do ya want for nothing?")
                        .hmacSha256(ByteString.encodeUtf8("Jefe"))
                        .hex())
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void signSetsTheHeadersItSigns() throws Exception {
        AccessKey key = AccessKey.of("HPUAL3GXJ5PZ3K2QN7WA", Fixtures.SK);
        Request signed = RequestSigner.sign(
                new Request.Builder()
                        .url("http://127.0.0.1:8080/v3/jobs/x/delete")
                        .post(RequestBody.create(new byte[0], HttpCaller.JSON))
                        .build(),
                key,
                Instant.parse("2026-11-28T07:26:33Z"),
                "proj");
        assertThat(signed.header("Host")).isEqualTo("127.0.0.1:8080");
        assertThat(signed.header("X-Sdk-Date")).isEqualTo("20261128T072633Z");
        assertThat(signed.header("X-Project-Id")).isEqualTo("proj");
        assertThat(signed.header("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=HPUAL3GXJ5PZ3K2QN7WA, "
                        + "SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=")
                .doesNotContain(Fixtures.SK);
    }

    @Test
    void hostHeaderMatchesOkHttps() {
        assertThat(RequestSigner.hostHeader(HttpUrl.get("https://a.example.com/")))
                .isEqualTo("a.example.com");
        assertThat(RequestSigner.hostHeader(HttpUrl.get("https://a.example.com:8443/")))
                .isEqualTo("a.example.com:8443");
        assertThat(RequestSigner.hostHeader(HttpUrl.get("http://[::1]:9000/"))).isEqualTo("[::1]:9000");
    }

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
        String canonical = RequestSigner.canonicalRequest(
                "POST", HttpUrl.get("https://h/v3/jobs/a%20b~c*/delete"), h, ByteString.EMPTY);
        assertThat(canonical.split("\n")[1]).isEqualTo("/v3/jobs/a%2520b~c%2A/delete/");
        assertThat(canonical.split("\n")[2]).isEmpty();
        assertThat(canonical).endsWith("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theRootPathIsOneSlashAndInnerEmptySegmentsAreKept() {
        assertThat(RequestSigner.canonicalRequest("GET", HttpUrl.get("https://h/"), headers(), ByteString.EMPTY)
                        .split("\n")[1])
                .isEqualTo("/");
        assertThat(RequestSigner.canonicalRequest("GET", HttpUrl.get("https://h/a//b/"), headers(), ByteString.EMPTY)
                        .split("\n")[1])
                .isEqualTo("/a//b/");
    }

    @Test
    void headersAreSignedInOrderWithTheirValuesStripped() {
        SortedMap<String, String> h = headers();
        h.put("content-type", " application/json ");
        String[] lines = RequestSigner.canonicalRequest(
                        "POST", HttpUrl.get("https://h/x"), h, ByteString.encodeUtf8("{}"))
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
        assertThat(RequestSigner.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(RequestSigner.encode(" *+/%=&")).isEqualTo("%20%2A%2B%2F%25%3D%26");
        assertThat(RequestSigner.encode("caf\u00e9 \ud83d\ude00")).isEqualTo("caf%C3%A9%20%F0%9F%98%80");
        assertThat(RequestSigner.encode("")).isEmpty();
    }

    /** Sorted by encoded name; a name's values keep the order sent, and a name without a value is signed as empty. */
    @Test
    void queryParametersAreSortedByNameOnly() {
        HttpUrl url = HttpUrl.get("https://h/x?b=2&a=z&a%20b=1&a=y&c");
        assertThat(RequestSigner.canonicalRequest("GET", url, headers(), ByteString.EMPTY)
                        .split("\n")[2])
                .isEqualTo("a=z&a=y&a%20b=1&b=2&c=");
    }
}
