package io.jenkins.plugins.codeartsbuild.client.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The two IAM calls: the AK/SK token exchange ({@code POST /v3/auth/tokens}, {@code hw_ak_sk} identity,
 * project scope) and, for signed requests, the project id of a region ({@code GET /v3/projects?name=}). Never
 * retried on an authentication failure: five failed logins lock the key for five minutes.
 */
public final class IamClient {

    /** A token is not handed out in its last five minutes. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** Assumed when IAM does not say (its tokens live 24 hours). */
    static final Duration FALLBACK_LIFETIME = Duration.ofHours(1);

    private static final Duration MAX_LIFETIME = Duration.ofHours(24);

    private final HttpCaller http;
    private final HttpUrl base;
    private final Clock clock;

    public IamClient(HttpCaller http, HttpUrl base, Clock clock) {
        this.http = http;
        this.base = base;
        this.clock = clock;
    }

    String host() {
        return base.host();
    }

    /** A token scoped to the project {@code projectId}, or to the project named {@code region} when it is null. */
    public IamToken exchangeToken(AccessKey key, String region, String projectId)
            throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v3/auth/tokens")
                .addQueryParameter("nocatalog", "true")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(tokenRequestBody(key, region, projectId), Json.MEDIA_TYPE))
                .build();
        Instant sentAt = clock.instant();
        HttpReply reply = http.execute(request, Service.IAM);
        if (!reply.isSuccessful()) {
            throw reply.error();
        }
        String token = reply.header("X-Subject-Token");
        if (Texts.isBlank(token)) {
            throw reply.error(Failure.NO_TOKEN);
        }
        token = token.strip();
        if (!isSendable(token)) {
            throw reply.error(Failure.INVALID_TOKEN);
        }
        JsonNode t = Json.readTreeOrNull(reply.body());
        t = t == null ? null : t.get("token");
        Instant expires = instant(Json.text(t, "expires_at"));
        Instant issued = instant(Json.text(t, "issued_at"));
        JsonNode project = t == null ? null : t.get("project");
        String scopedTo = Json.text(project, "id");
        return new IamToken(
                token,
                expires,
                refreshAt(sentAt, issued, expires),
                ClientConfig.isProjectId(scopedTo) ? scopedTo : null,
                name(reply, Json.text(project, "name")));
    }

    /** The IAM project id of the project named {@code region}, by a signed request; checked like a configured one. */
    public String findProjectId(AccessKey key, String region) throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v3/projects")
                .addQueryParameter("name", region)
                .build();
        HttpReply reply = signedGet(url, key);
        JsonNode root = Json.readTreeOrNull(reply.body());
        JsonNode projects = root == null ? null : root.get("projects");
        if (projects == null || !projects.isArray()) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        for (JsonNode p : projects) {
            String id = Json.text(p, "id");
            if (region.equals(Json.text(p, "name")) && !Texts.isBlank(id)) {
                if (!ClientConfig.isProjectId(id)) {
                    throw reply.error(Failure.INVALID_PROJECT_ID);
                }
                return id;
            }
        }
        throw reply.error(Failure.PROJECT_NOT_FOUND);
    }

    /** An IAM project as IAM describes it: id and name. */
    public record Project(String id, String name) {}

    /**
     * The project {@code projectId}, by a signed request ({@code GET /v3/projects/{id}}): proves that the key works
     * and that the project a signed delete will name exists.
     */
    public Project showProject(AccessKey key, String projectId) throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v3/projects")
                .addPathSegment(projectId)
                .build();
        HttpReply reply = signedGet(url, key);
        JsonNode root = Json.readTreeOrNull(reply.body());
        JsonNode project = root == null ? null : root.get("project");
        if (!projectId.equalsIgnoreCase(String.valueOf(Json.text(project, "id")))) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        return new Project(projectId, name(reply, Json.text(project, "name")));
    }

    private HttpReply signedGet(HttpUrl url, AccessKey key) throws CodeArtsException, InterruptedException {
        Request request =
                RequestSigner.sign(new Request.Builder().url(url).get().build(), key, clock.instant(), null);
        HttpReply reply = http.execute(request, Service.IAM);
        if (reply.status() != 200) {
            throw reply.error();
        }
        return reply;
    }

    /** A project name from IAM, for display: one line, short. */
    private static String name(HttpReply reply, String name) {
        return reply.quoted(name, 64);
    }

    /** Whether a token can go into an HTTP header as it is: visible ASCII only, nothing else. */
    static boolean isSendable(String token) {
        return Texts.isVisibleAscii(token);
    }

    static byte[] tokenRequestBody(AccessKey key, String region, String projectId) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("hw_ak_sk");
        ObjectNode akSk = identity.putObject("hw_ak_sk");
        akSk.putObject("access").put("key", key.getAccessKeyId());
        akSk.putObject("secret").put("key", key.secretKey());
        ObjectNode project = auth.putObject("scope").putObject("project");
        if (projectId != null) {
            project.put("id", projectId);
        } else {
            project.put("name", region);
        }
        try {
            return Json.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the token request", e);
        }
    }

    /** Local instant after which the token is no longer handed out. */
    static Instant refreshAt(Instant localSentAt, Instant issued, Instant expires) {
        Duration lifetime;
        if (issued != null && expires != null && issued.isBefore(expires)) {
            lifetime = Duration.between(issued, expires);
        } else if (expires != null) {
            lifetime = Duration.between(localSentAt, expires);
        } else {
            lifetime = FALLBACK_LIFETIME;
        }
        if (lifetime.compareTo(MAX_LIFETIME) > 0) {
            lifetime = MAX_LIFETIME;
        }
        Duration usable = lifetime.minus(REFRESH_MARGIN);
        return usable.isNegative() ? localSentAt : localSentAt.plus(usable);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
