package io.jenkins.plugins.codeartsbuild.client.auth;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.RequestAuthenticator;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Signs every request (SDK-HMAC-SHA256) and sends the IAM project id as {@code X-Project-Id}, as the official SDK
 * does. The project id is the configured one, or found once per IAM endpoint, key and region and cached
 * ({@link SharedCaches}).
 */
public final class SignatureAuthenticator implements RequestAuthenticator {

    static final Duration PROJECT_ID_TTL = Duration.ofHours(1);

    static final AsyncCache<Key, String> PROJECT_IDS = Caffeine.newBuilder()
            .maximumSize(SharedCaches.MAX_ENTRIES)
            .expireAfterWrite(PROJECT_ID_TTL)
            .buildAsync();

    /** What a project id is cached by: IAM endpoint, the key's fingerprint (AK and SK) and the region. */
    record Key(HttpUrl iam, AccessKey.Fingerprint keyFingerprint, String region) {}

    private final IamClient iam;
    private final AccessKey key;
    private final String region;
    private final Clock clock;
    private final Key cacheKey;

    /**
     * The configured project id, or the one this client was handed: its next attempts never depend on the shared
     * cache still holding it (in a full cache, Caffeine may evict a new entry to keep a more frequent one).
     */
    private volatile String project;

    public SignatureAuthenticator(ClientConfig config, AccessKey key, IamClient iam, Clock clock) {
        this.iam = iam;
        this.key = key;
        this.region = config.getRegion();
        this.project = config.getProjectId();
        this.clock = clock;
        this.cacheKey = project != null ? null : new Key(config.getIam(), key.fingerprint(), region);
    }

    @Override
    public Request authenticate(Request.Builder request) throws CodeArtsException, InterruptedException {
        String p = project;
        if (p == null) {
            p = SharedCaches.get(PROJECT_IDS, cacheKey, () -> iam.findProjectId(key, region), found -> true);
            project = p;
        }
        return RequestSigner.sign(request.build(), key, clock.instant(), p);
    }
}
