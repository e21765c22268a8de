package io.jenkins.plugins.codeartsbuild.client;

/**
 * Base of the client's failures. Three kinds: {@link CodeArtsValidationException} (bad input, nothing was sent),
 * {@link CodeArtsApiException} (a server answered, but not with success) and {@link CodeArtsTransportException}
 * (no usable answer). Messages never contain a secret key or a token.
 */
public abstract class CodeArtsException extends Exception {

    private static final long serialVersionUID = 1L;

    CodeArtsException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What a person can do about it. */
    public ErrorHint getHint() {
        return ErrorHint.of(this);
    }
}
