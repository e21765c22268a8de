package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import java.security.SecureRandom;
import okio.ByteString;

/**
 * A Huawei Cloud access key: the access key id (AK) and its secret key (SK).
 *
 * <p>White space rule, the same for both parts: leading and trailing white space (spaces, tabs, CR, LF, as left by
 * copy and paste) is removed; what remains must be non-empty printable ASCII without white space, otherwise the key
 * is refused. Neither part is ever echoed in a message. {@link #toString()} shows a shortened AK and never the SK.
 */
public final class AccessKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key of the fingerprints: random, made once per JVM, never stored. */
    private static final ByteString FINGERPRINT_KEY = randomKey();

    private final String accessKeyId;
    private final String secretKey;

    private static ByteString randomKey() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return ByteString.of(b);
    }

    private AccessKey(String accessKeyId, String secretKey) {
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
    }

    /** Applies the white space rule; the error says which part is wrong, never its value. */
    public static AccessKey of(String accessKeyId, String secretKey) throws CodeArtsValidationException {
        return new AccessKey(
                clean(accessKeyId, Problem.ACCESS_KEY_MISSING, Problem.ACCESS_KEY_MALFORMED),
                clean(secretKey, Problem.SECRET_KEY_MISSING, Problem.SECRET_KEY_MALFORMED));
    }

    private static String clean(String value, Problem missing, Problem malformed) throws CodeArtsValidationException {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new CodeArtsValidationException(missing);
        }
        if (!Texts.isVisibleAscii(v)) {
            throw new CodeArtsValidationException(malformed);
        }
        return v;
    }

    /** The access key id; not a secret, but shown shortened in messages. */
    public String getAccessKeyId() {
        return accessKeyId;
    }

    /** Only for building the IAM request body and the signing key: never log it. */
    public String secretKey() {
        return secretKey;
    }

    /**
     * An HMAC-SHA256 of AK and SK under a key random per JVM: what the shared, long-lived caches of tokens and project
     * ids are keyed by, so that they never hold the SK itself, and nobody who holds the AK can test an SK against it.
     * Two keys have the same fingerprint exactly when both parts are equal (a second credential with the same AK and
     * another SK never gets the first one's token). Worked out at each call: a client asks once.
     */
    public Fingerprint fingerprint() {
        // neither part holds a NUL (printable ASCII only): the split is unambiguous
        return new Fingerprint(ByteString.encodeUtf8(accessKeyId + '\0' + secretKey)
                .hmacSha256(FINGERPRINT_KEY)
                .hex());
    }

    /** A fingerprint (the HMAC in hex), printed as nothing but its type. */
    public record Fingerprint(String hmac) {
        @Override
        public String toString() {
            return "Fingerprint[…]";
        }
    }

    /** Any access key id shortened for display: first and last four characters, {@code ****} when short. */
    public static String mask(String accessKeyId) {
        String ak = accessKeyId == null ? "" : accessKeyId.strip();
        return ak.length() <= 8 ? "****" : ak.substring(0, 4) + "****" + ak.substring(ak.length() - 4);
    }

    @Override
    public String toString() {
        return "AccessKey[ak=" + mask(accessKeyId) + ", sk=****]";
    }
}
