package io.jenkins.plugins.codeartsbuild.client.auth;

import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.ByteString;

/**
 * Huawei Cloud API request signing, SDK-HMAC-SHA256 (API signing guide): the headers a signed request carries and its
 * {@code Authorization}, over the {@linkplain #canonicalRequest canonical request}. Hashes and HMAC are Okio's
 * ({@link ByteString#sha256()}, {@link ByteString#hmacSha256(ByteString)}), a JCA look-up per call included. Pure
 * functions.
 */
final class RequestSigner {

    static final String ALGORITHM = "SDK-HMAC-SHA256";
    static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RequestSigner() {}

    /**
     * The request with {@code Host}, {@code X-Sdk-Date}, {@code X-Project-Id} (when given) and {@code Authorization}
     * set. Signed: those headers and {@code Content-Type} when the request has a body type. Called for every
     * attempt, so each carries a fresh date.
     */
    static Request sign(Request request, AccessKey key, Instant now, String projectId) {
        HttpUrl url = request.url();
        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", hostHeader(url));
        signed.put("x-sdk-date", SDK_DATE.format(now));
        Request.Builder b =
                request.newBuilder().header("Host", signed.get("host")).header("X-Sdk-Date", signed.get("x-sdk-date"));
        if (projectId != null) {
            signed.put("x-project-id", projectId);
            b.header("X-Project-Id", projectId);
        }
        Buffer body = new Buffer();
        RequestBody requestBody = request.body();
        if (requestBody != null) {
            MediaType contentType = requestBody.contentType();
            if (contentType != null) {
                signed.put("content-type", contentType.toString());
            }
            try {
                requestBody.writeTo(body);
            } catch (IOException e) {
                throw new UncheckedIOException("in-memory request body could not be read", e);
            }
        }
        String authorization = authorization(request.method(), url, signed, body.readByteString(), key);
        return b.header("Authorization", authorization).build();
    }

    /** What OkHttp sends as {@code Host}, written again here: its {@code toHostHeader} is not public API. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    /** @param headers the signed headers, names in lower case, values as sent (must include host and x-sdk-date) */
    static String authorization(
            String method, HttpUrl url, SortedMap<String, String> headers, ByteString body, AccessKey key) {
        String canonical = canonicalRequest(method, url, headers, body);
        String stringToSign = ALGORITHM + "\n" + headers.get("x-sdk-date") + "\n"
                + ByteString.encodeUtf8(canonical).sha256().hex();
        String signature = ByteString.encodeUtf8(stringToSign)
                .hmacSha256(ByteString.encodeUtf8(key.secretKey()))
                .hex();
        return ALGORITHM + " Access=" + key.getAccessKeyId() + ", SignedHeaders=" + String.join(";", headers.keySet())
                + ", Signature=" + signature;
    }

    /**
     * The canonical request that is signed, built as the official SDK builds it ({@code AKSKSigner}). The
     * percent-encoding is not OkHttp's, which has no public API for it: {@link HttpUrl} encodes for URLs (it keeps
     * {@code *}, {@code %} escapes and more as they are), where the signature needs RFC 3986 over text that is already
     * encoded.
     *
     * <p>The path exactly as sent, split at {@code /} with Java's {@code String.split} rule (trailing empty parts
     * dropped, inner ones kept), each part percent-encoded again ({@code %} included) and followed by {@code /}; the
     * query parameters sorted by encoded name, values in the order sent; then the headers, the signed header names
     * and the body's hash.
     *
     * @param headers the signed headers, names in lower case, values as sent
     */
    static String canonicalRequest(String method, HttpUrl url, SortedMap<String, String> headers, ByteString body) {
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
        return sb.append('\n').append(body.sha256().hex()).toString();
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
