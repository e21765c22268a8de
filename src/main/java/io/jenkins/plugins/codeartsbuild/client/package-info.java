/**
 * A Jenkins-free client for the Huawei Cloud CodeArts Build API: the facade
 * {@link io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient}. Below it, each package references only the ones
 * further down ({@code LayersTest} checks it):
 *
 * <ul>
 *   <li>{@code jobs}: the job operations (job lists, deletes, batches, purge and restore through the recycle bin);
 *   <li>{@code auth}: IAM tokens and their cache, request signing;
 *   <li>{@code http}: one call (capture, bounded answer, the attempt loop, throttling, pacing, fan-out);
 *   <li>{@code model}: what a step asks for and gets back (the selection, jobs, outcomes, result, listener);
 *   <li>{@code core}: what every layer shares (errors, settings, endpoints, the access key, text and secret cleaning).
 * </ul>
 *
 * <p>The Jenkins layer uses this package, {@code model} and {@code core} only. Nothing here depends on anything but
 * OkHttp, Okio, Jackson, Caffeine and the JDK; {@code client-pom.xml} builds and tests it on its own. Messages of the
 * exceptions are English and never contain a secret key or a token; the Jenkins layer localizes them from the
 * structured fields ({@link io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem}, {@link io.jenkins.plugins.codeartsbuild.client.core.ErrorHint}).
 */
package io.jenkins.plugins.codeartsbuild.client;
