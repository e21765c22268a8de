package io.jenkins.plugins.codeartsbuild.client.auth;

import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Signs every request (SDK-HMAC-SHA256) and sends the IAM project id as {@code X-Project-Id}, as the official SDK
 * does. The project id is the configured one, or found once per IAM endpoint, key and region and cached.
 */
final class SignatureAuthenticator implements RequestAuthenticator {

    static final SingleFlightCache<Key, String> PROJECT_IDS = new SingleFlightCache<>(256);

    /** What a project id is cached by: IAM endpoint, the key's fingerprint (AK and SK) and the region. */
    record Key(HttpUrl iam, AccessKey.Fingerprint keyFingerprint, String region) {}

    static final Duration PROJECT_ID_TTL = Duration.ofHours(1);

    private final IamClient iam;
    private final AccessKey key;
    private final String region;
    private final String projectId;
    private final Clock clock;
    private final Key cacheKey;

    SignatureAuthenticator(ClientConfig config, AccessKey key, IamClient iam, Clock clock) {
        this.iam = iam;
        this.key = key;
        this.region = config.getRegion();
        this.projectId = config.getProjectId();
        this.clock = clock;
        this.cacheKey = projectId != null ? null : new Key(config.getEndpoints().getIam(), key.fingerprint(), region);
    }

    @Override
    public Request authenticate(Request.Builder request) throws CodeArtsException, InterruptedException {
        String project = projectId != null
                ? projectId
                : PROJECT_IDS.get(
                        cacheKey,
                        clock,
                        () -> new SingleFlightCache.Loaded<>(
                                iam.findProjectId(key, region), clock.instant().plus(PROJECT_ID_TTL)));
        return RequestSigner.sign(request.build(), key, clock.instant(), project);
    }
}
