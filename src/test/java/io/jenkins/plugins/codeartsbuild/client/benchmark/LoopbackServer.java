package io.jenkins.plugins.codeartsbuild.client.benchmark;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for the benchmark, so that the figures measure the client rather than a
 * heavyweight mock server: one thread per connection, keep-alive, TCP_NODELAY, the request line, the headers and a
 * {@code Content-Length} body read through a plain 8 KiB buffer (no lock per byte, unlike
 * {@link java.io.BufferedInputStream}), and a complete pre-encoded answer written
 * in one piece. Answers come from {@link Handler}s registered per method and path prefix (first match wins, no
 * regular expression); anything else gets a gateway 404. An optional fixed delay is applied before every answer,
 * plus an optional delay of the route's own (so that, say, only list pages are slow).
 */
final class LoopbackServer implements Closeable {

    /** What the server read of one request. The target is the path and query as sent, not decoded. */
    record Exchange(String method, String target, byte[] body) {

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        /** The raw (undecoded) value of the first query parameter {@code name}, or null. */
        String queryParameter(String name) {
            int q = target.indexOf('?');
            while (q >= 0) {
                int start = q + 1;
                int end = target.indexOf('&', start);
                String pair = end < 0 ? target.substring(start) : target.substring(start, end);
                if (pair.startsWith(name) && (pair.length() == name.length() || pair.charAt(name.length()) == '=')) {
                    return pair.length() == name.length() ? "" : pair.substring(name.length() + 1);
                }
                q = end;
            }
            return null;
        }
    }

    /** Answers one request with a complete HTTP response (see {@link #response}); called on the connection thread. */
    @FunctionalInterface
    interface Handler {
        byte[] answer(Exchange exchange);
    }

    /** A route; its delay is added to the server's before each of its answers. */
    private record Route(String method, String pathPrefix, Handler handler, long delayMillis) {}

    /** A complete answer and how long to wait before writing it. */
    private record Answer(byte[] bytes, long delayMillis) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION_CLOSE = "connection: close".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NO_BODY = new byte[0];
    private static final byte[] NOT_FOUND = response(
            404,
            "Not Found",
            "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist or has not been published\"}");
    private static final byte[] CHUNKED_REFUSED =
            response(411, "Length Required", "{\"error_msg\":\"the benchmark server needs Content-Length\"}");

    private final ServerSocket serverSocket;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final Set<Thread> connectionThreads = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private volatile long delayMillis;

    LoopbackServer() throws IOException {
        serverSocket = new ServerSocket(0, 128, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptLoop, "loopback-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.0.1:<port>/}. */
    String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
    }

    /** Answers {@code method} requests whose target starts with {@code pathPrefix}; earlier registrations win. */
    LoopbackServer handle(String method, String pathPrefix, Handler handler) {
        routes.add(new Route(method, pathPrefix, handler, 0));
        return this;
    }

    /**
     * A delay before every answer of the route registered for exactly {@code method} and {@code pathPrefix} (0 for
     * none), on top of {@link #setDelayMillis}; other routes are not slowed down.
     */
    void setRouteDelayMillis(String method, String pathPrefix, long millis) {
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (r.method().equals(method) && r.pathPrefix().equals(pathPrefix)) {
                routes.set(i, new Route(method, pathPrefix, r.handler(), millis));
                return;
            }
        }
        throw new IllegalArgumentException("no route " + method + " " + pathPrefix);
    }

    /** A fixed delay before every answer (0 for none). */
    void setDelayMillis(long millis) {
        this.delayMillis = millis;
    }

    /** How many connections were accepted so far. */
    int connectionsAccepted() {
        return connectionCount.get();
    }

    /** How many requests were answered so far. */
    long requestsServed() {
        return requests.get();
    }

    /** The CPU time used so far by the threads of the connections still open, in nanoseconds. */
    long connectionCpuNanos() {
        long sum = 0;
        for (Thread t : connectionThreads) {
            long cpu = THREADS.getThreadCpuTime(t.getId());
            if (cpu > 0) {
                sum += cpu;
            }
        }
        return sum;
    }

    /** A complete HTTP/1.1 response with a JSON body; {@code headers} are alternating names and values. */
    static byte[] response(int status, String reason, String jsonBody, String... headers) {
        byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(128)
                .append("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason)
                .append("\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: ")
                .append(body.length)
                .append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket s = serverSocket.accept();
                s.setTcpNoDelay(true);
                connections.add(s);
                Thread t =
                        new Thread(() -> serve(s), "loopback-server-connection-" + connectionCount.incrementAndGet());
                t.setDaemon(true);
                connectionThreads.add(t);
                t.start();
            } catch (IOException e) {
                // closed: the loop ends
            }
        }
    }

    private void serve(Socket socket) {
        byte[] line = new byte[8192];
        try (socket) {
            Input in = new Input(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                int n = in.readLine(line);
                if (n < 0) {
                    return; // the client closed the connection
                }
                if (n == 0) {
                    continue; // an empty line before a request line is allowed
                }
                String requestLine = new String(line, 0, n, StandardCharsets.ISO_8859_1);
                int sp1 = requestLine.indexOf(' ');
                int sp2 = requestLine.indexOf(' ', sp1 + 1);
                if (sp1 <= 0 || sp2 < 0) {
                    return;
                }
                String method = requestLine.substring(0, sp1);
                String target = requestLine.substring(sp1 + 1, sp2);
                int contentLength = 0;
                boolean close = false;
                boolean chunked = false;
                while ((n = in.readLine(line)) > 0) {
                    if (startsWithIgnoreCase(line, n, CONTENT_LENGTH)) {
                        contentLength = parseDecimal(line, CONTENT_LENGTH.length, n);
                    } else if (startsWithIgnoreCase(line, n, CONNECTION_CLOSE)) {
                        close = true;
                    } else if (startsWithIgnoreCase(line, n, TRANSFER_ENCODING)) {
                        chunked = true;
                    }
                }
                if (n < 0) {
                    return;
                }
                if (chunked) {
                    out.write(CHUNKED_REFUSED);
                    return;
                }
                byte[] body = contentLength == 0 ? NO_BODY : in.readBody(contentLength);
                if (body.length < contentLength) {
                    return;
                }
                Answer answer = answer(method, target, body);
                long delay = delayMillis + answer.delayMillis();
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                out.write(answer.bytes());
                out.flush();
                requests.incrementAndGet();
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // the connection broke or the server closed it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.remove(socket);
            connectionThreads.remove(Thread.currentThread());
        }
    }

    private Answer answer(String method, String target, byte[] body) {
        for (Route r : routes) {
            if (r.method().equals(method) && target.startsWith(r.pathPrefix())) {
                byte[] answer = r.handler().answer(new Exchange(method, target, body));
                return new Answer(answer != null ? answer : NOT_FOUND, r.delayMillis());
            }
        }
        return new Answer(NOT_FOUND, 0);
    }

    /** The connection's input, buffered without synchronisation (one thread reads it). */
    private static final class Input {
        private final InputStream in;
        private final byte[] buf = new byte[8192];
        private int pos;
        private int limit;

        Input(InputStream in) {
            this.in = in;
        }

        /** The next byte, or -1 at the end of the stream. */
        private int read() throws IOException {
            if (pos == limit) {
                int n = in.read(buf, 0, buf.length);
                if (n <= 0) {
                    return -1;
                }
                pos = 0;
                limit = n;
            }
            return buf[pos++] & 0xff;
        }

        /** Reads one line into {@code line} without its CR LF; returns its length, or -1 at the end of the stream. */
        int readLine(byte[] line) throws IOException {
            int n = 0;
            int b;
            while ((b = read()) != '\n') {
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                if (n == line.length) {
                    throw new IOException("header line too long");
                }
                line[n++] = (byte) b;
            }
            return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
        }

        /** Reads {@code length} bytes; fewer if the stream ends first. */
        byte[] readBody(int length) throws IOException {
            byte[] body = new byte[length];
            int buffered = Math.min(length, limit - pos);
            System.arraycopy(buf, pos, body, 0, buffered);
            pos += buffered;
            int n = buffered + in.readNBytes(body, buffered, length - buffered);
            return n == length ? body : Arrays.copyOf(body, n);
        }
    }

    private static boolean startsWithIgnoreCase(byte[] line, int length, byte[] lowerCasePrefix) {
        if (length < lowerCasePrefix.length) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length; i++) {
            byte b = line[i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerCasePrefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int parseDecimal(byte[] line, int from, int to) throws IOException {
        int value = 0;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                value = Math.addExact(Math.multiplyExact(value, 10), b - '0');
                digits = true;
            } else if (b != ' ' && b != '\t') {
                throw new IOException("bad Content-Length");
            }
        }
        if (!digits) {
            throw new IOException("bad Content-Length");
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket s : connections) {
            s.close();
        }
    }
}
