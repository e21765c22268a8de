package io.jenkins.plugins.codeartsbuild.client.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** No usable answer: the connection failed, timed out, was reset, or TLS failed. */
public final class CodeArtsTransportException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Connection refused or host unreachable: nothing was sent. */
        CONNECT(false),
        /** The host name does not resolve: nothing was sent. */
        UNKNOWN_HOST(false),
        /** The connect timeout fired: nothing was sent. */
        CONNECT_TIMEOUT(false),
        /** The read (or write) timeout fired after the request went out. */
        READ_TIMEOUT(true),
        /** The whole-call timeout fired. */
        CALL_TIMEOUT(true),
        /** TLS handshake failed: untrusted certificate or host name mismatch. Nothing was sent. */
        TLS(false),
        /** The proxy wants authentication (407 to {@code CONNECT}) or refused the tunnel. Never retried. */
        PROXY(false),
        /** The HTTP library refused the exchange (a malformed header, say). Never retried. */
        PROTOCOL(true),
        /** The connection was reset or closed before a complete answer. */
        IO(true);

        /** Whether the server may have received, and acted on, the request. */
        final boolean requestMayHaveArrived;

        Kind(boolean requestMayHaveArrived) {
            this.requestMayHaveArrived = requestMayHaveArrived;
        }
    }

    private final Kind kind;
    private final Duration timeout;
    private final String detail;

    private CodeArtsTransportException(
            Kind kind, Service service, Duration timeout, String method, String path, String detail, Exception cause) {
        super(describe(kind, service, timeout, method, path, detail), cause, service, method, path);
        this.kind = kind;
        this.timeout = timeout;
        this.detail = detail;
    }

    /**
     * @param secrets what the request carried: removed from the failure's text, and the cause is dropped when its
     *     message held one of them
     */
    public static CodeArtsTransportException of(
            Exception e,
            Service service,
            ClientConfig.Timeouts timeouts,
            String method,
            String path,
            List<String> secrets) {
        Kind kind = e instanceof IOException io ? classify(io) : Kind.PROTOCOL;
        Duration timeout =
                switch (kind) {
                    case CONNECT_TIMEOUT -> timeouts.connect();
                    case READ_TIMEOUT -> timeouts.read();
                    case CALL_TIMEOUT -> timeouts.call();
                    default -> null;
                };
        String raw = e.getMessage() == null ? "" : e.getMessage();
        String redacted = Texts.redact(raw, secrets);
        String text = Texts.oneLine(redacted, CodeArtsApiException.EXCERPT_LENGTH);
        String detail = e.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text);
        return new CodeArtsTransportException(
                kind, service, timeout, method, path, detail, redacted.equals(raw) ? e : null);
    }

    static Kind classify(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof UnknownHostException) {
            return Kind.UNKNOWN_HOST;
        }
        if (e instanceof SocketTimeoutException) {
            return message.contains("connect") ? Kind.CONNECT_TIMEOUT : Kind.READ_TIMEOUT;
        }
        if (e instanceof InterruptedIOException) {
            return Kind.CALL_TIMEOUT; // OkHttp's whole-call timeout
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return Kind.CONNECT;
        }
        if (e instanceof SSLException) {
            return Kind.TLS;
        }
        if (message.startsWith("failed to authenticate with proxy")
                || message.startsWith("unexpected response code for connect")) {
            return Kind.PROXY;
        }
        return Kind.IO;
    }

    /** The message, for a stack trace; the Jenkins layer words it through its {@code TransportFailure.<NAME>} keys. */
    private static String describe(
            Kind kind, Service service, Duration timeout, String method, String path, String detail) {
        return kind + ": " + service.getDisplayName() + " " + method + " " + path
                + (timeout == null ? "" : " (timeout " + timeout + ")") + ": " + detail;
    }

    public Kind getKind() {
        return kind;
    }

    /** The timeout that fired, for the timeout kinds; {@code null} otherwise. */
    public Duration getTimeout() {
        return timeout;
    }

    /** The cause's class and message on one line, without a secret: {@code ConnectException: Connection refused}. */
    public String getDetail() {
        return detail;
    }
}
