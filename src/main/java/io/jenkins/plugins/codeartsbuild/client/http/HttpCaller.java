package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.SocketException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.util.Arrays;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * Executes one request on the caller's thread and keeps its answer: body read ({@link #read}) up to
 * {@link #BODY_CAP} (list pages up to {@link #PAGE_CAP}), failures mapped to {@link CodeArtsTransportException}.
 * Interrupting the calling thread cancels the call at once ({@link InterruptibleCall}) and ends in
 * {@link InterruptedException}.
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

    /** The media type of every JSON body the client sends. */
    public static final MediaType JSON = MediaType.get("application/json;charset=utf8");

    /** Hands every answer but a 2xx to the caller as an exception, before OkHttp could act on it. */
    private static final Interceptor CAPTURE = chain -> {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            throw new Answered(response.code(), response.headers(), read(response, BODY_CAP));
        }
    };

    /** Through the caller's proxy for https, and without any proxy for plain http. */
    private final OkHttpClient proxied;

    private final OkHttpClient direct;
    private final ClientConfig.Timeouts timeouts;
    private final String secretKey;

    /**
     * Derives the client's own settings from the caller's {@link OkHttpClient} (its proxy, connection pool and
     * dispatcher are kept): the timeouts, no silent retry, redirect or authentication, so a 3xx is an error and
     * another host sees nothing.
     *
     * @param secretKey never quoted from an answer, nor what each request carries (its token or signature)
     */
    public HttpCaller(OkHttpClient base, ClientConfig.Timeouts timeouts, String secretKey) {
        OkHttpClient.Builder b = base.newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .authenticator(Authenticator.NONE)
                .addNetworkInterceptor(CAPTURE);
        this.proxied = b.build();
        this.direct = b.proxy(Proxy.NO_PROXY).build();
        this.timeouts = timeouts;
        this.secretKey = secretKey;
    }

    /** The client used for https (the caller's proxy settings); for tests. */
    OkHttpClient client() {
        return proxied;
    }

    /** @param successCap how many decoded bytes of a 2xx body to read at most */
    public HttpReply execute(Request request, Service service, int successCap)
            throws CodeArtsTransportException, InterruptedException {
        List<String> secrets = Arrays.asList(secretKey, request.header("X-Auth-Token"), signatureOf(request));
        OkHttpClient http = request.url().isHttps() ? proxied : direct;
        InterruptibleCall call = new InterruptibleCall(http.newCall(request));
        try (Response response = call.call.execute()) {
            String body = read(response, successCap);
            return new HttpReply(service, request, response.code(), response.headers(), body, secrets);
        } catch (Answered a) {
            return new HttpReply(service, request, a.code, a.headers, a.body, secrets);
        } catch (IOException | RuntimeException e) {
            String path = request.url().encodedPath();
            throw CodeArtsTransportException.of(e, service, timeouts, request.method(), path, secrets);
        } finally {
            call.exit(); // thrown from here, an interrupt during the call replaces its answer or its failure
        }
    }

    /** The signature a signed request carries ({@code Signature=} of its {@code Authorization}), or {@code null}. */
    private static String signatureOf(Request request) {
        String authorization = request.header("Authorization");
        int at = authorization == null ? -1 : authorization.lastIndexOf("Signature=");
        return at < 0 ? null : authorization.substring(at + 10);
    }

    /**
     * An answer's body as text, read by OkHttp's {@link ResponseBody#string()} (the charset of a byte order mark, else
     * of {@code Content-Type}, else UTF-8) from at most {@code cap} decoded bytes, so that a huge body or a compressed
     * bomb stays small and quick: the rest is never read ({@code string()} alone reads the whole body).
     *
     * <p>{@code Content-Encoding: gzip} is decoded here for the error answers: OkHttp's bridge decodes it only above
     * the network interceptor that takes those answers away from OkHttp, so they arrive compressed. A success has been
     * decoded by the bridge already (it removes {@code Content-Encoding}).
     */
    private static String read(Response response, int cap) throws IOException {
        ResponseBody body = response.body();
        boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
        BufferedSource source = gzip ? Okio.buffer(new GzipSource(body.source())) : body.source();
        try {
            source.request(cap);
        } catch (IOException e) {
            // a timeout or a closed or reset socket still ends the call; a compressed body that breaks off or is not
            // gzip keeps what could be decoded
            if (!gzip || e instanceof InterruptedIOException || e instanceof SocketException) {
                throw e;
            }
        }
        Buffer decoded = new Buffer();
        decoded.write(source.getBuffer(), Math.min(cap, source.getBuffer().size()));
        return ResponseBody.create(decoded, body.contentType(), decoded.size()).string();
    }

    /**
     * One call tied to the calling thread's interrupt: an aborted build must cancel its call at once. OkHttp's
     * blocking socket reads ignore interrupts, so {@link AbstractInterruptibleChannel#begin()} makes
     * {@link Thread#interrupt()} close this "channel", which cancels the call and unblocks its socket read.
     */
    private static final class InterruptibleCall extends AbstractInterruptibleChannel {
        final Call call;

        /** From now on an interrupt of this thread cancels the call. */
        InterruptibleCall(Call call) {
            this.call = call;
            begin();
        }

        /**
         * Ends the guarded section; throws if the thread was interrupted during it (the interrupt is consumed). Passed
         * to {@code end} as completed, whatever the call did: that only tells {@code end} to report a close by another
         * thread, and nothing but this thread's interrupt closes this channel.
         */
        void exit() throws InterruptedException {
            try {
                end(true);
            } catch (AsynchronousCloseException e) { // a ClosedByInterruptException, the only one end(true) throws
                Thread.interrupted();
                throw new InterruptedException("interrupted: the HTTP call was cancelled");
            }
        }

        @Override
        protected void implCloseChannel() {
            call.cancel();
        }
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
}
