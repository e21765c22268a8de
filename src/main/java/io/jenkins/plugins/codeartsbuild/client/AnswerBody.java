package io.jenkins.plugins.codeartsbuild.client;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.GzipSource;
import okio.Okio;

/**
 * An answer's body as text, read the way OkHttp reads it for its callers: a {@code Content-Encoding: gzip} body
 * decoded (OkHttp's bridge does so only above the network interceptor that captures error answers, so those arrive
 * compressed), then decoded with the charset of a byte order mark, else of {@code Content-Type}, else UTF-8. At most
 * {@code cap} decoded bytes are read, so a compressed bomb stays small and quick; the rest is never read.
 */
final class AnswerBody {

    private static final ByteString UTF_8_BOM = ByteString.decodeHex("efbbbf");
    private static final ByteString UTF_16_BE_BOM = ByteString.decodeHex("feff");
    private static final ByteString UTF_16_LE_BOM = ByteString.decodeHex("fffe");

    private AnswerBody() {}

    /**
     * @param contentEncoding the answer's {@code Content-Encoding}, or {@code null}
     * @param cap the most decoded bytes to read
     */
    static String read(ResponseBody body, String contentEncoding, int cap) throws IOException {
        boolean gzip = contentEncoding != null && contentEncoding.strip().equalsIgnoreCase("gzip");
        BufferedSource source = gzip ? Okio.buffer(new GzipSource(body.source())) : body.source();
        Buffer decoded = new Buffer();
        try {
            while (decoded.size() < cap && source.read(decoded, cap - decoded.size()) != -1) {
                // read on until the cap or the end
            }
        } catch (IOException e) {
            if (!gzip || isTransportFailure(e)) {
                throw e;
            }
            // a compressed body that breaks off or is not gzip: what could be decoded stands
        }
        return decoded.readString(charset(decoded, body.contentType()));
    }

    /** A failure of the connection rather than of the compressed data (those must still end the call). */
    private static boolean isTransportFailure(IOException e) {
        return e instanceof java.net.SocketTimeoutException || e instanceof java.net.SocketException;
    }

    /** The byte order mark's charset (the mark is consumed), else the declared one, else UTF-8. */
    private static Charset charset(Buffer text, MediaType type) {
        if (text.rangeEquals(0, UTF_8_BOM)) {
            skip(text, UTF_8_BOM.size());
            return StandardCharsets.UTF_8;
        }
        if (text.rangeEquals(0, UTF_16_BE_BOM)) {
            skip(text, UTF_16_BE_BOM.size());
            return StandardCharsets.UTF_16BE;
        }
        if (text.rangeEquals(0, UTF_16_LE_BOM)) {
            skip(text, UTF_16_LE_BOM.size());
            return StandardCharsets.UTF_16LE;
        }
        Charset declared = type == null ? null : type.charset(null);
        return declared != null ? declared : StandardCharsets.UTF_8;
    }

    private static void skip(Buffer text, int n) {
        try {
            text.skip(n);
        } catch (java.io.EOFException e) {
            throw new IllegalStateException("the mark was just seen", e);
        }
    }
}
