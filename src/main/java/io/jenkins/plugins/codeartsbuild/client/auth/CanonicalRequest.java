package io.jenkins.plugins.codeartsbuild.client.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * The canonical request of SDK-HMAC-SHA256, the text whose hash {@link RequestSigner} signs, built as the official
 * SDK builds it ({@code AKSKSigner}). The percent-encoding is written here because OkHttp has no public API for it:
 * {@link HttpUrl} encodes for URLs (it keeps {@code *}, {@code %} escapes and more as they are), where the signature
 * needs RFC 3986 over text that is already encoded.
 */
final class CanonicalRequest {

    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private CanonicalRequest() {}

    /**
     * The path exactly as sent, split at {@code /} with Java's {@code String.split} rule (trailing empty parts
     * dropped, inner ones kept), each part percent-encoded again ({@code %} included) and followed by {@code /}; the
     * query parameters sorted by encoded name, values in the order sent; then the headers, the signed header names
     * and the body's hash.
     *
     * @param headers the signed headers, names in lower case, values as sent
     */
    static String of(String method, HttpUrl url, SortedMap<String, String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(method).append('\n');
        appendUri(sb, url.encodedPath());
        sb.append('\n');
        appendQuery(sb, url);
        sb.append('\n');
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sb.append(h.getKey()).append(':').append(h.getValue().strip()).append('\n');
        }
        sb.append('\n');
        String separator = "";
        for (String name : headers.keySet()) {
            sb.append(separator).append(name);
            separator = ";";
        }
        return sb.append('\n').append(ByteString.of(body).sha256().hex()).toString();
    }

    private static void appendUri(StringBuilder sb, String encodedPath) {
        if (encodedPath.equals("/")) {
            sb.append('/');
            return;
        }
        for (String part : encodedPath.split("/")) {
            encode(sb, part);
            sb.append('/');
        }
    }

    private static void appendQuery(StringBuilder sb, HttpUrl url) {
        if (url.querySize() == 0) {
            return;
        }
        SortedMap<String, List<String>> sorted = new TreeMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            sorted.computeIfAbsent(encode(url.queryParameterName(i)), k -> new ArrayList<>(1))
                    .add(encode(value == null ? "" : value));
        }
        String separator = "";
        for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
            for (String value : e.getValue()) {
                sb.append(separator).append(e.getKey()).append('=').append(value);
                separator = "&";
            }
        }
    }

    /** RFC 3986 percent-encoding: everything but unreserved characters, upper-case hex (the SDK's rule). */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        encode(sb, s);
        return sb.toString();
    }

    private static void encode(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80 && isUnreserved((char) cp)) {
                sb.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    UPPER_HEX.toHexDigits(sb.append('%'), b);
                }
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0;
    }
}
