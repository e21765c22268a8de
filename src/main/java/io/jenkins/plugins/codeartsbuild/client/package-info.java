/**
 * A Jenkins-free client for the Huawei Cloud CodeArts Build API. Its entry point is
 * {@link io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient}, configured by
 * {@link io.jenkins.plugins.codeartsbuild.client.core.ClientConfig}; its errors are the four
 * {@link io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException} kinds; its events reach a
 * {@link io.jenkins.plugins.codeartsbuild.client.model.ClientListener}. Three rooms hold the rest:
 *
 * <ul>
 *   <li>{@code client.http}: the HTTP core (one call, retries, throttling, pacing, bounded answers);
 *   <li>{@code client.auth}: authentication (access key, IAM tokens and their cache, request signing);
 *   <li>{@code client.jobs}: the job operations (selections and filters, job lists, deletes, batches, recycle bin).
 * </ul>
 *
 * <p>None of them depends on anything but OkHttp, Jackson and the JDK, never on {@code hudson.*}, {@code jenkins.*},
 * {@code org.kohsuke.*} or {@code com.cloudbees.*}; they are built and tested on their own by {@code client-pom.xml}.
 * Messages of the exceptions are English and never contain a secret key or a token; the Jenkins layer localizes them
 * from the structured fields ({@link io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem},
 * {@link io.jenkins.plugins.codeartsbuild.client.core.ErrorHint}).
 */
package io.jenkins.plugins.codeartsbuild.client;
