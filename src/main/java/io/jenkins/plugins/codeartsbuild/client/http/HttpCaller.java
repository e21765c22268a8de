package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.Secrets;
import java.io.IOException;
import java.net.Proxy;
import okhttp3.Authenticator;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Executes one request on the caller's thread and keeps its answer: body read ({@link AnswerBody}) up to
 * {@link #BODY_CAP} (list pages up to {@link #PAGE_CAP}), failures mapped to {@link CodeArtsTransportException}.
 * Interrupting the calling thread cancels the call at once (OkHttp's blocking socket reads ignore interrupts on their
 * own) and ends in {@link InterruptedException}.
 *
 * <p>The whole-call timeout is OkHttp's own ({@code callTimeout}): past it the call fails with the
 * {@link java.io.InterruptedIOException} that names it. It wakes Okio's watchdog thread once per call: 7 to 21 us per
 * delete on loopback (benchmark figure 1, paired in one JVM on 2 cores), which no user sees next to a WAN round trip.
 *
 * <p>Every request that leaves is one the client decided to send: OkHttp's own follow-ups (a 503 with
 * {@code Retry-After: 0}, a 408, a 421, challenges answered by an {@link Authenticator}, redirects) never happen,
 * because OkHttp never sees an answer other than 2xx: a network interceptor takes any other answer away from it
 * as {@link Answered}. Plain http (only allowed to a loopback address) never goes through a proxy. Nothing
 * unchecked escapes.
 */
public final class HttpCaller {

    /** Bodies (decoded) are read up to this many bytes; the rest is discarded unread. */
    public static final int BODY_CAP = 64 * 1024;

    /** A page of a job list (100 jobs can pass 64 KiB) is read up to this many decoded bytes. */
    public static final int PAGE_CAP = 1024 * 1024;

    /** Hands every answer but a 2xx to the caller as an exception, before OkHttp could act on it. */
    private static final Interceptor CAPTURE = chain -> {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            throw new Answered(response.code(), response.headers(), AnswerBody.read(response, BODY_CAP));
        }
    };

    /** The clients derived last; a Jenkins controller uses one base client and one set of timeouts. */
    private static volatile Derived last;

    private final Derived clients;
    private final ClientConfig.Timeouts timeouts;
    private final Secrets keySecrets;

    public HttpCaller(OkHttpClient base, ClientConfig.Timeouts timeouts) {
        this(base, timeouts, Secrets.NONE);
    }

    /**
     * Derives the client's own settings from the caller's {@link OkHttpClient} (its proxy, connection pool and
     * dispatcher are kept): the timeouts, no silent retry, redirect or authentication, so a 3xx is an error and
     * another host sees nothing.
     *
     * @param keySecrets what must never be quoted from an answer, besides what each request carries itself
     */
    public HttpCaller(OkHttpClient base, ClientConfig.Timeouts timeouts, Secrets keySecrets) {
        this.clients = Derived.of(base, timeouts);
        this.timeouts = timeouts;
        this.keySecrets = keySecrets;
    }

    /** The client used for https (the caller's proxy settings); for tests. */
    public OkHttpClient client() {
        return clients.proxied;
    }

    public HttpReply execute(Request request, Service service) throws CodeArtsTransportException, InterruptedException {
        return execute(request, service, BODY_CAP);
    }

    /** @param successCap how many decoded bytes of a 2xx body to read at most */
    public HttpReply execute(Request request, Service service, int successCap)
            throws CodeArtsTransportException, InterruptedException {
        String method = request.method();
        String path = request.url().encodedPath();
        OkHttpClient http = request.url().isHttps() ? clients.proxied : clients.direct;
        InterruptibleCall call = new InterruptibleCall(http.newCall(request));
        boolean completed = false;
        call.enter();
        try (Response response = call.call.execute()) {
            String body = AnswerBody.read(response, successCap);
            completed = true;
            return reply(request, service, response.code(), response.headers(), body);
        } catch (Answered a) {
            completed = true;
            return reply(request, service, a.code, a.headers, a.body);
        } catch (IOException | RuntimeException e) {
            call.exit(false);
            throw CodeArtsTransportException.of(e, service, timeouts, method, path, secretsOf(request, keySecrets));
        } finally {
            call.exit(completed);
        }
    }

    private HttpReply reply(Request request, Service service, int code, Headers headers, String body) {
        return new HttpReply(service, request, code, headers, body, keySecrets);
    }

    /** The key's secrets and what this request carries: its token, or its signature. */
    static Secrets secretsOf(Request request, Secrets keySecrets) {
        return keySecrets.with(request.header("X-Auth-Token"), signatureOf(request));
    }

    /** The signature a signed request carries ({@code Signature=} of its {@code Authorization}), or {@code null}. */
    private static String signatureOf(Request request) {
        String authorization = request.header("Authorization");
        int at = authorization == null ? -1 : authorization.lastIndexOf("Signature=");
        return at < 0 ? null : authorization.substring(at + 10);
    }

    /** An answer other than 2xx, taken away from OkHttp's follow-up logic. Carries no stack trace. */
    private static final class Answered extends IOException {
        private static final long serialVersionUID = 1L;

        final int code;
        final transient Headers headers;
        final String body;

        Answered(int code, Headers headers, String body) {
            super("HTTP " + code);
            this.code = code;
            this.headers = headers;
            this.body = body;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The two clients derived from one base: through its proxy for https, and without any proxy for plain http. */
    private record Derived(
            OkHttpClient base, ClientConfig.Timeouts timeouts, OkHttpClient proxied, OkHttpClient direct) {

        static Derived of(OkHttpClient base, ClientConfig.Timeouts timeouts) {
            Derived d = last;
            if (d != null && d.base == base && d.timeouts.equals(timeouts)) {
                return d;
            }
            OkHttpClient.Builder b = base.newBuilder()
                    .connectTimeout(timeouts.connect())
                    .readTimeout(timeouts.read())
                    .writeTimeout(timeouts.write())
                    .callTimeout(timeouts.call())
                    .retryOnConnectionFailure(false)
                    .followRedirects(false)
                    .followSslRedirects(false)
                    .authenticator(Authenticator.NONE);
            if (!b.networkInterceptors().contains(CAPTURE)) {
                b.addNetworkInterceptor(CAPTURE);
            }
            OkHttpClient proxied = b.build();
            d = new Derived(base, timeouts, proxied, b.proxy(Proxy.NO_PROXY).build());
            last = d;
            return d;
        }
    }
}
