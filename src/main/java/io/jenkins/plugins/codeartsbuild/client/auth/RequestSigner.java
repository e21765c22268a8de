package io.jenkins.plugins.codeartsbuild.client.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/** Huawei Cloud API request signing, SDK-HMAC-SHA256 (API signing guide). Pure functions. */
final class RequestSigner {

    static final String ALGORITHM = "SDK-HMAC-SHA256";
    static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    /** Looked up once per thread: a JCA provider look-up per signature costs more than the hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> newInstance("SHA-256"));

    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> newInstance("HmacSHA256"));

    /** What a thread's MAC is keyed with between calls. */
    private static final SecretKeySpec NOT_A_SECRET = new SecretKeySpec(new byte[32], "HmacSHA256");

    private RequestSigner() {}

    /** The hash of an empty body, the body of every request but the token exchange. */
    static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final byte[] NO_BODY = new byte[0];

    /** The last date formatted: requests of the same second share it. */
    private static volatile DateText lastDate = new DateText(Long.MIN_VALUE, "");

    private record DateText(long second, String text) {}

    static String sdkDate(Instant now) {
        DateText last = lastDate;
        if (last.second() == now.getEpochSecond()) {
            return last.text();
        }
        String text = SDK_DATE.format(now);
        lastDate = new DateText(now.getEpochSecond(), text);
        return text;
    }

    /**
     * The request with {@code Host}, {@code X-Sdk-Date}, {@code X-Project-Id} (when given) and {@code Authorization}
     * set. Signed: those headers and {@code Content-Type} when the request has a body type. Called for every
     * attempt, so each carries a fresh date.
     */
    static Request sign(Request request, AccessKey key, Instant now, String projectId) {
        HttpUrl url = request.url();
        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", hostHeader(url));
        signed.put("x-sdk-date", sdkDate(now));
        if (projectId != null) {
            signed.put("x-project-id", projectId);
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
        Request.Builder b =
                request.newBuilder().header("Host", signed.get("host")).header("X-Sdk-Date", signed.get("x-sdk-date"));
        if (projectId != null) {
            b.header("X-Project-Id", projectId);
        }
        String authorization =
                authorization(request.method(), url, signed, body, key.getAccessKeyId(), key.secretKey());
        return b.header("Authorization", authorization).build();
    }

    /** What OkHttp sends as {@code Host}: the host, bracketed if IPv6, and the port unless it is the default. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    private static byte[] bodyBytes(RequestBody body) {
        try {
            if (body.contentLength() == 0) {
                return NO_BODY;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory request body has no length", e);
        }
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory request body could not be read", e);
        }
    }

    /**
     * The {@code Authorization} header value.
     *
     * @param headers the signed headers, names in lower case, values as sent (must include host and x-sdk-date)
     */
    static String authorization(
            String method,
            HttpUrl url,
            SortedMap<String, String> headers,
            byte[] body,
            String accessKeyId,
            String secretKey) {
        String canonical = canonicalRequest(method, url, headers, body);
        String stringToSign = ALGORITHM + "\n" + headers.get("x-sdk-date") + "\n" + sha256Hex(bytes(canonical));
        byte[] sk = bytes(secretKey);
        String signature = hex(hmacSha256(sk, bytes(stringToSign)));
        Arrays.fill(sk, (byte) 0);
        return ALGORITHM + " Access=" + accessKeyId + ", SignedHeaders=" + String.join(";", headers.keySet())
                + ", Signature=" + signature;
    }

    /**
     * The canonical request as the official SDK builds it ({@code AKSKSigner}): the path exactly as sent, split at
     * {@code /} with Java's {@code String.split} rule (trailing empty parts dropped, inner ones kept), each part
     * percent-encoded again ({@code %} included) and followed by {@code /}; the query parameters sorted by encoded
     * name, values in the order sent; then the headers, the signed header names and the body's hash.
     */
    static String canonicalRequest(String method, HttpUrl url, SortedMap<String, String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(method).append('\n');
        appendCanonicalUri(sb, url.encodedPath());
        sb.append('\n');
        appendCanonicalQuery(sb, url);
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
        return sb.append('\n').append(sha256Hex(body)).toString();
    }

    private static void appendCanonicalUri(StringBuilder sb, String encodedPath) {
        if (encodedPath.equals("/")) {
            sb.append('/');
            return;
        }
        for (String part : encodedPath.split("/")) {
            encode(sb, part);
            sb.append('/');
        }
    }

    private static void appendCanonicalQuery(StringBuilder sb, HttpUrl url) {
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
                    percent(sb, b);
                }
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0;
    }

    private static void percent(StringBuilder sb, byte b) {
        sb.append('%').append(UPPER_HEX[(b >> 4) & 0xf]).append(UPPER_HEX[b & 0xf]);
    }

    static String sha256Hex(byte[] data) {
        return data.length == 0 ? EMPTY_BODY_SHA256 : hex(SHA256.get().digest(data));
    }

    /**
     * HMAC-SHA256 with the thread's {@link Mac}, keyed for this call only: afterwards it is keyed again with a
     * constant, so that no thread keeps the secret key (or state derived from it) between calls.
     */
    static byte[] hmacSha256(byte[] key, byte[] data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 key refused", e);
        } finally {
            try {
                mac.init(NOT_A_SECRET);
            } catch (GeneralSecurityException e) {
                HMAC.remove();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T newInstance(String algorithm) {
        try {
            return (T)
                    (algorithm.startsWith("Hmac") ? Mac.getInstance(algorithm) : MessageDigest.getInstance(algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    static String hex(byte[] data) {
        char[] out = new char[data.length * 2];
        for (int i = 0; i < data.length; i++) {
            out[2 * i] = HEX[(data[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[data[i] & 0xf];
        }
        return new String(out);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
