package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an echo of the request loses before it is quoted ({@link Texts#redact}): every form of every secret, also cut
 * off at the end.
 */
class SecretsTest {

    private static final String SK = "Sk/With+Slash=And\"Quote\\x0123456789abcdef<&>";
    private static final List<String> SECRETS = List.of(SK);
    private static final String SIGNATURE = "3f1c9a7be2d84c06a5f2e1b7c9d3a8e64b0f7c2d9e1a5b8c3d6f0e4a7b2c9d1e";

    static Stream<String> echoes() {
        String json = SK.replace("\\", "\\\\").replace("\"", "\\\"");
        String twice = json.replace("\\", "\\\\").replace("\"", "\\\"");
        return Stream.of(
                SK,
                json,
                json.replace("/", "\\/"),
                twice,
                twice.replace("/", "\\/"),
                URLEncoder.encode(SK, StandardCharsets.UTF_8),
                SK.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;"));
    }

    @ParameterizedTest
    @MethodSource("echoes")
    void everyFormAnEchoMayTakeIsRemoved(String echo) {
        assertThat(redact("sent " + echo + ", again " + echo + ".")).isEqualTo("sent ****, again ****.");
    }

    @Test
    void aTextCutInsideASecretLosesTheCutSecretFromEightCharactersOn() {
        assertThat(redact("cut at " + SK.substring(0, SK.length() - 1))).isEqualTo("cut at ****");
        assertThat(redact("cut at " + SK.substring(0, 8))).isEqualTo("cut at ****");
        assertThat(redact("cut at " + SK.substring(0, 7))).isEqualTo("cut at " + SK.substring(0, 7));
    }

    private static String redact(String text) {
        return Texts.redact(text, SECRETS);
    }

    @Test
    void theSecretsOfARequestAddUpAndBlankOnesAreIgnored() {
        List<String> request = Arrays.asList(SK, "a-token-of-the-request", null, " ");
        assertThat(Texts.redact(SK + " a-token-of-the-request", request)).isEqualTo("**** ****");
        assertThat(Texts.redact("nothing to hide", Arrays.asList(null, "", " ")))
                .isEqualTo("nothing to hide");
        assertThat(Texts.redact(null, request)).isNull();
    }

    @Test
    void onlyARawSecretMakesAPlainIdUnsafe() {
        String secret = "PlainSecret0123";
        HttpReply reply = new HttpReply(
                Service.IAM,
                new Request.Builder().url("http://localhost/").build(),
                200,
                Headers.of(),
                "",
                Arrays.asList(secret, null));
        assertThat(reply.safeId("id-" + secret)).isNull();
        assertThat(reply.safeId("id-" + secret.substring(0, 12))).isEqualTo("id-" + secret.substring(0, 12));
    }

    /** An IAM token: a few kilobytes that look random. */
    private static String token() {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder t = new StringBuilder("MII");
        while (t.length() < 4096) {
            t.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return t.toString();
    }

    static Stream<String> hostileBodies() {
        int cap = HttpCaller.BODY_CAP;
        String token = token();
        return Stream.of(
                "<".repeat(cap),
                "&".repeat(cap),
                "\\".repeat(cap),
                "M".repeat(cap),
                SK.substring(0, 1).repeat(cap),
                SK.substring(0, SK.length() - 1).repeat(cap / SK.length()),
                token.substring(0, token.length() - 1).repeat(cap / token.length()),
                token.substring(0, 100).repeat(cap / 100),
                SIGNATURE.substring(0, 63).repeat(cap / 63));
    }

    @ParameterizedTest
    @MethodSource("hostileBodies")
    void aHostileBodyIsRedactedInLinearTime(String body) {
        List<String> secrets = List.of(SK, token(), SIGNATURE);
        // a hang guard, not a speed target
        String redacted = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Texts.redact(body, secrets));
        assertThat(redacted.length()).isLessThanOrEqualTo(body.length());
    }

    /**
     * A record prints every component in its {@code toString()}: one with a text component named for a secret, a token
     * or a signature, or with a request or headers (which carry {@code X-Auth-Token} and IAM's
     * {@code X-Subject-Token}), writes its own in its body. Read from the sources.
     */
    @Test
    void recordsHoldingSecretsOrHeadersWriteTheirOwnToString() throws IOException {
        Pattern record = Pattern.compile("record (\\w+)\\(([^)]*)\\)[^{]*\\{");
        Pattern secret = Pattern.compile(
                "(?:String|List<String>|char\\[]|byte\\[])\\s+\\w*(?i:secret|token|signature)\\w*|\\b(?:Request|Headers)\\s+\\w+");
        List<String> unsafe = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = record.matcher(text);
                while (m.find()) {
                    if (secret.matcher(m.group(2)).find()
                            && !body(text, m.end()).contains("public String toString()")) {
                        unsafe.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unsafe).isEmpty();
    }

    /** The record's own members from {@code start}, just inside its opening brace: nested bodies left out. */
    private static String body(String text, int start) {
        StringBuilder own = new StringBuilder();
        int depth = 1;
        for (int i = start; depth > 0 && i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 1) {
                own.append(c);
            }
        }
        return own.toString();
    }
}
