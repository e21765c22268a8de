package io.jenkins.plugins.codeartsbuild.client.auth;

import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * {@code Authorization}, over the {@link CanonicalRequest}. Hashes and HMAC are Okio's ({@link ByteString#sha256()},
 * {@link ByteString#hmacSha256(ByteString)}), a JCA look-up per call included. Pure functions.
 */
final class RequestSigner {

    static final String ALGORITHM = "SDK-HMAC-SHA256";
    static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] NO_BODY = new byte[0];

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
        byte[] body = NO_BODY;
        RequestBody requestBody = request.body();
        if (requestBody != null) {
            MediaType contentType = requestBody.contentType();
            if (contentType != null) {
                signed.put("content-type", contentType.toString());
            }
            body = bodyBytes(requestBody);
        }
        String authorization =
                authorization(request.method(), url, signed, body, key.getAccessKeyId(), key.secretKey());
        return b.header("Authorization", authorization).build();
    }

    /** What OkHttp sends as {@code Host}, written again here: its {@code toHostHeader} is not public API. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    private static byte[] bodyBytes(RequestBody body) {
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory request body could not be read", e);
        }
    }

    /** @param headers the signed headers, names in lower case, values as sent (must include host and x-sdk-date) */
    static String authorization(
            String method,
            HttpUrl url,
            SortedMap<String, String> headers,
            byte[] body,
            String accessKeyId,
            String secretKey) {
        String canonical = CanonicalRequest.of(method, url, headers, body);
        String stringToSign = ALGORITHM + "\n" + headers.get("x-sdk-date") + "\n"
                + ByteString.encodeUtf8(canonical).sha256().hex();
        String signature = ByteString.encodeUtf8(stringToSign)
                .hmacSha256(ByteString.encodeUtf8(secretKey))
                .hex();
        return ALGORITHM + " Access=" + accessKeyId + ", SignedHeaders=" + String.join(";", headers.keySet())
                + ", Signature=" + signature;
    }
}
