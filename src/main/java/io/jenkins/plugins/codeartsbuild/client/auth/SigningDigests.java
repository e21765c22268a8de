package io.jenkins.plugins.codeartsbuild.client.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256 for request signing, on one {@link MessageDigest} and one {@link Mac} per thread. Okio's
 * {@code ByteString.sha256()} and {@code hmacSha256(key)} would do the same, but look the algorithm up in the JCA
 * providers on every call (which costs more than the hashing of a request), and take the key as a
 * {@code ByteString} copy that cannot be cleared.
 */
final class SigningDigests {

    /** The hash of an empty body, the body of every request but the token exchange. */
    static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final HexFormat HEX = HexFormat.of();

    /** Looked up once per thread: a JCA provider look-up per signature costs more than the hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> newInstance("SHA-256"));

    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> newInstance("HmacSHA256"));

    /** What a thread's MAC is keyed with between calls. */
    private static final SecretKeySpec NOT_A_SECRET = new SecretKeySpec(new byte[32], "HmacSHA256");

    private SigningDigests() {}

    /** Lower-case hex of the SHA-256 of {@code data}. */
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

    /** Lower-case hex, as the signature and the hashes of the canonical request are written. */
    static String hex(byte[] data) {
        return HEX.formatHex(data);
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
}
