package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import java.time.Clock;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The calls of one batch, all through the batch's own exchange ({@link Exchange#forBatch()}: one guard of the key, so
 * that a refused key fails the batch once), and what a failure no check foresaw becomes (a transport failure that
 * names its class, never a secret).
 *
 * @param authenticateAt the URL the batch's one authentication is made for
 */
public record BatchCalls(
        Exchange exchange,
        DeleteCall deleter,
        HttpUrl codeArtsBuild,
        HttpUrl authenticateAt,
        Clock clock,
        Function<RuntimeException, CodeArtsException> unexpected) {

    /** A reader of job lists and job info, made when a batch reads one (a delete by ids does not). */
    JobLister lister() {
        return new JobLister(exchange, codeArtsBuild, clock);
    }

    /** The recycle bin, made when a batch uses it (a purge, a restore). */
    RecycleBin bin() {
        return new RecycleBin(exchange, codeArtsBuild);
    }
}
