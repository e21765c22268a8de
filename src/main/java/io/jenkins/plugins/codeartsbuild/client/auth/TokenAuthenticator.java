package io.jenkins.plugins.codeartsbuild.client.auth;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.RequestAuthenticator;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Sends an IAM token as {@code X-Auth-Token}. Tokens live in one cache shared by all clients and threads, keyed by
 * IAM endpoint, the key's {@linkplain AccessKey#fingerprint() fingerprint} (so a second credential with the same AK
 * and a wrong SK cannot reuse the first one's token, and the cache never holds the SK) and project scope; one
 * exchange per key at a time ({@link SharedCaches}).
 */
public final class TokenAuthenticator implements RequestAuthenticator {

    /**
     * No expiry of Caffeine's: a token is handed out until its {@link IamToken#refreshAt()}, on the client's clock,
     * which the lifetime IAM states was measured on.
     */
    static final AsyncCache<Key, IamToken> TOKENS =
            Caffeine.newBuilder().maximumSize(SharedCaches.MAX_ENTRIES).buildAsync();

    /**
     * What a token is cached by: IAM endpoint, the key's fingerprint (AK and SK: another SK with the same AK never
     * gets this token) and the project scope.
     */
    record Key(HttpUrl iam, AccessKey.Fingerprint keyFingerprint, String region, String projectId) {}

    private final IamClient iam;
    private final AccessKey key;
    private final String region;
    private final String projectId;
    private final Clock clock;
    private final ClientListener listener;
    private final Key cacheKey;

    /**
     * The token this client was handed last, until it is stale or rejected: its next attempts never depend on the
     * shared cache still holding it (in a full cache, Caffeine may evict a new entry to keep a more frequent one).
     */
    private final AtomicReference<IamToken> current = new AtomicReference<>();

    public TokenAuthenticator(ClientConfig config, AccessKey key, IamClient iam, Clock clock, ClientListener listener) {
        this.iam = iam;
        this.key = key;
        this.region = config.getRegion();
        this.projectId = config.getProjectId();
        this.clock = clock;
        this.listener = listener;
        this.cacheKey = new Key(config.getIam(), key.fingerprint(), projectId != null ? null : region, projectId);
    }

    @Override
    public Request authenticate(Request.Builder request) throws CodeArtsException, InterruptedException {
        IamToken token = current.get();
        if (token == null || !isUsable(token)) {
            token = SharedCaches.get(TOKENS, cacheKey, this::exchange, this::isUsable);
            current.set(token);
        }
        return request.header("X-Auth-Token", token.value()).build();
    }

    private boolean isUsable(IamToken token) {
        return clock.instant().isBefore(token.refreshAt());
    }

    private IamToken exchange() throws CodeArtsException, InterruptedException {
        listener.onTokenExchange(iam.host());
        return iam.exchangeToken(key, region, projectId);
    }

    @Override
    public boolean discardRejected(Request sent, CodeArtsApiException rejection) {
        if (!rejection.isTokenRejection()) {
            return false;
        }
        String used = sent.header("X-Auth-Token");
        if (used != null) {
            current.getAndUpdate(mine -> mine != null && mine.value().equals(used) ? null : mine);
            SharedCaches.removeIf(TOKENS, cacheKey, cached -> cached.value().equals(used));
        }
        return true;
    }
}
