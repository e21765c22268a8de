package io.jenkins.plugins.codeartsbuild.client.auth;

import java.time.Instant;

/**
 * A project-scoped IAM token. {@code refreshAt} is on the local clock: the token's lifetime as IAM states it
 * ({@code expires_at - issued_at}, so a skewed local clock does not matter) minus a safety margin.
 */
public record IamToken(String value, Instant expiresAt, Instant refreshAt, String projectId, String projectName) {

    @Override
    public String toString() {
        return "IamToken[value=****, expiresAt=" + expiresAt + ", project=" + projectName + "]";
    }
}
