package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The two base URLs a client talks to: IAM (tokens, projects) and CodeArts Build. Derived from the region, or
 * overridden for new regions, private deployments and tests. An override must be https, except to a loopback host.
 */
public final class Endpoints {

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

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final int MAX_SHOWN = 80;

    private final HttpUrl iam;
    private final HttpUrl codeArtsBuild;

    private Endpoints(HttpUrl iam, HttpUrl codeArtsBuild) {
        this.iam = iam;
        this.codeArtsBuild = codeArtsBuild;
    }

    /**
     * The endpoints for a region. Blank overrides are ignored. A region missing from {@link #KNOWN_REGIONS} needs
     * both overrides.
     */
    public static Endpoints resolve(String region, String iamOverride, String codeArtsBuildOverride)
            throws CodeArtsValidationException {
        String r = checkRegion(region);
        HttpUrl iam = Texts.isBlank(iamOverride) ? null : checkOverride(Service.IAM, iamOverride);
        HttpUrl build = Texts.isBlank(codeArtsBuildOverride)
                ? null
                : checkOverride(Service.CODEARTS_BUILD, codeArtsBuildOverride);
        if ((iam == null || build == null) && !KNOWN_REGIONS.contains(r)) {
            throw new CodeArtsValidationException(
                    Problem.REGION_UNKNOWN, Texts.escapeAndShorten(r, MAX_SHOWN), String.join(", ", KNOWN_REGIONS));
        }
        return new Endpoints(
                iam != null ? iam : HttpUrl.get("https://iam." + r + ".myhuaweicloud.com/"),
                build != null ? build : HttpUrl.get("https://cloudbuild-ext." + r + ".myhuaweicloud.com/"));
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
     * Checks an endpoint override: an absolute http(s) URL without user info, query or fragment, and https unless
     * the host is a loopback address (a token or a signature must never cross the network in clear).
     */
    public static HttpUrl checkOverride(Service service, String url) throws CodeArtsValidationException {
        String shown = Texts.escapeAndShorten(url, MAX_SHOWN);
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null
                || !parsed.username().isEmpty()
                || !parsed.password().isEmpty()
                || parsed.query() != null
                || parsed.fragment() != null) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_INVALID, service.getDisplayName(), shown);
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_INSECURE, service.getDisplayName(), shown);
        }
        return parsed;
    }

    /** Loopback by its literal name or address only: no DNS look-up. */
    static boolean isLoopback(String host) {
        return host.equals("localhost")
                || host.equals("::1")
                || IPV4_LOOPBACK.matcher(host).matches();
    }

    public HttpUrl getIam() {
        return iam;
    }

    public HttpUrl getCodeArtsBuild() {
        return codeArtsBuild;
    }

    @Override
    public String toString() {
        return "Endpoints[iam=" + iam + ", codeArtsBuild=" + codeArtsBuild + "]";
    }
}
