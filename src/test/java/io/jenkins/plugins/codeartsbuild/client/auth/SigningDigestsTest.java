package io.jenkins.plugins.codeartsbuild.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SigningDigestsTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sha256OfKnownInputs() {
        assertThat(SigningDigests.sha256Hex(utf8("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SigningDigests.sha256Hex(new byte[0])).isEqualTo(SigningDigests.EMPTY_BODY_SHA256);
    }

    /** RFC 4231, test case 2. */
    @Test
    void hmacSha256OfTheRfcVector() {
        byte[] mac = SigningDigests.hmacSha256(utf8("Jefe"), utf8("what do ya want for nothing?"));
        assertThat(SigningDigests.hex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    /** The thread's MAC is keyed afresh for every call: one key never leaks into the next signature. */
    @Test
    void eachCallUsesItsOwnKey() {
        byte[] data = utf8("what do ya want for nothing?");
        String first = SigningDigests.hex(SigningDigests.hmacSha256(utf8("Jefe"), data));
        SigningDigests.hmacSha256(utf8("another key"), data);
        assertThat(SigningDigests.hex(SigningDigests.hmacSha256(utf8("Jefe"), data)))
                .isEqualTo(first);
    }

    @Test
    void hexIsLowerCaseTwoDigitsPerByte() {
        assertThat(SigningDigests.hex(new byte[] {0, 15, (byte) 0xa0, (byte) 0xff}))
                .isEqualTo("000fa0ff");
        assertThat(SigningDigests.hex(new byte[0])).isEmpty();
    }
}
