package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import java.util.ArrayList;
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

    private static final int MAX_SHOWN = 80;
    /** A region id, at most 64 characters of it ({@link #checkRegion}). */
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** {@code 127.d.d.d} with one to three digits per part. */
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");

    private final String region;
    private final HttpUrl iam;
    private final HttpUrl codeArtsBuild;
    private final HttpUrl jobs;

    private Endpoints(String region, HttpUrl iam, HttpUrl codeArtsBuild) {
        this.region = region;
        this.iam = iam;
        this.codeArtsBuild = codeArtsBuild;
        this.jobs = codeArtsBuild.newBuilder().addPathSegments("v3/jobs").build();
    }

    /**
     * The endpoints for a region. Blank overrides are ignored. A region missing from {@link #KNOWN_REGIONS} needs
     * both overrides. Resolved anew for each client, without a cache: OkHttp parses the two URLs in 3 to 5 us.
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
                r,
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
     * Checks an endpoint override: an absolute http(s) URL without user info, query or fragment, whose path prefix
     * has no empty segment (trailing slashes are normalised to one), and https unless the host is a loopback address
     * (a key, a token or a signature must never cross the network in clear). A refused URL is shown without its
     * user info, so a password typed into it is never repeated.
     */
    public static HttpUrl checkOverride(Service service, String url) throws CodeArtsValidationException {
        String shown = Texts.escapeAndShorten(Texts.withoutUserInfo(url), MAX_SHOWN);
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        boolean userInfo = url != null && !Texts.withoutUserInfo(url).equals(url)
                || parsed != null
                        && (!parsed.username().isEmpty() || !parsed.password().isEmpty());
        if (userInfo) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_USERINFO, service.getDisplayName(), shown);
        }
        if (parsed == null || parsed.query() != null || parsed.fragment() != null) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_INVALID, service.getDisplayName(), shown);
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_INSECURE, service.getDisplayName(), shown);
        }
        List<String> segments = new ArrayList<>(parsed.encodedPathSegments());
        while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        if (segments.contains("")) {
            throw new CodeArtsValidationException(Problem.ENDPOINT_PATH_INVALID, service.getDisplayName(), shown);
        }
        String path = segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/";
        return path.equals(parsed.encodedPath())
                ? parsed
                : parsed.newBuilder().encodedPath(path).build();
    }

    /** Loopback by its literal name or address only: no DNS look-up. */
    static boolean isLoopback(String host) {
        return host.equals("localhost")
                || host.equals("::1")
                || IPV4_LOOPBACK.matcher(host).matches();
    }

    /**
     * The URLs that receive the key or what is made from it: CodeArts Build (a token or a signature) and IAM (the
     * SK itself, or a signature). A credentials domain must cover both.
     */
    public List<HttpUrl> urlsReceivingTheKey() {
        return List.of(codeArtsBuild, iam);
    }

    /** The region, checked and without surrounding white space. */
    public String getRegion() {
        return region;
    }

    /** {@code <CodeArts Build>/v3/jobs}, the base of a job's URL. */
    public HttpUrl jobs() {
        return jobs;
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
