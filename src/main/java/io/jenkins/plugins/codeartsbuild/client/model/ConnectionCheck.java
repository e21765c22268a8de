package io.jenkins.plugins.codeartsbuild.client.model;

/**
 * What a successful credentials check learned.
 *
 * @param projectId the IAM project id the credentials are scoped to
 * @param projectName the IAM project name (the region), when IAM said it
 */
public record ConnectionCheck(String projectId, String projectName) {}
