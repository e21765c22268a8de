package io.jenkins.plugins.codeartsbuild.client.auth;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The two IAM calls: the AK/SK token exchange ({@code POST /v3/auth/tokens}, {@code hw_ak_sk} identity,
 * project scope) and, for signed requests, the project id of a region ({@code GET /v3/projects?name=}). Never
 * retried on an authentication failure: five failed logins lock the key for five minutes.
 */
public record IamClient(HttpCaller http, HttpUrl base, Clock clock) {

    /** A token is not handed out in its last five minutes. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** Assumed when IAM does not say (its tokens live 24 hours). */
    static final Duration FALLBACK_LIFETIME = Duration.ofHours(1);

    private static final Duration MAX_LIFETIME = Duration.ofHours(24);

    /**
     * A project-scoped IAM token. {@code refreshAt} is on the local clock: the token's lifetime as IAM states it
     * ({@code expires_at - issued_at}, so a skewed local clock does not matter) minus a safety margin.
     */
    public record Token(String value, Instant expiresAt, Instant refreshAt, String projectId, String projectName) {
        @Override
        public String toString() {
            return "IamToken[value=****, expiresAt=" + expiresAt + ", project=" + projectName + "]";
        }
    }

    /** A token scoped to the project {@code projectId}, or to the project named {@code region} when it is null. */
    public Token exchangeToken(AccessKey key, String region, String projectId)
            throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v3/auth/tokens")
                .addQueryParameter("nocatalog", "true")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(tokenRequestBody(key, region, projectId), HttpCaller.JSON))
                .build();
        Instant sentAt = clock.instant();
        HttpReply reply = http.execute(request, Service.IAM, HttpCaller.BODY_CAP);
        if (!reply.isSuccessful()) {
            throw reply.error();
        }
        String token = reply.headers().get("X-Subject-Token");
        if (Texts.isBlank(token)) {
            throw reply.error(Failure.NO_TOKEN);
        }
        token = token.strip();
        if (!Texts.isVisibleAscii(token)) { // it goes into an HTTP header as it is
            throw reply.error(Failure.INVALID_TOKEN);
        }
        JsonNode t = reply.json().path("token");
        Instant expires = instant(HttpReply.text(t, "expires_at"));
        Instant issued = instant(HttpReply.text(t, "issued_at"));
        JsonNode project = t.path("project");
        String scopedTo = HttpReply.text(project, "id");
        return new Token(
                token,
                expires,
                refreshAt(sentAt, issued, expires),
                ClientConfig.isProjectId(scopedTo) ? scopedTo : null,
                // the token just received is no secret the reply knows: an IAM that echoes it must not show it
                reply.quoted(Texts.redact(HttpReply.text(project, "name"), List.of(token)), 64));
    }

    /** The IAM project id of the project named {@code region}, by a signed request; checked like a configured one. */
    public String findProjectId(AccessKey key, String region) throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v3/projects")
                .addQueryParameter("name", region)
                .build();
        HttpReply reply = signedGet(url, key);
        JsonNode projects = reply.json().path("projects");
        if (!projects.isArray()) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        for (JsonNode p : projects) {
            String id = HttpReply.text(p, "id");
            if (region.equals(HttpReply.text(p, "name")) && !Texts.isBlank(id)) {
                if (!ClientConfig.isProjectId(id)) {
                    throw reply.error(Failure.INVALID_PROJECT_ID);
                }
                return id;
            }
        }
        throw reply.error(Failure.PROJECT_NOT_FOUND);
    }

    /** The project's name, by a signed {@code GET /v3/projects/{id}}: the key works and the project exists. */
    public String showProject(AccessKey key, String projectId) throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("v3/projects")
                .addPathSegment(projectId)
                .build();
        HttpReply reply = signedGet(url, key);
        JsonNode project = reply.json().path("project");
        if (!projectId.equalsIgnoreCase(String.valueOf(HttpReply.text(project, "id")))) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        return reply.quoted(HttpReply.text(project, "name"), 64); // for display: one line
    }

    private HttpReply signedGet(HttpUrl url, AccessKey key) throws CodeArtsException, InterruptedException {
        Request request = RequestSigner.sign(new Request.Builder().url(url).build(), key, clock.instant(), null);
        HttpReply reply = http.execute(request, Service.IAM, HttpCaller.BODY_CAP);
        if (reply.status() != 200) {
            throw reply.error();
        }
        return reply;
    }

    static byte[] tokenRequestBody(AccessKey key, String region, String projectId) {
        ObjectNode root = HttpReply.MAPPER.createObjectNode();
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
        return root.toString().getBytes(StandardCharsets.UTF_8); // Jackson's toString() is the JSON text
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
        Duration usable = (lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime).minus(REFRESH_MARGIN);
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
