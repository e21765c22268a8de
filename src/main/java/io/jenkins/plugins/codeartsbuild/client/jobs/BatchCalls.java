package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
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
        JobLister lister,
        DeleteCall deleter,
        RecycleBin bin,
        HttpUrl authenticateAt,
        Function<RuntimeException, CodeArtsException> unexpected) {}
