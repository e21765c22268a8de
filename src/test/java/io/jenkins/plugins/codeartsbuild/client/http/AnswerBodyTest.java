package io.jenkins.plugins.codeartsbuild.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import java.nio.charset.Charset;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An answer's text as the caller gets it: the charset OkHttp would use, gzip'd errors decoded as far as they go. */
class AnswerBodyTest {

    private static final String TEXT = "{\"error_msg\":\"tâche supprimée\"}";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final HttpCaller caller = new HttpCaller(Fixtures.HTTP, ClientConfig.Timeouts.DEFAULT);

    private HttpReply fetch() throws Exception {
        return caller.execute(new Request.Builder().url(server.url("/a")).build(), Service.CODEARTS_BUILD);
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
        server.enqueue(new MockResponse.Builder()
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
        server.enqueue(gzipped(502, half));

        HttpReply reply = fetch();

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.body()).isNotEmpty();
        assertThat(text.toString()).startsWith(reply.body());
    }

    @Test
    void anErrorSaidToBeGzipThatIsNotIsAnErrorWithoutBody() throws Exception {
        server.enqueue(gzipped(503, new Buffer().writeUtf8(TEXT)));

        HttpReply reply = fetch();

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).isEmpty();
    }
}
