package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import java.time.Instant;

/**
 * What a successful credentials check learned.
 *
 * @param projectId the IAM project id the credentials are scoped to
 * @param projectName the IAM project name (the region), when IAM said it
 * @param tokenExpiresAt when the token expires (token mode), else {@code null}
 */
public record ConnectionCheck(AuthMode authMode, String projectId, String projectName, Instant tokenExpiresAt) {}
