package io.jenkins.plugins.codeartsbuild.client;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.nio.charset.StandardCharsets;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Executes one request on the caller's thread and keeps its answer: body read up to {@link #BODY_CAP}, failures
 * mapped to {@link CodeArtsTransportException}. Interrupting the calling thread cancels the call at once (OkHttp's
 * blocking socket reads ignore interrupts on their own) and ends in {@link InterruptedException}.
 */
final class HttpCaller {

    /** Bodies are read up to this many bytes; the rest is discarded unread. */
    static final int BODY_CAP = 64 * 1024;

    private final OkHttpClient http;
    private final ClientConfig.Timeouts timeouts;

    /**
     * Derives the client's own settings from the caller's {@link OkHttpClient} (its proxy, connection pool and
     * dispatcher are kept): the timeouts, and no silent retry or redirect, so a 3xx is an error and another host
     * sees nothing.
     */
    HttpCaller(OkHttpClient base, ClientConfig.Timeouts timeouts) {
        this.timeouts = timeouts;
        this.http = base.newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.write())
                .callTimeout(timeouts.call())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    OkHttpClient client() {
        return http;
    }

    HttpReply execute(Request request, Service service) throws CodeArtsTransportException, InterruptedException {
        String method = request.method();
        String path = request.url().encodedPath();
        CallGuard guard = new CallGuard(http.newCall(request));
        boolean completed = false;
        guard.enter();
        try (Response response = guard.call.execute()) {
            BufferedSource source = response.body().source();
            source.request(BODY_CAP);
            long n = Math.min(source.getBuffer().size(), BODY_CAP);
            String body = source.getBuffer().readString(n, StandardCharsets.UTF_8);
            completed = true;
            return new HttpReply(service, method, path, response.code(), response.headers(), body);
        } catch (IOException e) {
            guard.exit(false);
            throw CodeArtsTransportException.of(e, service, timeouts, method, path);
        } finally {
            guard.exit(completed);
        }
    }

    /**
     * Ties the call to the thread's interrupt: {@link AbstractInterruptibleChannel#begin()} makes
     * {@link Thread#interrupt()} close this "channel", which cancels the call and unblocks its socket read.
     */
    private static final class CallGuard extends AbstractInterruptibleChannel {
        final Call call;
        private boolean exited;

        CallGuard(Call call) {
            this.call = call;
        }

        void enter() {
            begin();
        }

        /** Ends the guarded section; throws if the thread was interrupted during it (the interrupt is consumed). */
        void exit(boolean completed) throws InterruptedException {
            if (exited) {
                return;
            }
            exited = true;
            try {
                end(completed);
            } catch (ClosedByInterruptException e) {
                Thread.interrupted();
                throw new InterruptedException("interrupted: the HTTP call was cancelled");
            } catch (IOException e) {
                // closed without an interrupt of this thread: the IOException of the call tells what happened
            }
        }

        @Override
        protected void implCloseChannel() {
            call.cancel();
        }
    }
}
