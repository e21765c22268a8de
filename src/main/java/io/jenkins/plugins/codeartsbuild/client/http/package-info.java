/**
 * The HTTP core of the client, internal: one call with its timeouts and bounded, decoded answer
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.HttpCaller}, {@link io.jenkins.plugins.codeartsbuild.client.http.HttpReply}),
 * the retry loop around it ({@link io.jenkins.plugins.codeartsbuild.client.http.Exchange},
 * {@link io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy}), the pace of a batch
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.RatePacer}) and its bounded parallelism
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.Fanout}).
 *
 * <p>Public only so that the two other rooms, {@code auth} and {@code jobs}, can use it: not an API of the plugin. Code
 * outside the client uses {@link io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient} and the types it returns;
 * {@link io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy} is the one exception (the global configuration sets
 * it). Nothing here knows a Huawei Cloud operation.
 */
package io.jenkins.plugins.codeartsbuild.client.http;
