package io.jenkins.plugins.codeartsbuild.client.auth;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy.Sleeper;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link KeyAuthenticator} in signature mode: every request signed so that the server can recompute it; the project id found once. */
public class KeyAuthenticatorSignatureModeTest {

    private static final Pattern AUTHORIZATION =
            Pattern.compile("SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private CodeArtsBuildClient client(ClientConfig.Builder config, AccessKey key, Fixtures.MutableClock clock) {
        return Fixtures.client(config.authMode(AuthMode.SIGNATURE), key)
                .sleeper(sleeper)
                .clock(clock)
                .build();
    }

    private static MockResponse projects() {
        return new MockResponse.Builder()
                .body("{\"projects\":[{\"id\":\"other\",\"name\":\"cn-north-4_sub\"},{\"id\":\""
                        + Fixtures.IAM_PROJECT_ID + "\",\"name\":\"cn-north-4\",\"enabled\":true}],\"links\":{}}")
                .build();
    }

    /** What the gateway does, written independently of {@link RequestSigner}: recompute and compare. */
    public static void assertSignedCorrectly(RecordedRequest r, AccessKey key) throws Exception {
        Matcher m = AUTHORIZATION.matcher(r.getHeaders().get("Authorization"));
        assertThat(m.matches()).as("Authorization header shape").isTrue();
        assertThat(m.group(1)).isEqualTo(key.getAccessKeyId());
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : m.group(2).split(";")) {
            canonicalHeaders
                    .append(name)
                    .append(':')
                    .append(r.getHeaders().get(name).trim())
                    .append('\n');
        }
        String path = r.getUrl().encodedPath();
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        String canonical = String.join(
                "\n",
                r.getMethod(),
                sdkCanonicalUri(path),
                sdkCanonicalQuery(r.getUrl()),
                canonicalHeaders.toString(),
                m.group(2),
                sha256(body));
        String date = r.getHeaders().get("X-Sdk-Date");
        String toSign = "SDK-HMAC-SHA256\n" + date + "\n" + sha256(canonical.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Fixtures.SK.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        assertThat(m.group(3)).as("signature of %s %s", r.getMethod(), path).isEqualTo(expected);
        assertThat(m.group(2).toLowerCase(Locale.ROOT)).contains("host").contains("x-sdk-date");
    }

    /**
     * The official SDK's rule ({@code AKSKSigner}): the raw path as sent, split at {@code /} with Java's
     * {@code String.split} (trailing empty parts dropped, inner ones kept), each part URL-encoded again, each followed
     * by {@code /}.
     */
    static String sdkCanonicalUri(String rawPath) {
        if (rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        for (String part : rawPath.split("/")) {
            uri.append(sdkEncode(part)).append('/');
        }
        return uri.toString();
    }

    /** The SDK's rule: parameters sorted by encoded name, values in the order given, each name and value encoded. */
    static String sdkCanonicalQuery(okhttp3.HttpUrl url) {
        java.util.SortedMap<String, List<String>> sorted = new java.util.TreeMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            sorted.computeIfAbsent(sdkEncode(url.queryParameterName(i)), k -> new ArrayList<>())
                    .add(sdkEncode(value == null ? "" : value));
        }
        List<String> pairs = new ArrayList<>();
        sorted.forEach((k, values) -> values.forEach(v -> pairs.add(k + "=" + v)));
        return String.join("&", pairs);
    }

    /** The SDK's {@code SignUtils.urlEncode(value, false)}: form encoding, then {@code +}, {@code *}, {@code ~} fixed. */
    static String sdkEncode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void theDeleteIsSignedWithTheProjectIdFoundAtIam() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
        AccessKey key = Fixtures.newKey();
        iam.enqueue(projects());
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(client(Fixtures.config(iam, build), key, clock), JOB_ID, false);

        assertThat(r.codeArtsProjectId()).isEqualTo(Fixtures.PROJECT_ID);
        RecordedRequest lookup = iam.takeRequest();
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(lookup.getTarget()).isEqualTo("/v3/projects?name=cn-north-4");
        assertSignedCorrectly(lookup, key);
        RecordedRequest delete = build.takeRequest();
        assertSignedCorrectly(delete, key);
        assertThat(delete.getHeaders().get("X-Project-Id")).isEqualTo(Fixtures.IAM_PROJECT_ID);
        assertThat(delete.getHeaders().get("X-Sdk-Date")).isEqualTo("20261128T080000Z");
        assertThat(delete.getHeaders().get("X-Auth-Token")).isNull();
        assertThat(delete.getHeaders().get("Authorization"))
                .contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date")
                .doesNotContain(Fixtures.SK);
    }

    @Test
    void theProjectIdIsLookedUpOnceForManyClients() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.now());
        AccessKey key = Fixtures.newKey();
        iam.enqueue(projects());
        for (int i = 0; i < 3; i++) {
            build.enqueue(Fixtures.deleted());
            Fixtures.deleteJob(client(Fixtures.config(iam, build), key, clock), JOB_ID, false);
        }
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRetryKeepsItsProjectIdWhenTheSharedCacheHasDroppedIt() throws Exception {
        iam.enqueue(projects());
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.deleted());

        Outcome r = Fixtures.deleteJob(
                Fixtures.client(Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE))
                        .sleeper(d -> KeyAuthenticator.PROJECT_IDS.asMap().clear())
                        .build(),
                JOB_ID,
                false);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theSharedCacheHoldsAtMost256ProjectIds() throws Exception {
        okhttp3.HttpUrl iamUrl = okhttp3.HttpUrl.get("https://iam.example.com/");
        for (int i = 0; i < 300; i++) {
            KeyAuthenticator.PROJECT_IDS
                    .asMap()
                    .put(
                            new KeyAuthenticator.Key(iamUrl, Fixtures.newKey().fingerprint(), "r" + i, null),
                            java.util.concurrent.CompletableFuture.completedFuture("p" + i));
        }
        KeyAuthenticator.PROJECT_IDS.synchronous().cleanUp();
        assertThat(KeyAuthenticator.PROJECT_IDS.asMap()).hasSizeLessThanOrEqualTo(256);
    }

    @Test
    void aConfiguredProjectIdNeedsNoIam() throws Exception {
        AccessKey key = Fixtures.newKey();
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(
                client(
                        Fixtures.config(iam, build).projectId("abcdef0123456789abcdef0123456789"),
                        key,
                        new Fixtures.MutableClock(Instant.now())),
                JOB_ID,
                false);

        assertThat(iam.getRequestCount()).isZero();
        RecordedRequest delete = build.takeRequest();
        assertThat(delete.getHeaders().get("X-Project-Id")).isEqualTo("abcdef0123456789abcdef0123456789");
        assertSignedCorrectly(delete, key);
    }

    @Test
    void everyAttemptIsSignedAgainWithItsOwnDate() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
        AccessKey key = Fixtures.newKey();
        iam.enqueue(projects());
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.deleted());
        Sleeper advancing = d -> clock.advance(Duration.ofSeconds(20));

        Fixtures.deleteJob(
                Fixtures.client(Fixtures.config(iam, build).authMode(AuthMode.SIGNATURE), key)
                        .clock(clock)
                        .sleeper(advancing)
                        .build(),
                JOB_ID,
                false);

        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RecordedRequest r = build.takeRequest();
            assertSignedCorrectly(r, key);
            dates.add(r.getHeaders().get("X-Sdk-Date"));
        }
        assertThat(dates).containsExactly("20261128T080000Z", "20261128T080020Z");
    }

    @Test
    void aSignatureRejectionIsNotRetried() {
        iam.enqueue(projects());
        build.enqueue(Fixtures.error(401, "APIGW.0301", "verify aksk signature fail"));

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(
                                Fixtures.config(iam, build),
                                Fixtures.newKey(),
                                new Fixtures.MutableClock(Instant.now())),
                        JOB_ID,
                        false))
                .isInstanceOfSatisfying(
                        CodeArtsApiException.class,
                        e -> assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_KEYS_OR_CLOCK));
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    /** A 403 to the project look-up is IAM's, not the job's: the advice is IAM permission or a configured project. */
    @Test
    void aProjectLookUpRefusedByIamAdvisesIamPermissionNotTheJobs() {
        iam.enqueue(Fixtures.error(403, "IAM.0003", "Policy doesn't allow iam:projects:listProjects to be performed."));

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(
                                Fixtures.config(iam, build),
                                Fixtures.newKey(),
                                new Fixtures.MutableClock(Instant.now())),
                        JOB_ID,
                        false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getService()).isEqualTo(Service.IAM);
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_IAM_PERMISSION);
                });
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void noProjectForTheRegionIsReported() {
        iam.enqueue(new MockResponse.Builder().body("{\"projects\":[]}").build());

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(
                                Fixtures.config(iam, build),
                                Fixtures.newKey(),
                                new Fixtures.MutableClock(Instant.now())),
                        JOB_ID,
                        false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(Failure.PROJECT_NOT_FOUND);
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_ENDPOINT);
                });
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void verifyCredentialsDoesASignedLookUp() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(projects());

        ConnectionCheck check = client(Fixtures.config(iam, build), key, new Fixtures.MutableClock(Instant.now()))
                .verifyCredentials();

        assertThat(check.projectId()).isEqualTo(Fixtures.IAM_PROJECT_ID);
        assertSignedCorrectly(iam.takeRequest(), key);
    }

    @Test
    void verifyCredentialsWithAConfiguredProjectIdChecksThatProjectAsADeleteWouldUseIt() throws Exception {
        AccessKey key = Fixtures.newKey();
        iam.enqueue(new MockResponse.Builder()
                .body("{\"project\":{\"id\":\"" + Fixtures.IAM_PROJECT_ID + "\",\"name\":\"my-project\"}}")
                .build());

        ConnectionCheck check = client(
                        Fixtures.config(iam, build).projectId(Fixtures.IAM_PROJECT_ID),
                        key,
                        new Fixtures.MutableClock(Instant.now()))
                .verifyCredentials();

        assertThat(check.projectId()).isEqualTo(Fixtures.IAM_PROJECT_ID);
        assertThat(check.projectName()).isEqualTo("my-project");
        RecordedRequest r = iam.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/v3/projects/" + Fixtures.IAM_PROJECT_ID);
        assertSignedCorrectly(r, key);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void verifyCredentialsReportsAProjectIdThatIamDoesNotKnow() {
        iam.enqueue(Fixtures.error(404, "IAM.0004", "Could not find project"));

        assertThatThrownBy(() -> client(
                                Fixtures.config(iam, build).projectId(Fixtures.IAM_PROJECT_ID),
                                Fixtures.newKey(),
                                new Fixtures.MutableClock(Instant.now()))
                        .verifyCredentials())
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("IAM.0004");
                });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"/gw%20x/caf%C3%A9/", "/gw x/café/", "/a!b/c~d/e*f/", "/a%2Fb/", "/p(1)/q'r/", "/x+y/z=1/"})
    void aPathPrefixIsSignedExactlyAsTheOfficialSdkSignsThePathSent(String prefix) throws Exception {
        AccessKey key = Fixtures.newKey();
        build.enqueue(Fixtures.deleted());
        String endpoint = "http://" + build.getHostName() + ":" + build.getPort() + prefix;

        Fixtures.deleteJob(
                client(
                        Fixtures.config(iam, build)
                                .codeArtsBuildEndpoint(endpoint)
                                .projectId(Fixtures.IAM_PROJECT_ID),
                        key,
                        new Fixtures.MutableClock(Instant.now())),
                JOB_ID,
                false);

        RecordedRequest r = build.takeRequest();
        assertThat(r.getUrl().encodedPath()).endsWith("/v3/jobs/" + JOB_ID + "/delete");
        assertSignedCorrectly(r, key);
    }

    @Test
    void aQueryIsSignedSortedByNameAsTheOfficialSdkDoes() {
        java.util.SortedMap<String, String> headers = new java.util.TreeMap<>();
        headers.put("host", "example.com");
        headers.put("x-sdk-date", "20261128T080000Z");
        okhttp3.HttpUrl url = okhttp3.HttpUrl.get("https://example.com/v1/job/list?a=1&a-b=2&search=pr%20x*&z=");

        String canonical = RequestSigner.canonicalRequest("GET", url, headers, okio.ByteString.EMPTY);

        assertThat(canonical.split("\n")[2])
                .isEqualTo(sdkCanonicalQuery(url))
                .isEqualTo("a=1&a-b=2&search=pr%20x%2A&z=");
    }
}
