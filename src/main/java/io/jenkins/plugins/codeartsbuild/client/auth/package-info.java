/**
 * Authentication, internal: with the access key ({@link io.jenkins.plugins.codeartsbuild.client.core.AccessKey}), the IAM token exchange and project look-up
 * ({@link io.jenkins.plugins.codeartsbuild.client.auth.IamClient}), the shared token and project caches (Caffeine) keyed
 * by a fingerprint of the key ({@link io.jenkins.plugins.codeartsbuild.client.auth.SharedCaches}) and SDK-HMAC-SHA256
 * signing ({@link io.jenkins.plugins.codeartsbuild.client.auth.RequestSigner}). Both modes sit behind
 * {@link io.jenkins.plugins.codeartsbuild.client.http.RequestAuthenticator}, which the HTTP core calls before each send.
 *
 * <p>The secret key and tokens live here and in {@code core.Secrets} only; no message, {@code toString()} or cache
 * holds them in clear text.
 */
package io.jenkins.plugins.codeartsbuild.client.auth;
