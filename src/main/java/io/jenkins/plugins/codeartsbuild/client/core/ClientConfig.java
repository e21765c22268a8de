package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * Everything a client needs besides the key: region, the two endpoints (IAM for tokens and projects, CodeArts Build;
 * from the region unless overridden for new regions, private deployments and tests), authentication mode, project
 * scope, timeouts and retry policy. Immutable; made with {@link #builder(String)}, which checks them.
 */
public final class ClientConfig {

    public enum AuthMode {
        /** Exchange the AK/SK at IAM for a project-scoped token ({@code hw_ak_sk}), cached, sent as X-Auth-Token. */
        TOKEN,
        /** Sign every request with SDK-HMAC-SHA256; no token. Huawei's documented method. */
        SIGNATURE
    }

    /** @param read also the write timeout: one bound on a stalled transfer, whichever way it goes */
    public record Timeouts(Duration connect, Duration read, Duration call) {
        public static final Timeouts DEFAULT =
                new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));

        public Timeouts {
            if (Stream.of(connect, read, call).anyMatch(d -> d == null || d.isNegative() || d.isZero())) {
                throw new IllegalArgumentException("timeouts must be positive: " + Arrays.asList(connect, read, call));
            }
        }
    }

    /** The regions where CodeArts Build is offered (official SDK, {@code CodeArtsBuildRegion}). */
    public static final List<String> KNOWN_REGIONS = List.of(
            "cn-north-4",
            "cn-north-1",
            "cn-east-2",
            "cn-south-1",
            "cn-east-3",
            "cn-south-2",
            "cn-southwest-2",
            "ap-southeast-3",
            "sa-brazil-1",
            "la-north-2",
            "la-south-2",
            "tr-west-1");

    private static final int MAX_SHOWN = 80;
    /** A region id, at most 64 characters of it ({@link #checkRegion}). */
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** {@code 127.d.d.d} with one to three digits per part. */
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");

    private final String region;
    private final HttpUrl iam;
    private final HttpUrl codeArtsBuild;
    private final AuthMode authMode;
    private final String projectId;
    private final Timeouts timeouts;
    private final RetryPolicy retryPolicy;

    /**
     * Checks region, endpoint overrides and project id; nothing is sent. A region missing from {@link #KNOWN_REGIONS}
     * needs both overrides. Resolved anew for each client, without a cache: OkHttp parses the two URLs in 3 to 5 us.
     */
    private ClientConfig(Builder b) throws CodeArtsValidationException {
        region = checkRegion(b.region);
        iam = endpoint(Service.IAM, b.iamEndpoint, "iam");
        codeArtsBuild = endpoint(Service.CODEARTS_BUILD, b.codeArtsBuildEndpoint, "cloudbuild-ext");
        if ((Texts.isBlank(b.iamEndpoint) || Texts.isBlank(b.codeArtsBuildEndpoint))
                && !KNOWN_REGIONS.contains(region)) {
            throw new CodeArtsValidationException(
                    Problem.REGION_UNKNOWN,
                    Texts.escapeAndShorten(region, MAX_SHOWN),
                    String.join(", ", KNOWN_REGIONS));
        }
        authMode = b.authMode;
        projectId = checkProjectId(b.projectId);
        timeouts = b.timeouts;
        retryPolicy = b.retryPolicy;
    }

    /** The override, else the region's own {@code https://<host>.<region>.myhuaweicloud.com/}. */
    private HttpUrl endpoint(Service service, String override, String host) throws CodeArtsValidationException {
        return Texts.isBlank(override)
                ? HttpUrl.get("https://" + host + "." + region + ".myhuaweicloud.com/")
                : checkOverride(service, override);
    }

    public static Builder builder(String region) {
        return new Builder(region);
    }

    /** The region, checked and without surrounding white space. */
    public String getRegion() {
        return region;
    }

    public HttpUrl getIam() {
        return iam;
    }

    public HttpUrl getCodeArtsBuild() {
        return codeArtsBuild;
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

        /** Checks region, endpoint overrides and project id ({@link ClientConfig}); nothing is sent. */
        public ClientConfig build() throws CodeArtsValidationException {
            return new ClientConfig(this);
        }
    }

    /** Checks the syntax of a region id (it becomes part of a host name and the IAM project scope). */
    public static String checkRegion(String region) throws CodeArtsValidationException {
        if (Texts.isBlank(region)) {
            throw new CodeArtsValidationException(Problem.REGION_REQUIRED);
        }
        String r = region.strip();
        if (r.length() > 64 || !REGION.matcher(r).matches()) {
            throw new CodeArtsValidationException(Problem.REGION_INVALID, Texts.escapeAndShorten(region, MAX_SHOWN));
        }
        return r;
    }

    /**
     * Checks an endpoint override: an absolute http(s) URL without user info, query or fragment, whose path prefix
     * has no empty segment (trailing slashes are normalised to one), and https unless the host is a loopback address
     * by its literal name or address, without a DNS look-up (a key, a token or a signature must never cross the
     * network in clear). A refused URL is shown without its user info, so a password typed into it is never repeated.
     */
    public static HttpUrl checkOverride(Service service, String url) throws CodeArtsValidationException {
        String name = service.getDisplayName();
        String shown = Texts.escapeAndShorten(Texts.withoutUserInfo(url), MAX_SHOWN);
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        boolean userInfo = parsed != null
                && (!parsed.username().isEmpty() || !parsed.password().isEmpty());
        if (userInfo || url != null && !Texts.withoutUserInfo(url).equals(url)) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_USERINFO, name, shown);
        }
        if (parsed == null || parsed.query() != null || parsed.fragment() != null) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_INVALID, name, shown);
        }
        String host = parsed.host();
        if (!parsed.isHttps()
                && !host.equals("localhost")
                && !host.equals("::1")
                && !IPV4_LOOPBACK.matcher(host).matches()) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_INSECURE, name, shown);
        }
        String path = parsed.encodedPath();
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        path = path.substring(0, end) + "/";
        if (path.contains("//")) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_PATH_INVALID, name, shown);
        }
        return parsed.newBuilder().encodedPath(path).build();
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
        return Texts.isAlphanumeric(id, 16, 64);
    }
}
