package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import okhttp3.Request;

/**
 * Adds credentials to a request: a cached IAM token, or a signature (the two kinds are in the auth package, which
 * implements this for the attempt loop). One instance per client.
 */
public interface RequestAuthenticator {

    /**
     * Builds the request as it goes out, with its credentials (a token header, or a signature of the request as
     * built); may call IAM first. Called for every attempt.
     */
    Request authenticate(Request.Builder request) throws CodeArtsException, InterruptedException;

    /**
     * Called for a 401 to {@code sent}: drops the credential it carried when the rejection says it expired, and
     * returns whether a fresh one may succeed (the caller then tries once more, never more).
     */
    default boolean discardRejected(Request sent, CodeArtsApiException rejection) {
        return false;
    }
}
