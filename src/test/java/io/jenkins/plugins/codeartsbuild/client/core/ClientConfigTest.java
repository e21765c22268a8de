package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The region, the endpoints it gives and their overrides. */
class ClientConfigTest {

    private static ClientConfig resolve(String region, String iam, String build) throws CodeArtsValidationException {
        return ClientConfig.builder(region)
                .iamEndpoint(iam)
                .codeArtsBuildEndpoint(build)
                .build();
    }

    @Test
    void everyKnownRegionMapsToCloudbuildExtAndIam() throws Exception {
        assertThat(ClientConfig.KNOWN_REGIONS).hasSize(12).doesNotHaveDuplicates();
        for (String r : ClientConfig.KNOWN_REGIONS) {
            ClientConfig e = resolve(r, null, " ");
            assertThat(e.getCodeArtsBuild().toString())
                    .isEqualTo("https://cloudbuild-ext." + r + ".myhuaweicloud.com/");
            assertThat(e.getIam().toString()).isEqualTo("https://iam." + r + ".myhuaweicloud.com/");
        }
    }

    @Test
    void unknownRegionWithoutOverridesListsTheKnownOnes() {
        assertThatThrownBy(() -> resolve("eu-west-0", null, "https://build.example.com"))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.REGION_UNKNOWN);
                    assertThat(e.getMessage()).contains("'eu-west-0'", "cn-north-4, cn-north-1", "tr-west-1");
                });
    }

    @Test
    void unknownRegionWithBothOverridesIsAccepted() throws Exception {
        ClientConfig e = resolve("eu-west-0", "https://iam.example.com", "https://build.example.com/prefix/");
        assertThat(e.getIam().host()).isEqualTo("iam.example.com");
        assertThat(e.getCodeArtsBuild().encodedPath()).isEqualTo("/prefix/");
    }

    @Test
    void overrideReplacesOneEndpointOnly() throws Exception {
        ClientConfig e = resolve("cn-north-4", null, "https://cloudbuild.private.example.com:8443");
        assertThat(e.getIam().host()).isEqualTo("iam.cn-north-4.myhuaweicloud.com");
        assertThat(e.getCodeArtsBuild().port()).isEqualTo(8443);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "CN-NORTH-4",
                "cn north 4",
                "cn-north-4.evil.com",
                "cn-north-4/",
                "-cn",
                "cn-",
                "cn--north-4"
            })
    void badRegionsAreRefused(String region) {
        assertThatThrownBy(() -> resolve(region, null, null))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isIn(Problem.REGION_REQUIRED, Problem.REGION_INVALID));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://iam.example.com",
                "http://10.0.0.1:8080",
                "http://localhost.example.com",
                "http://127.0.0.1.nip.io"
            })
    void plainHttpToANonLoopbackHostIsRefused(String url) {
        assertThatThrownBy(() -> ClientConfig.checkOverride(Service.IAM, url))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.ENDPOINT_INSECURE);
                    assertThat(e.getArguments().get(0)).isEqualTo("IAM");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://localhost:8080", "http://127.0.0.1:1/", "http://[::1]:9000", "https://any.example.com"})
    void httpsOrLoopbackIsAccepted(String url) throws Exception {
        assertThat(ClientConfig.checkOverride(Service.CODEARTS_BUILD, url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a url",
                "ftp://example.com",
                "iam.example.com",
                "https://example.com/?a=b",
                "https://example.com/#frag"
            })
    void somethingThatIsNotAPlainUrlIsRefused(String url) {
        assertThatThrownBy(() -> ClientConfig.checkOverride(Service.IAM, url))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.ENDPOINT_INVALID));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://user:Pa55w0rdZ@example.com",
                "https://:Pa55w0rdZ@example.com/",
                "https://Pa55w0rdZ@example.com",
                "http://user:Pa55w0rdZ@localhost:8080",
                "ht tp://user:Pa55w0rdZ@example.com",
                "https://user:Pa55w0rdZ@exa mple.com/x",
                // a password holding '/', '?' or '#' ends the authority early for a URL parser
                "https://user:Pa55w0rdZ/x@example.com",
                "https://user:Pa55w0rdZ?x@example.com",
                "https://user:x#Pa55w0rdZ@example.com/"
            })
    void anEndpointWithAPasswordIsRefusedWithoutEchoingIt(String url) {
        assertThatThrownBy(() -> ClientConfig.checkOverride(Service.IAM, url))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("Pa55w0rdZ");
                    assertThat(e.getArguments()).noneMatch(a -> a.contains("Pa55w0rdZ"));
                });
    }

    @Test
    void trailingSlashesOfAPrefixAreNormalised() throws Exception {
        assertThat(ClientConfig.checkOverride(Service.CODEARTS_BUILD, "https://example.com/gw//")
                        .encodedPath())
                .isEqualTo("/gw/");
        assertThat(ClientConfig.checkOverride(Service.CODEARTS_BUILD, "https://example.com//")
                        .encodedPath())
                .isEqualTo("/");
        assertThat(ClientConfig.checkOverride(Service.CODEARTS_BUILD, "https://example.com/gw")
                        .encodedPath())
                .isEqualTo("/gw/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a//b", "https://example.com//a"})
    void anEmptySegmentInsideAPrefixIsRefused(String url) {
        assertThatThrownBy(() -> ClientConfig.checkOverride(Service.CODEARTS_BUILD, url))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.ENDPOINT_PATH_INVALID));
    }
}
