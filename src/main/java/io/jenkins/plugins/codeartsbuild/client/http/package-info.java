/**
 * The HTTP core of the client, internal: one call ({@link io.jenkins.plugins.codeartsbuild.client.http.HttpCaller}) and
 * its answer ({@link io.jenkins.plugins.codeartsbuild.client.http.HttpReply}), the attempt loop around it
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.Exchange}), bounded parallelism and its pace
 * ({@link io.jenkins.plugins.codeartsbuild.client.http.Fanout}, {@link io.jenkins.plugins.codeartsbuild.client.http.RatePacer}).
 * Public only for the packages above it; nothing here knows a Huawei Cloud operation.
 */
package io.jenkins.plugins.codeartsbuild.client.http;
