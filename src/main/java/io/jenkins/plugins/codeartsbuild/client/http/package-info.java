/**
 * The HTTP core of the client, internal: one call with its timeouts and bounded, decoded answer
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.HttpCaller}, {@link io.jenkins.plugins.codeartsbuild.client.http.HttpReply}),
 * the retry loop around it ({@link io.jenkins.plugins.codeartsbuild.client.http.Exchange},
 * {@link io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy}), the pace of a batch
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.RatePacer}) and its bounded parallelism
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.Fanout}).
 *
 * <p>Public only for the packages above it ({@code auth}, {@code jobs}, the facade): not an API of the plugin. Nothing
 * here knows a Huawei Cloud operation.
 */
package io.jenkins.plugins.codeartsbuild.client.http;
