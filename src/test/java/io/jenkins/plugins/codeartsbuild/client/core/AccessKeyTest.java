package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeyTest {

    private static final String AK = "HPUAL3GXJ5PZ3K2QN7WA";

    @Test
    void surroundingWhiteSpaceIsRemovedFromBothParts() throws Exception {
        AccessKey key = AccessKey.of(" \t" + AK + "\r\n", "\n" + Fixtures.SK + "  \n");
        assertThat(key.getAccessKeyId()).isEqualTo(AK);
        assertThat(key.secretKey()).isEqualTo(Fixtures.SK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyPartsAreRefusedByName(String empty) {
        assertThatThrownBy(() -> AccessKey.of(empty, Fixtures.SK))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.ACCESS_KEY_MISSING));
        assertThatThrownBy(() -> AccessKey.of(AK, empty))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.SECRET_KEY_MISSING));
        assertThatThrownBy(() -> AccessKey.of(AK, null)).isInstanceOf(CodeArtsValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MFyfvK41ba2gi qM7Uio6Pz", "MFyfvK41ba2gi\nqM7Uio6Pz", "MFyfvK41ba2gi\u00e9qM7Uio6Pz"})
    void whiteSpaceOrNonAsciiInsideIsRefusedWithoutEchoingTheValue(String bad) {
        assertThatThrownBy(() -> AccessKey.of(AK, bad)).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.SECRET_KEY_MALFORMED);
            assertThat(e.getMessage()).doesNotContain("MFyf").doesNotContain("qM7U");
            assertThat(e.getArguments()).isEmpty();
        });
        assertThatThrownBy(() -> AccessKey.of(bad, Fixtures.SK))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.ACCESS_KEY_MALFORMED));
    }

    @Test
    void toStringMasksTheSecretAndShortensTheAccessKey() throws Exception {
        String s = AccessKey.of(AK, Fixtures.SK).toString();
        assertThat(s).isEqualTo("AccessKey[ak=HPUA****N7WA, sk=****]").doesNotContain(Fixtures.SK);
        assertThat(AccessKey.mask("SHORT")).isEqualTo("****");
    }

    @Test
    void theCachesAreKeyedByAFingerprintThatTellsKeysApartAndHoldsNoSecret() throws Exception {
        AccessKey a = AccessKey.of(AK, Fixtures.SK);
        AccessKey.Fingerprint f = a.fingerprint();

        assertThat(AccessKey.of(" " + AK + "\n", Fixtures.SK).fingerprint()).isEqualTo(f);
        assertThat(AccessKey.of(AK, Fixtures.SK + "x").fingerprint()).isNotEqualTo(f);
        assertThat(AccessKey.of(AK + "X", Fixtures.SK).fingerprint()).isNotEqualTo(f);
        // the split between the parts cannot be moved: "ab" + "c" and "a" + "bc" differ
        assertThat(AccessKey.of("ab", "c").fingerprint())
                .isNotEqualTo(AccessKey.of("a", "bc").fingerprint());
        assertThat(f.toString()).doesNotContain(Fixtures.SK).doesNotContain(AK);
        // keyed per JVM: not the plain SHA-256 of the parts, which anyone holding the AK could test an SK against
        assertThat(f.hmac())
                .isNotEqualTo(okio.ByteString.encodeUtf8(AK + "\0" + Fixtures.SK)
                        .sha256()
                        .hex());
    }
}
