package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy.Sleeper;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;

/** Builds a {@link CodeArtsBuildClient}: the listener, clock and sleeper are optional. */
public final class ClientBuilder {
    final OkHttpClient http;
    final ClientConfig config;
    final AccessKey key;
    ClientListener listener = ClientListener.NONE;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.SYSTEM;

    ClientBuilder(OkHttpClient http, ClientConfig config, AccessKey key) {
        this.http = Objects.requireNonNull(http);
        this.config = Objects.requireNonNull(config);
        this.key = Objects.requireNonNull(key);
    }

    public ClientBuilder listener(ClientListener l) {
        this.listener = Objects.requireNonNull(l);
        return this;
    }

    public ClientBuilder clock(Clock c) {
        this.clock = Objects.requireNonNull(c);
        return this;
    }

    public ClientBuilder sleeper(Sleeper s) {
        this.sleeper = Objects.requireNonNull(s);
        return this;
    }

    public CodeArtsBuildClient build() {
        return new CodeArtsBuildClient(this);
    }
}
