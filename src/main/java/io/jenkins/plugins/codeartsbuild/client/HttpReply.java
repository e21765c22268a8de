package io.jenkins.plugins.codeartsbuild.client;

import okhttp3.Headers;

/** An answer as the client keeps it: status, headers and the body read up to a cap, with what was asked. */
final class HttpReply {

    private final Service service;
    private final String method;
    private final String path;
    private final int status;
    private final Headers headers;
    private final String body;

    HttpReply(Service service, String method, String path, int status, Headers headers, String body) {
        this.service = service;
        this.method = method;
        this.path = path;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    Service service() {
        return service;
    }

    String method() {
        return method;
    }

    /** The encoded path, without query. */
    String path() {
        return path;
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name);
    }

    /** The body, at most {@link HttpCaller#BODY_CAP} bytes of it, decoded as UTF-8. */
    String body() {
        return body;
    }

    boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
