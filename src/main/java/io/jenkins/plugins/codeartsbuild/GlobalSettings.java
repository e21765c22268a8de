package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.http.RetryPolicy;
import java.time.Duration;

/**
 * Every setting of {@link CodeArtsBuildGlobalConfiguration} at one moment, as one value: what is put back when
 * binding a form fails half-way, and what the client settings of a build or a connection test are made from. Also
 * the defaults and ranges of its numbers.
 */
record GlobalSettings(
        String region,
        String credentialsId,
        AuthMode authMode,
        String iamEndpoint,
        String codeArtsBuildEndpoint,
        String projectId,
        int connectTimeoutSeconds,
        int readTimeoutSeconds,
        int callTimeoutSeconds,
        int maxAttempts) {

    static final int DEFAULT_CONNECT_TIMEOUT = 10;
    static final int DEFAULT_READ_TIMEOUT = 30;
    static final int DEFAULT_CALL_TIMEOUT = 60;
    static final int MAX_TIMEOUT = 600;

    static GlobalSettings of(CodeArtsBuildGlobalConfiguration c) {
        return new GlobalSettings(
                c.getRegion(),
                c.getCredentialsId(),
                c.getAuthMode(),
                c.getIamEndpoint(),
                c.getCodeArtsBuildEndpoint(),
                c.getProjectId(),
                c.getConnectTimeoutSeconds(),
                c.getReadTimeoutSeconds(),
                c.getCallTimeoutSeconds(),
                c.getMaxAttempts());
    }

    /** A timeout as stored: 1 to {@value #MAX_TIMEOUT} seconds; anything below 1 is {@code fallback}. */
    static int timeoutSeconds(int seconds, int fallback) {
        return within(seconds, fallback, MAX_TIMEOUT);
    }

    /** Attempts as stored: 1 to {@link RetryPolicy#MAX_ATTEMPTS_LIMIT}; anything below 1 is the default. */
    static int maxAttempts(int attempts) {
        return within(attempts, RetryPolicy.DEFAULT.getMaxAttempts(), RetryPolicy.MAX_ATTEMPTS_LIMIT);
    }

    private static int within(int value, int fallback, int max) {
        return value < 1 ? fallback : Math.min(value, max);
    }

    /**
     * The client settings of a build.
     *
     * @param regionOverride the step's region, or {@code null} for the default one
     */
    @NonNull
    ClientConfig toClientConfig(@CheckForNull String regionOverride) throws CodeArtsValidationException {
        String r = Util.fixEmptyAndTrim(regionOverride);
        return clientConfig(r != null ? r : region, authMode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }

    /**
     * Client settings from the given, possibly unsaved, values with these timeouts and attempts; the read timeout is
     * also the write timeout.
     */
    @NonNull
    ClientConfig clientConfig(
            @CheckForNull String region,
            @CheckForNull AuthMode mode,
            @CheckForNull String iam,
            @CheckForNull String build,
            @CheckForNull String project)
            throws CodeArtsValidationException {
        return ClientConfig.builder(region)
                .authMode(mode == null ? AuthMode.TOKEN : mode)
                .iamEndpoint(iam)
                .codeArtsBuildEndpoint(build)
                .projectId(project)
                .timeouts(new ClientConfig.Timeouts(
                        Duration.ofSeconds(connectTimeoutSeconds),
                        Duration.ofSeconds(readTimeoutSeconds),
                        Duration.ofSeconds(readTimeoutSeconds),
                        Duration.ofSeconds(callTimeoutSeconds)))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts))
                .build();
    }
}
