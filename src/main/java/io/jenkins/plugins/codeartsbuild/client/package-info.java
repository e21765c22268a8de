/**
 * A Jenkins-free client for the Huawei Cloud CodeArts Build API: the facade
 * {@link io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient}. Below it, each package references only the ones
 * further down ({@code LayersTest} checks it): {@code jobs} (job lists, deletes, batches, purge and restore through the
 * recycle bin), {@code auth} (IAM tokens and their cache, request signing), {@code http} (one call: capture, bounded
 * answer, the attempt loop, throttling, pacing, fan-out), {@code model} (what a step asks for and gets back),
 * {@code core} (errors, settings, endpoints, the access key, text and secret cleaning).
 *
 * <p>The Jenkins layer uses this package, {@code model} and {@code core} only. Nothing here depends on anything but
 * OkHttp, Okio, Jackson, Caffeine and the JDK; {@code client-pom.xml} builds and tests it on its own. No message of an
 * exception contains a secret key or a token; the Jenkins layer words them from their structured fields.
 */
package io.jenkins.plugins.codeartsbuild.client;
