package io.jenkins.plugins.codeartsbuild.client.auth;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.ApiCaller;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Adds the access key's credentials to each request, as the {@link AuthMode} says: an IAM token as
 * {@code X-Auth-Token}, or an SDK-HMAC-SHA256 signature ({@link RequestSigner}) with the IAM project id as
 * {@code X-Project-Id}, as the official SDK does. The project id is the configured one, or found at IAM.
 *
 * <p>Tokens and project ids live in caches shared by all clients and threads, keyed by IAM endpoint, the key's
 * {@linkplain AccessKey#fingerprint() fingerprint} (so a second credential with the same AK and a wrong SK cannot reuse
 * the first one's token, and the caches never hold the SK) and project scope. They are Caffeine async caches, one
 * future per key: Caffeine bounds them (W-TinyLFU, which evicts by frequency and recency, never by which entry expires
 * first), and drops a future that fails, so a failed load is not cached. Written here ({@link #get}), and why:
 *
 * <ul>
 *   <li>The value is loaded on the thread that asks first, not on Caffeine's executor: the exchange is then an
 *       ordinary call of the build that needs it, cancelled by its abort, and no thread of a shared pool blocks on IAM.
 *   <li>Waiting for another thread's load is an interruptible {@link CompletableFuture#get()}: a waiting build aborts
 *       at once. If the loading build is aborted, a waiter loads in its place: another build's abort never fails
 *       this one.
 *   <li>A failed load completes its future as cancelled, with the failure as the cause. Caffeine logs any other
 *       failed load as a warning with its stack trace ({@code LocalAsyncCache.handleCompletion}); a refused key or an
 *       aborted build is reported by the build, and would otherwise add a stack trace to the Jenkins log each time.
 * </ul>
 */
public final class KeyAuthenticator implements ApiCaller.Authenticator {

    /** Entries per cache: one per IAM endpoint, key and scope in use. */
    static final int MAX_ENTRIES = 256;

    static final Duration PROJECT_ID_TTL = Duration.ofHours(1);

    /** No expiry of Caffeine's: a token is handed out until its {@link IamClient.Token#refreshAt()}, on our clock. */
    static final AsyncCache<Key, IamClient.Token> TOKENS =
            Caffeine.newBuilder().maximumSize(MAX_ENTRIES).buildAsync();

    static final AsyncCache<Key, String> PROJECT_IDS = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(PROJECT_ID_TTL)
            .buildAsync();

    /** What a token or a project id is cached by: IAM endpoint, the key's fingerprint (AK and SK) and the scope. */
    record Key(HttpUrl iam, AccessKey.Fingerprint keyFingerprint, String region, String projectId) {}

    private final IamClient iam;
    private final AccessKey key;
    private final boolean signing;
    private final String region;
    private final String projectId;
    private final Clock clock;
    private final Key cacheKey;

    /*
     * The token this client was handed last (until it is stale or rejected) and the project id it signs with: its
     * next attempts never depend on the shared cache still holding them (in a full cache, Caffeine may evict a new
     * entry to keep a more frequent one).
     */
    private final AtomicReference<IamClient.Token> token = new AtomicReference<>();
    private volatile String project;

    public KeyAuthenticator(ClientConfig config, AccessKey key, IamClient iam, Clock clock) {
        this.iam = iam;
        this.key = key;
        this.signing = config.getAuthMode() == AuthMode.SIGNATURE;
        this.region = config.getRegion();
        this.projectId = config.getProjectId();
        this.project = projectId;
        this.clock = clock;
        this.cacheKey = new Key(config.getIam(), key.fingerprint(), projectId != null ? null : region, projectId);
    }

    @Override
    public Request authenticate(Request.Builder request) throws CodeArtsException, InterruptedException {
        if (signing) {
            String p = project;
            if (p == null) {
                p = get(PROJECT_IDS, cacheKey, () -> iam.findProjectId(key, region), found -> true);
                project = p;
            }
            return RequestSigner.sign(request.build(), key, clock.instant(), p);
        }
        IamClient.Token t = token.get();
        if (t == null || !isUsable(t)) {
            t = get(TOKENS, cacheKey, () -> iam.exchangeToken(key, region, projectId), this::isUsable);
            token.set(t);
        }
        return request.header("X-Auth-Token", t.value()).build();
    }

    private boolean isUsable(IamClient.Token t) {
        return clock.instant().isBefore(t.refreshAt());
    }

    /** Drops a token that a 401 says expired: this client's, and the shared one unless another thread put a new one. */
    @Override
    public boolean discardRejected(Request sent, CodeArtsApiException rejection) {
        if (signing || !rejection.isTokenRejection()) {
            return false;
        }
        String used = sent.header("X-Auth-Token"); // set by authenticate() on every request in token mode
        token.getAndUpdate(mine -> mine != null && mine.value().equals(used) ? null : mine);
        removeIf(TOKENS, cacheKey, cached -> cached.value().equals(used));
        return true;
    }

    /**
     * The cached value, or one loaded now: by this thread if no other is loading it, otherwise by the thread that is.
     * A value found already loaded is handed out only if {@code usable}; one that is loaded while this thread waits
     * always is.
     */
    static <K, V> V get(AsyncCache<K, V> cache, K key, Fanout.Task<V> loader, Predicate<V> usable)
            throws CodeArtsException, InterruptedException {
        while (true) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            CompletableFuture<V> found = cache.asMap().putIfAbsent(key, mine);
            if (found == null) {
                try {
                    V value = loader.call();
                    mine.complete(value);
                    return value;
                } catch (Throwable t) {
                    cache.asMap().remove(key, mine); // first: whoever asks after this loads again
                    CancellationException failed = new CancellationException("load failed");
                    failed.initCause(t);
                    mine.completeExceptionally(failed);
                    throw t;
                }
            }
            boolean loading = !found.isDone();
            V value;
            try {
                value = found.get();
            } catch (CancellationException failed) {
                if (failed.getCause() instanceof CodeArtsException e) {
                    throw e;
                }
                continue; // its thread was interrupted: load here
            } catch (ExecutionException e) {
                throw new IllegalStateException("a shared load failed otherwise than as cancelled", e);
            }
            if (loading || usable.test(value)) {
                return value;
            }
            cache.asMap().remove(key, found);
        }
    }

    /** Drops the value for {@code key} if it is loaded and {@code stale}: not one that another thread put since. */
    static <K, V> void removeIf(AsyncCache<K, V> cache, K key, Predicate<V> stale) {
        CompletableFuture<V> found = cache.asMap().get(key);
        if (found != null && found.isDone() && !found.isCompletedExceptionally() && stale.test(found.join())) {
            cache.asMap().remove(key, found);
        }
    }
}
