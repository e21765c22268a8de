package io.jenkins.plugins.codeartsbuild.client.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * An answer's body as text, read by OkHttp's {@link ResponseBody#string()} (the charset of a byte order mark, else of
 * {@code Content-Type}, else UTF-8) from at most {@code cap} decoded bytes, so that a huge body or a compressed bomb
 * stays small and quick: the rest is never read ({@code string()} alone reads the whole body).
 *
 * <p>{@code Content-Encoding: gzip} is decoded here for the error answers: OkHttp's bridge decodes it only above the
 * network interceptor that takes those answers away from OkHttp ({@link HttpCaller}), so they arrive compressed. A
 * success has been decoded by the bridge already (it removes {@code Content-Encoding}).
 */
final class AnswerBody {

    private AnswerBody() {}

    /**
     * @param cap the most decoded bytes to read
     */
    static String read(Response response, int cap) throws IOException {
        ResponseBody body = response.body();
        boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
        BufferedSource source = gzip ? Okio.buffer(new GzipSource(body.source())) : body.source();
        try {
            source.request(cap);
        } catch (IOException e) {
            if (!gzip || isTransportFailure(e)) {
                throw e;
            }
            // a compressed body that breaks off or is not gzip: what could be decoded stands
        }
        Buffer decoded = new Buffer();
        decoded.write(source.getBuffer(), Math.min(cap, source.getBuffer().size()));
        return ResponseBody.create(decoded, body.contentType(), decoded.size()).string();
    }

    /**
     * A failure of the connection rather than of the compressed data (those must still end the call): a read or
     * whole-call timeout, a closed or reset socket.
     */
    private static boolean isTransportFailure(IOException e) {
        return e instanceof InterruptedIOException || e instanceof SocketException;
    }
}
