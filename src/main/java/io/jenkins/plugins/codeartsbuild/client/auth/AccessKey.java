package io.jenkins.plugins.codeartsbuild.client.auth;

import io.jenkins.plugins.codeartsbuild.client.CharacterRules;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;

/**
 * A Huawei Cloud access key: the access key id (AK) and its secret key (SK).
 *
 * <p>White space rule, the same for both parts: leading and trailing white space (spaces, tabs, CR, LF, as left by
 * copy and paste) is removed; what remains must be non-empty printable ASCII without white space, otherwise the key
 * is refused. Neither part is ever echoed in a message. {@link #toString()} shows a shortened AK and never the SK.
 */
public final class AccessKey {

    /** Where a thread's digest writes its 32 bytes: a reused buffer, overwritten by the next fingerprint. */
    private static final ThreadLocal<byte[]> DIGEST_OUT = ThreadLocal.withInitial(() -> new byte[32]);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The key of the fingerprints: random, made once per JVM, never stored. */
    private static final byte[] FINGERPRINT_KEY = randomBytes(32);

    /** A digest per thread (a JCA look-up per key would cost more than the hashing); it keeps nothing between uses. */
    private static final ThreadLocal<java.security.MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private final String accessKeyId;
    private final String secretKey;
    private Fingerprint fingerprint;

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
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
        if (!CharacterRules.isVisibleAscii(v)) {
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
     * A keyed SHA-256 of AK and SK (the key random per JVM): what the shared, long-lived caches of tokens and project
     * ids are keyed by, so that they never hold the SK itself. Two keys have the same fingerprint exactly when both
     * parts are equal (a second credential with the same AK and another SK never gets the first one's token).
     * Worked out once per key.
     */
    Fingerprint fingerprint() {
        Fingerprint f = fingerprint;
        if (f == null) {
            java.security.MessageDigest d = SHA256.get();
            d.update(FINGERPRINT_KEY);
            update(d, accessKeyId);
            d.update((byte) 0); // neither part holds a NUL (printable ASCII only): the split is unambiguous
            update(d, secretKey);
            byte[] out = DIGEST_OUT.get();
            try {
                d.digest(out, 0, out.length);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("SHA-256 output of 32 bytes refused", e);
            }
            f = new Fingerprint(longAt(out, 0), longAt(out, 8), longAt(out, 16), longAt(out, 24));
            fingerprint = f;
        }
        return f;
    }

    /** A keyed SHA-256 as four longs: compact, comparable, printed as nothing but its type. */
    record Fingerprint(long a, long b, long c, long d) {
        @Override
        public String toString() {
            return "Fingerprint[…]";
        }
    }

    private static long longAt(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    /** The characters of printable ASCII text, one byte each, without a copy. */
    private static void update(java.security.MessageDigest d, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            d.update((byte) ascii.charAt(i));
        }
    }

    /**
     * Two keys are equal when both parts are. Never printed: {@link #toString()} masks both parts.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof AccessKey k && accessKeyId.equals(k.accessKeyId) && secretKey.equals(k.secretKey);
    }

    @Override
    public int hashCode() {
        return 31 * accessKeyId.hashCode() + secretKey.hashCode();
    }

    /** The AK shortened for messages: first and last four characters. */
    public String getMaskedAccessKeyId() {
        return mask(accessKeyId);
    }

    /** Any access key id shortened for display: first and last four characters, {@code ****} when short. */
    public static String mask(String accessKeyId) {
        String ak = accessKeyId == null ? "" : accessKeyId.strip();
        if (ak.length() <= 8) {
            return "****";
        }
        return ak.substring(0, 4) + "****" + ak.substring(ak.length() - 4);
    }

    @Override
    public String toString() {
        return "AccessKey[ak=" + getMaskedAccessKeyId() + ", sk=****]";
    }
}
