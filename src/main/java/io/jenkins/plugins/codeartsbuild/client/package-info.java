/**
 * A Jenkins-free client for the Huawei Cloud CodeArts Build API: endpoint resolution, IAM token exchange with a
 * shared cache, SDK-HMAC-SHA256 request signing, the delete-job call, its retry policy and its error model.
 *
 * <p>This package depends on OkHttp, Jackson and the JDK only, never on {@code hudson.*}, {@code jenkins.*},
 * {@code org.kohsuke.*} or {@code com.cloudbees.*}; it is built and tested on its own by {@code client-pom.xml}.
 * Messages of its exceptions are English and never contain a secret key or a token; the Jenkins layer localizes
 * them from the structured fields ({@link io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem},
 * {@link io.jenkins.plugins.codeartsbuild.client.ErrorHint}).
 */
package io.jenkins.plugins.codeartsbuild.client;
