package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a client needs besides the key: region, endpoints, authentication mode, project scope, timeouts and
 * retry policy. Immutable; made with {@link #builder(String)}, which checks the region and the endpoint overrides.
 */
public final class ClientConfig {

    /** Connect, read (and write) and whole-call timeouts. */
    public record Timeouts(Duration connect, Duration read, Duration write, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60));

        public Timeouts {
            for (Duration d : new Duration[] {connect, read, write, call}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("timeouts must be positive and finite: " + d);
                }
            }
        }
    }

    private final String region;
    private final Endpoints endpoints;
    private final AuthMode authMode;
    private final String projectId;
    private final Timeouts timeouts;
    private final RetryPolicy retryPolicy;

    private ClientConfig(Builder b, String region, Endpoints endpoints, String projectId) {
        this.region = region;
        this.endpoints = endpoints;
        this.authMode = b.authMode;
        this.projectId = projectId;
        this.timeouts = b.timeouts;
        this.retryPolicy = b.retryPolicy;
    }

    public static Builder builder(String region) {
        return new Builder(region);
    }

    public String getRegion() {
        return region;
    }

    public Endpoints getEndpoints() {
        return endpoints;
    }

    public AuthMode getAuthMode() {
        return authMode;
    }

    /** The explicit IAM project id, or {@code null} to scope by the project named after the region. */
    public String getProjectId() {
        return projectId;
    }

    public Timeouts getTimeouts() {
        return timeouts;
    }

    public RetryPolicy getRetryPolicy() {
        return retryPolicy;
    }

    /** Builder; blank strings mean "not set". */
    public static final class Builder {
        private final String region;
        private String iamEndpoint;
        private String codeArtsBuildEndpoint;
        private AuthMode authMode = AuthMode.TOKEN;
        private String projectId;
        private Timeouts timeouts = Timeouts.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

        private Builder(String region) {
            this.region = region;
        }

        public Builder iamEndpoint(String url) {
            this.iamEndpoint = url;
            return this;
        }

        public Builder codeArtsBuildEndpoint(String url) {
            this.codeArtsBuildEndpoint = url;
            return this;
        }

        public Builder authMode(AuthMode mode) {
            this.authMode = Objects.requireNonNull(mode);
            return this;
        }

        /** Scope tokens (and signed requests) to this IAM project id instead of the project named after the region. */
        public Builder projectId(String id) {
            this.projectId = id;
            return this;
        }

        public Builder timeouts(Timeouts t) {
            this.timeouts = Objects.requireNonNull(t);
            return this;
        }

        public Builder retryPolicy(RetryPolicy p) {
            this.retryPolicy = Objects.requireNonNull(p);
            return this;
        }

        /** Checks region, endpoint overrides and project id; nothing is sent. */
        public ClientConfig build() throws CodeArtsValidationException {
            Endpoints endpoints = Endpoints.resolve(region, iamEndpoint, codeArtsBuildEndpoint);
            return new ClientConfig(this, endpoints.getRegion(), endpoints, checkProjectId(projectId));
        }
    }

    /** Checks an IAM project id override; blank means none. */
    public static String checkProjectId(String id) throws CodeArtsValidationException {
        if (Texts.isBlank(id)) {
            return null;
        }
        String p = id.strip();
        if (!isProjectId(p)) {
            throw new CodeArtsValidationException(Problem.PROJECT_ID_INVALID, Texts.escapeAndShorten(id, 70));
        }
        return p;
    }

    /** An IAM project id: 16 to 64 ASCII letters or digits ({@code null} is not one). */
    public static boolean isProjectId(String id) {
        return CharacterRules.isAlphanumeric(id, 16, 64);
    }
}
