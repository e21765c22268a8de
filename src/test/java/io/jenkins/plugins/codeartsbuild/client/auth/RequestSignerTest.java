package io.jenkins.plugins.codeartsbuild.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
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
    void documentedTestVector() {
        String canonical = CanonicalRequest.of("GET", VECTOR_URL, vectorHeaders(), new byte[0]);
        assertThat(SigningDigests.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
        String authorization = RequestSigner.authorization(
                "GET",
                VECTOR_URL,
                vectorHeaders(),
                new byte[0],
                "AKVECTOR",
                "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        assertThat(authorization)
                .isEqualTo("SDK-HMAC-SHA256 Access=AKVECTOR, SignedHeaders=content-type;host;x-sdk-date, "
                        + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void signSetsTheHeadersItSigns() throws Exception {
        AccessKey key = AccessKey.of("HPUAL3GXJ5PZ3K2QN7WA", Fixtures.SK);
        Request signed = RequestSigner.sign(
                new Request.Builder()
                        .url("http://127.0.0.1:8080/v3/jobs/x/delete")
                        .post(RequestBody.create(new byte[0], IamClient.JSON))
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
}
