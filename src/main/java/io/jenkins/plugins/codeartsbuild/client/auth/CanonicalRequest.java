package io.jenkins.plugins.codeartsbuild.client.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * The canonical request that {@link RequestSigner} signs, built as the official SDK builds it ({@code AKSKSigner}).
 * The percent-encoding is not OkHttp's, which has no public API for it: {@link HttpUrl} encodes for URLs (it keeps
 * {@code *}, {@code %} escapes and more as they are), where the signature needs RFC 3986 over text that is already
 * encoded. Pure functions.
 */
final class CanonicalRequest {

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
        if (url.encodedPath().equals("/")) {
            sb.append('/');
        } else {
            for (String part : url.encodedPath().split("/")) {
                sb.append(encode(part)).append('/');
            }
        }
        sb.append('\n').append(query(url)).append('\n');
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sb.append(h.getKey()).append(':').append(h.getValue().strip()).append('\n');
        }
        sb.append('\n').append(String.join(";", headers.keySet()));
        return sb.append('\n').append(ByteString.of(body).sha256().hex()).toString();
    }

    private static String query(HttpUrl url) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            pairs.add(encode(url.queryParameterName(i)) + "=" + encode(value == null ? "" : value));
        }
        // by encoded name (which holds no '='); the sort is stable, so a name's values keep the order sent
        pairs.sort(Comparator.comparing(p -> p.substring(0, p.indexOf('='))));
        return String.join("&", pairs);
    }

    /**
     * RFC 3986 percent-encoding: everything but unreserved characters, upper-case hex (the SDK's rule). The JDK's form
     * encoding differs in three places, put right here: a space is {@code +}, {@code *} is kept, {@code ~} escaped.
     */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
