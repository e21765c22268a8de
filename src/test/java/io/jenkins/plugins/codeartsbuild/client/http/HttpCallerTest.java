package io.jenkins.plugins.codeartsbuild.client.http;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What happens on the wire: timeouts, interrupts, huge bodies, TLS and redirects. */
class HttpCallerTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    @StartStop
    public final MockWebServer elsewhere = new MockWebServer();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private CodeArtsBuildClient client(ClientConfig.Builder config) {
        return Fixtures.client(config).sleeper(sleeper).build();
    }

    private CodeArtsBuildClient client(OkHttpClient base, ClientConfig.Builder config) {
        return Fixtures.client(base, Fixtures.build(config), Fixtures.newKey())
                .sleeper(sleeper)
                .build();
    }

    private static ClientConfig.Timeouts timeouts(long readMillis, long callMillis) {
        return new ClientConfig.Timeouts(
                Duration.ofSeconds(5), Duration.ofMillis(readMillis), Duration.ofMillis(callMillis));
    }

    @Test
    void theClientDerivesItsOwnSettingsAndKeepsTheCallersPool() {
        OkHttpClient base = new OkHttpClient.Builder()
                .followRedirects(true)
                .retryOnConnectionFailure(true)
                .build();
        OkHttpClient used =
                new HttpCaller(base, Fixtures.build(Fixtures.config(iam, build)).getTimeouts(), null).client();
        assertThat(used.followRedirects()).isFalse();
        assertThat(used.followSslRedirects()).isFalse();
        assertThat(used.retryOnConnectionFailure()).isFalse();
        assertThat(used.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(used.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(used.writeTimeoutMillis()).isEqualTo(30_000);
        assertThat(used.callTimeoutMillis()).isEqualTo(60_000);
        assertThat(used.connectionPool()).isSameAs(base.connectionPool());
        assertThat(used.dispatcher()).isSameAs(base.dispatcher());
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheReadTimeoutAndIsNotRetried() {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        long start = System.nanoTime();

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(Fixtures.config(iam, build).timeouts(timeouts(300, 10_000))), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsTransportException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.READ_TIMEOUT);
                    assertThat(e.getTimeout()).isEqualTo(Duration.ofMillis(300));
                    assertThat(e.getMessage()).startsWith("READ_TIMEOUT: CodeArts Build POST /v3/jobs/");
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.TRY_LATER);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSlowAnswerFailsWithinTheCallTimeout() {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .body("{\"status\":\"success\"}")
                .throttleBody(1, 200, TimeUnit.MILLISECONDS)
                .build());

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(Fixtures.config(iam, build).timeouts(timeouts(5_000, 500))), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsTransportException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.CALL_TIMEOUT);
                    assertThat(e.getTimeout()).isEqualTo(Duration.ofMillis(500));
                });
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    static Stream<MockResponse> slowErrors() {
        String error = "{\"error_code\":\"CB.00060100\",\"error_msg\":\"network busy\"}";
        return Stream.of(Fixtures.error(500, "CB.00060100", "network busy"), Fixtures.gzipped(500, error))
                .map(r -> r.newBuilder()
                        .throttleBody(1, 200, TimeUnit.MILLISECONDS)
                        .build());
    }

    /** An error answer is read before OkHttp sees it (the capture interceptor): within the whole-call timeout too. */
    @ParameterizedTest
    @MethodSource("slowErrors")
    void aSlowErrorAnswerFailsWithinTheCallTimeoutAndIsNotRetried(MockResponse slow) {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(slow);
        long start = System.nanoTime();

        assertThatThrownBy(() -> Fixtures.deleteJob(
                        client(Fixtures.config(iam, build).timeouts(timeouts(5_000, 500))), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsTransportException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.CALL_TIMEOUT);
                    assertThat(e.getTimeout()).isEqualTo(Duration.ofMillis(500));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    /** Starts a thread that deletes {@link Fixtures#JOB_ID}; {@code outcome} gets what it threw, or null. */
    private static Thread deleteInBackground(CodeArtsBuildClient client, CompletableFuture<Throwable> outcome) {
        Thread caller = new Thread(() -> {
            try {
                Fixtures.deleteJob(client, JOB_ID, false);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        caller.start();
        return caller;
    }

    @Test
    void interruptingTheCallerCancelsTheCallAtOnceWithoutRetry() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        build.enqueue(Fixtures.deleted());
        CodeArtsBuildClient client = client(Fixtures.config(iam, build));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = deleteInBackground(client, outcome);
        build.takeRequest(10, TimeUnit.SECONDS);
        long start = System.nanoTime();
        caller.interrupt();

        Throwable t = outcome.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(t).isInstanceOf(InterruptedException.class);
        assertThat(build.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void interruptingDuringTheBackoffStopsAtOnce() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.retryAfter(429, "20"));
        build.enqueue(Fixtures.deleted());
        CodeArtsBuildClient client = Fixtures.client(
                        Fixtures.HTTP, Fixtures.build(Fixtures.config(iam, build)), Fixtures.newKey())
                .build();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = deleteInBackground(client, outcome);
        build.takeRequest(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        caller.interrupt();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAlreadyInterruptedCallerSendsNothing() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());
        CodeArtsBuildClient client = client(Fixtures.config(iam, build).projectId(Fixtures.IAM_PROJECT_ID));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Fixtures.deleteJob(client, JOB_ID, false))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aHugeErrorBodyIsReadOnlyUpToTheCap() throws Exception {
        try (Buffer huge = new Buffer()) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                huge.write(chunk);
            }
            build.enqueue(new MockResponse.Builder().code(500).body(huge).build());
            HttpCaller caller = new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT, null);
            long before = usedHeap();

            HttpReply reply = caller.execute(
                    new Request.Builder().url(build.url("/big")).build(), Service.CODEARTS_BUILD, HttpCaller.BODY_CAP);

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.body()).hasSize(HttpCaller.BODY_CAP);
            assertThat(usedHeap() - before).isLessThan(20L * 1024 * 1024);
            CodeArtsApiException e = reply.error();
            assertThat(e.getMessage()).hasSizeLessThan(400);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void aRedirectIsNotFollowedAndTheOtherHostSeesNothing(int status) {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Location", elsewhere.url("/v3/jobs/" + JOB_ID + "/delete"))
                .build());

        assertThatThrownBy(() -> Fixtures.deleteJob(client(Fixtures.config(iam, build)), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
                    assertThat(e.getFailure()).isEqualTo(CodeArtsApiException.Failure.REDIRECT);
                    assertThat(e.getMessage()).contains("HTTP " + status);
                });
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    private static final char[] TEST_ONLY = "test-only".toCharArray();

    /** A self-signed certificate and its key from {@code tls/<name>.p12} (see the README beside them). */
    private static KeyStore keyStore(String name) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpCallerTest.class.getResourceAsStream("tls/" + name + ".p12")) {
            ks.load(in, TEST_ONLY);
        }
        return ks;
    }

    private static SSLContext serving(String name) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore(name), TEST_ONLY);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /** A client that trusts exactly the certificate of {@code tls/<name>.p12}. */
    private static OkHttpClient trusting(String name) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keyStore(name));
        X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
        return new OkHttpClient.Builder()
                .sslSocketFactory(ctx.getSocketFactory(), tm)
                .build();
    }

    @Test
    void anUntrustedCertificateFailsWithATlsErrorAndSendsNoToken() throws Exception {
        build.useHttps(serving("localhost").getSocketFactory());
        iam.enqueue(Fixtures.token("tok"));

        ClientConfig.Builder config =
                Fixtures.config(iam, build).codeArtsBuildEndpoint("https://localhost:" + build.getPort() + "/");
        assertThatThrownBy(() -> Fixtures.deleteJob(client(config), JOB_ID, false))
                .isInstanceOfSatisfying(CodeArtsTransportException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.TLS);
                    assertThat(e.getMessage()).startsWith("TLS: CodeArts Build");
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_ENDPOINT);
                });
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aTrustedCertificateWorks() throws Exception {
        build.useHttps(serving("localhost").getSocketFactory());
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        ClientConfig.Builder config =
                Fixtures.config(iam, build).codeArtsBuildEndpoint("https://localhost:" + build.getPort() + "/");
        assertThat(Fixtures.deleteJob(client(trusting("localhost"), config), JOB_ID, false)
                        .codeArtsProjectId())
                .isEqualTo(Fixtures.PROJECT_ID);
    }

    @Test
    void aCertificateForAnotherHostFailsEvenWhenTrusted() throws Exception {
        build.useHttps(serving("build.example.com").getSocketFactory());
        iam.enqueue(Fixtures.token("tok"));

        ClientConfig.Builder config =
                Fixtures.config(iam, build).codeArtsBuildEndpoint("https://localhost:" + build.getPort() + "/");
        assertThatThrownBy(() -> Fixtures.deleteJob(client(trusting("build.example.com"), config), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsTransportException.class,
                        e -> assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.TLS));
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void anUnknownHostIsNotRetried() {
        iam.enqueue(Fixtures.token("tok"));
        ClientConfig.Builder config =
                Fixtures.config(iam, build).codeArtsBuildEndpoint("https://no-such-host.invalid/");

        assertThatThrownBy(() -> Fixtures.deleteJob(client(config), JOB_ID, false))
                .isInstanceOfSatisfying(
                        CodeArtsTransportException.class,
                        e -> assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.UNKNOWN_HOST));
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void plainHttpToLoopbackNeverGoesThroughAProxy() throws Exception {
        OkHttpClient proxied =
                new OkHttpClient.Builder().proxy(elsewhere.getProxyAddress()).build();
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        Fixtures.deleteJob(client(proxied, Fixtures.config(iam, build)), JOB_ID, false);

        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aProxyThatWantsAuthenticationIsAProxyErrorNeverRetried() {
        OkHttpClient proxied =
                new OkHttpClient.Builder().proxy(elsewhere.getProxyAddress()).build();
        for (int i = 0; i < 3; i++) {
            elsewhere.enqueue(new MockResponse.Builder()
                    .code(407)
                    .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                    .inTunnel()
                    .build());
        }
        ClientConfig.Builder config = ClientConfig.builder("cn-north-4")
                .authMode(AuthMode.SIGNATURE)
                .projectId(Fixtures.IAM_PROJECT_ID)
                .retryPolicy(Fixtures.policy(3));

        assertThatThrownBy(() -> Fixtures.deleteJob(client(proxied, config), JOB_ID, true))
                .isInstanceOfSatisfying(CodeArtsTransportException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.PROXY);
                    assertThat(e.getMessage()).contains("proxy");
                    assertThat(ErrorHint.of(e)).isEqualTo(ErrorHint.CHECK_PROXY);
                });
        assertThat(elsewhere.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void aSuccessIsReadUpTo64KiBAndAListPageUpTo1MiB() throws Exception {
        HttpCaller caller = new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT, null);
        String page = "x".repeat(200_000);
        build.enqueue(new MockResponse.Builder().body(page).build());
        build.enqueue(new MockResponse.Builder()
                .body("y".repeat(HttpCaller.PAGE_CAP + 1000))
                .build());
        build.enqueue(new MockResponse.Builder().body(page).build());

        HttpReply whole = caller.execute(
                new Request.Builder().url(build.url("/page")).build(), Service.CODEARTS_BUILD, HttpCaller.PAGE_CAP);
        HttpReply capped = caller.execute(
                new Request.Builder().url(build.url("/huge")).build(), Service.CODEARTS_BUILD, HttpCaller.PAGE_CAP);
        HttpReply delete = caller.execute(
                new Request.Builder().url(build.url("/delete")).build(), Service.CODEARTS_BUILD, HttpCaller.BODY_CAP);

        assertThat(whole.body()).isEqualTo(page);
        assertThat(capped.body()).hasSize(HttpCaller.PAGE_CAP);
        assertThat(delete.body()).hasSize(HttpCaller.BODY_CAP);
    }

    @Test
    void aCompressedErrorIsDecodedAndABombStopsAtTheCap() throws Exception {
        HttpCaller caller = new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT, null);
        String error = "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}";
        build.enqueue(Fixtures.gzipped(404, error));
        build.enqueue(Fixtures.gzipped(500, "{\"error_msg\":\"" + "0".repeat(50_000_000) + "\"}"));

        HttpReply decoded = caller.execute(
                new Request.Builder().url(build.url("/a")).build(), Service.CODEARTS_BUILD, HttpCaller.BODY_CAP);
        long start = System.nanoTime();
        HttpReply bomb = caller.execute(
                new Request.Builder().url(build.url("/b")).build(), Service.CODEARTS_BUILD, HttpCaller.BODY_CAP);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(decoded.status()).isEqualTo(404);
        assertThat(decoded.body()).isEqualTo(error);
        assertThat(bomb.body()).hasSize(HttpCaller.BODY_CAP).startsWith("{\"error_msg\":\"000");
        assertThat(millis).as("a bomb is read no further than the cap").isLessThan(5_000);
        // OkHttp asked for gzip itself (its bridge), so the answers were compressed on the wire
        assertThat(build.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void theCharsetOfAByteOrderMarkOrOfContentTypeIsUsed() throws Exception {
        HttpCaller caller = new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT, null);
        String text = "{\"error_msg\":\"任务不存在\"}";
        build.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("Content-Type", "application/json; charset=GB18030")
                .body(new okio.Buffer().write(text.getBytes(java.nio.charset.Charset.forName("GB18030"))))
                .build());
        build.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("Content-Type", "application/json")
                .body(new okio.Buffer()
                        .write(new byte[] {(byte) 0xfe, (byte) 0xff})
                        .write(text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE)))
                .build());
        build.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(new okio.Buffer()
                        .write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})
                        .writeUtf8(text))
                .build());

        for (String path : new String[] {"/gb", "/utf16", "/bom"}) {
            HttpReply r = caller.execute(
                    new Request.Builder().url(build.url(path)).build(), Service.CODEARTS_BUILD, HttpCaller.BODY_CAP);
            assertThat(r.body()).as(path).isEqualTo(text);
        }
    }

    private static final String TEXT = "{\"error_msg\":\"tâche supprimée\"}";

    /** An answer's text as the caller gets it: the charset OkHttp would use, gzip'd errors decoded as far as they go. */
    private HttpReply fetch() throws Exception {
        return new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT, null)
                .execute(
                        new Request.Builder().url(build.url("/a")).build(),
                        Service.CODEARTS_BUILD,
                        HttpCaller.BODY_CAP);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json|UTF-8",
                "application/json;charset=UTF-8|UTF-8",
                "application/json; Charset=utf8|UTF-8",
                "application/json; charset=\"GB18030\"|GB18030",
                "text/html; charset=ISO-8859-1; boundary=x|ISO-8859-1",
                "application/json; charset=no-such-charset|UTF-8",
                "application/json; charset=|UTF-8",
                "charset=GB18030|UTF-8",
                "application/json;charset=UTF-16LE|UTF-16LE",
                "application/json; charset=utf-16le|UTF-16LE"
            })
    void theDeclaredCharsetOrUtf8(String contentType, String sentIn) throws Exception {
        build.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("Content-Type", contentType)
                .body(new Buffer().write(TEXT.getBytes(Charset.forName(sentIn))))
                .build());

        assertThat(fetch().body()).isEqualTo(TEXT);
    }

    private static Buffer gzip(String text) throws Exception {
        Buffer compressed = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
            sink.writeUtf8(text);
        }
        return compressed;
    }

    private static MockResponse gzipped(int status, Buffer body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Encoding", "gzip")
                .body(body)
                .build();
    }

    @Test
    void aCompressedErrorThatBreaksOffKeepsWhatCouldBeDecoded() throws Exception {
        StringBuilder text = new StringBuilder("{\"error_msg\":\"");
        Random random = new Random(1);
        while (text.length() < 20_000) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        Buffer compressed = gzip(text.toString());
        Buffer half = new Buffer();
        compressed.read(half, compressed.size() / 2);
        build.enqueue(gzipped(502, half));

        HttpReply reply = fetch();

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.body()).isNotEmpty();
        assertThat(text.toString()).startsWith(reply.body());
    }

    @Test
    void anErrorSaidToBeGzipThatIsNotIsAnErrorWithoutBody() throws Exception {
        build.enqueue(gzipped(503, new Buffer().writeUtf8(TEXT)));

        HttpReply reply = fetch();

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void anAnswerShownAsTextHoldsNoSecret() throws Exception {
        build.enqueue(new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", "issued-token-value")
                .body("{}")
                .build());
        HttpCaller caller = new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT, Fixtures.SK);
        HttpReply reply = caller.execute(
                new Request.Builder()
                        .url(build.url("/v3/jobs/x/delete"))
                        .header("X-Auth-Token", "sent-token-value")
                        .build(),
                Service.CODEARTS_BUILD,
                HttpCaller.BODY_CAP);

        assertThat(reply.secrets()).contains(Fixtures.SK, "sent-token-value");
        assertThat(reply.toString())
                .contains("201")
                .doesNotContain(Fixtures.SK)
                .doesNotContain("sent-token-value")
                .doesNotContain("issued-token-value");
    }
}
