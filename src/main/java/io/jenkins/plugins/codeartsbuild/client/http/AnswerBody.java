package io.jenkins.plugins.codeartsbuild.client.http;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * An answer's body as text, read the way OkHttp reads it for its callers: a {@code Content-Encoding: gzip} body
 * decoded (OkHttp's bridge does so only above the network interceptor that captures error answers, so those arrive
 * compressed), then decoded with the charset of a byte order mark, else of {@code Content-Type}, else UTF-8. At most
 * {@code cap} decoded bytes are read, so a compressed bomb stays small and quick; the rest is never read.
 *
 * <p>Written here rather than left to OkHttp for those two reasons: the bridge's transparent gzip (OkHttp 5.3.2's
 * {@code BridgeInterceptor}) never sees the error answers, and {@code ResponseBody.string()}, which applies the byte
 * order mark and the charset, reads the whole body with no cap. A success has been decoded by the bridge already
 * (it removes {@code Content-Encoding}) and is only capped here.
 */
final class AnswerBody {

    private AnswerBody() {}

    /**
     * @param cap the most decoded bytes to read
     */
    static String read(Response response, int cap) throws IOException {
        String encoding = response.header("Content-Encoding");
        boolean gzip = encoding != null && encoding.strip().equalsIgnoreCase("gzip");
        BufferedSource source = gzip
                ? Okio.buffer(new GzipSource(response.body().source()))
                : response.body().source();
        Buffer decoded = gzip ? new Buffer() : source.getBuffer();
        try {
            if (gzip) {
                while (decoded.size() < cap && source.read(decoded, cap - decoded.size()) != -1) {
                    // read on until the cap or the end
                }
            } else {
                source.request(cap); // into the source's own buffer: no copy
            }
        } catch (IOException e) {
            if (!gzip || isTransportFailure(e)) {
                throw e;
            }
            // a compressed body that breaks off or is not gzip: what could be decoded stands
        }
        Charset charset = charset(decoded, response.header("Content-Type"));
        return decoded.readString(Math.min(decoded.size(), cap), charset);
    }

    /**
     * A failure of the connection rather than of the compressed data (those must still end the call): a read or
     * whole-call timeout, a closed or reset socket.
     */
    private static boolean isTransportFailure(IOException e) {
        return e instanceof java.io.InterruptedIOException || e instanceof java.net.SocketException;
    }

    /**
     * The byte order mark's charset (the mark is consumed), else the declared one, else UTF-8. The media type is
     * parsed only when it names a charset (the usual answer does not, or says UTF-8).
     */
    private static Charset charset(Buffer text, String contentType) {
        // one byte tells whether there can be a mark (a JSON answer starts with '{'); Buffer.rangeEquals would cost
        // about a kilobyte of garbage per answer
        int first = text.size() >= 2 ? text.getByte(0) & 0xff : 0;
        if (first == 0xef && text.size() >= 3 && (text.getByte(1) & 0xff) == 0xbb && (text.getByte(2) & 0xff) == 0xbf) {
            skip(text, 3);
            return StandardCharsets.UTF_8;
        }
        if (first == 0xfe && (text.getByte(1) & 0xff) == 0xff) {
            skip(text, 2);
            return StandardCharsets.UTF_16BE;
        }
        if (first == 0xff && (text.getByte(1) & 0xff) == 0xfe) {
            skip(text, 2);
            return StandardCharsets.UTF_16LE;
        }
        return contentType == null ? StandardCharsets.UTF_8 : declared(contentType);
    }

    /**
     * The {@code charset} parameter of a {@code Content-Type}, UTF-8 when there is none, it is UTF-8, or it is not a
     * charset this JVM knows. Read by hand: {@code MediaType.parse} runs regular expressions on every answer.
     */
    static Charset declared(String contentType) {
        int at = -1;
        for (int i = contentType.indexOf(';'); i >= 0 && i < contentType.length(); i++) {
            if (contentType.regionMatches(true, i, "charset=", 0, 8)) {
                at = i + 8;
                break;
            }
        }
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        int end = contentType.indexOf(';', at);
        int from = at;
        int to = end < 0 ? contentType.length() : end;
        while (from < to && Character.isWhitespace(contentType.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(contentType.charAt(to - 1))) {
            to--;
        }
        if (to - from >= 2 && contentType.charAt(from) == '"' && contentType.charAt(to - 1) == '"') {
            from++;
            to--;
        }
        // the usual answer says UTF-8: told without a copy of the value
        if ((to - from == 5 && contentType.regionMatches(true, from, "utf-8", 0, 5))
                || (to - from == 4 && contentType.regionMatches(true, from, "utf8", 0, 4))) {
            return StandardCharsets.UTF_8;
        }
        String value = contentType.substring(from, to);
        try {
            return Charset.forName(value);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void skip(Buffer text, int n) {
        try {
            text.skip(n);
        } catch (java.io.EOFException e) {
            throw new IllegalStateException("the mark was just seen", e);
        }
    }
}
