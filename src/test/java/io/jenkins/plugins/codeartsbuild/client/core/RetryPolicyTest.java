package io.jenkins.plugins.codeartsbuild.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
    private final RetryPolicy policy = Fixtures.policy(3);

    static CodeArtsApiException api(int status, String code, String... headers) {
        String body = code == null ? "" : "{\"error_code\":\"" + code + "\",\"error_msg\":\"m\"}";
        return Fixtures.reply(Service.CODEARTS_BUILD, "POST", "/v3/jobs/x/delete", status, Headers.of(headers), body)
                .error();
    }

    static CodeArtsTransportException transport(IOException e) {
        return CodeArtsTransportException.of(
                e, Service.CODEARTS_BUILD, ClientConfig.Timeouts.DEFAULT, "POST", "/p", List.of());
    }

    @ParameterizedTest(name = "HTTP {0} {1}: retry={2}, may have deleted={3}")
    @CsvSource({
        "429,, true, false",
        "502,, true, true",
        "503,, true, false",
        "504,, true, true",
        "500, CB.00060100, true, true",
        "500, CB.00060211, true, false",
        "500, CB.00060101, false, true",
        "500,, false, true",
        "400, CB.00060200, false, false",
        "401, APIGW.0301, false, false",
        "403, CB.00060003, false, false",
        "404, CB.00060201, false, false",
        "301,, false, false",
        "407,, false, false",
        "202,, false, false",
    })
    void statusClassification(int status, String code, boolean retry, boolean mayHaveDeleted) {
        CodeArtsApiException e = api(status, code);
        assertThat(policy.isRetryable(e)).isEqualTo(retry);
        assertThat(policy.mayHaveTakenEffect(e)).isEqualTo(mayHaveDeleted);
    }

    @Test
    void transportClassification() {
        assertThat(policy.isRetryable(transport(new ConnectException("refused"))))
                .isTrue();
        assertThat(policy.mayHaveTakenEffect(transport(new ConnectException("refused"))))
                .isFalse();
        assertThat(policy.isRetryable(transport(new SocketTimeoutException("Connect timed out"))))
                .isTrue();
        assertThat(policy.isRetryable(transport(new IOException("unexpected end of stream"))))
                .isTrue();
        assertThat(policy.mayHaveTakenEffect(transport(new IOException("unexpected end of stream"))))
                .isTrue();
        assertThat(policy.isRetryable(transport(new SocketTimeoutException("timeout"))))
                .isFalse();
        assertThat(policy.isRetryable(transport(new java.io.InterruptedIOException("timeout"))))
                .isFalse();
        assertThat(policy.isRetryable(transport(new SSLHandshakeException("PKIX path building failed"))))
                .isFalse();
        assertThat(policy.isRetryable(transport(new UnknownHostException("nope.example.com"))))
                .isFalse();
    }

    @Test
    void transportKindNamesTheTimeoutThatFired() {
        CodeArtsTransportException e = transport(new SocketTimeoutException("Connect timed out"));
        assertThat(e.getKind()).isEqualTo(CodeArtsTransportException.Kind.CONNECT_TIMEOUT);
        assertThat(e.getTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void fullJitterBackoffDoublesUpToTheMaximum() {
        RetryPolicy top = Fixtures.policy(10).withJitter(() -> 0.999999);
        CodeArtsApiException e = api(503, null);
        assertThat(top.delayAfter(1, e, CLOCK)).isEqualTo(Duration.ofMillis(999));
        assertThat(top.delayAfter(2, e, CLOCK)).isEqualTo(Duration.ofMillis(1999));
        assertThat(top.delayAfter(4, e, CLOCK)).isEqualTo(Duration.ofMillis(7999));
        assertThat(top.delayAfter(9, e, CLOCK)).isEqualTo(Duration.ofMillis(9999));
        assertThat(Fixtures.policy(3).withJitter(() -> 0.0).delayAfter(3, e, CLOCK))
                .isZero();
    }

    @Test
    void realJitterStaysWithinTheCeiling() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        for (int i = 0; i < 1000; i++) {
            assertThat(p.delayAfter(2, api(502, null), CLOCK)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void retryAfterInSecondsOrAsHttpDateIsHonouredUpToTheCap() {
        assertThat(policy.delayAfter(1, api(429, null, "Retry-After", "2"), CLOCK))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(1, api(429, null, "Retry-After", "Sat, 28 Nov 2026 08:00:07 GMT"), CLOCK))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayAfter(1, api(503, null, "Retry-After", "Sat, 28 Nov 2026 07:00:00 GMT"), CLOCK))
                .isZero();
        // a throttling answer's past date (or 0) is no advice: its attempts use up none, so it backs off instead
        assertThat(policy.delayAfter(1, api(429, null, "Retry-After", "Sat, 28 Nov 2026 07:00:00 GMT"), CLOCK))
                .isPositive();
        assertThat(policy.delayAfter(1, api(429, null, "Retry-After", "86400"), CLOCK))
                .isEqualTo(RetryPolicy.RETRY_AFTER_CAP);
        assertThat(policy.delayAfter(1, api(429, null, "Retry-After", "soon"), CLOCK))
                .isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(1, api(429, null), CLOCK)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void attemptsAreBounded() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxAttempts(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.DEFAULT.getMaxAttempts()).isEqualTo(3);
    }
}
