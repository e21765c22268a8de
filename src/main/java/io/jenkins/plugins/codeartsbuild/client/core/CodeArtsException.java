package io.jenkins.plugins.codeartsbuild.client.core;

/**
 * Base of the client's failures. Three kinds: {@link CodeArtsValidationException} (bad input, or jobs selected that
 * cannot be acted on as asked: nothing was done), {@link CodeArtsApiException} (a server answered, but not with success) and {@link CodeArtsTransportException}
 * (no usable answer). Messages never contain a secret key or a token.
 */
public abstract sealed class CodeArtsException extends Exception
        permits CodeArtsValidationException, CodeArtsApiException, CodeArtsTransportException {

    private static final long serialVersionUID = 1L;

    /** Which Huawei Cloud service a request went to: what a failure names, and what some rules depend on. */
    public enum Service {
        /** Identity and Access Management: token exchange, project look-up. */
        IAM,
        CODEARTS_BUILD;

        public String getDisplayName() {
            return this == IAM ? "IAM" : "CodeArts Build";
        }
    }

    private final Service service;
    private final String method;
    private final String path;
    private int attempts;

    /** A failure of the request {@code method path} to {@code service}; all three {@code null}: of no request. */
    CodeArtsException(String message, Throwable cause, Service service, String method, String path) {
        super(message, cause);
        this.service = service;
        this.method = method;
        this.path = path;
    }

    /** The service the failed request went to; {@code null} for a failure about no request. */
    public Service getService() {
        return service;
    }

    public String getMethod() {
        return method;
    }

    /** The request's encoded path, without query. */
    public String getPath() {
        return path;
    }

    /** Records how many requests the failed call sent, this one included; the first record stands. */
    @SuppressWarnings("unchecked")
    public <E extends CodeArtsException> E withAttempts(int sent) {
        if (attempts == 0) {
            attempts = sent;
        }
        return (E) this;
    }

    /** How many requests the failed call sent (0 when it failed before sending any, such as bad input). */
    public int getAttempts() {
        return attempts;
    }
}
