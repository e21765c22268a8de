/**
 * Authentication, internal: the IAM calls ({@link io.jenkins.plugins.codeartsbuild.client.auth.IamClient}), the
 * credentials each request carries, token or signature, over shared caches keyed by a fingerprint of the key
 * ({@link io.jenkins.plugins.codeartsbuild.client.auth.KeyAuthenticator}), and SDK-HMAC-SHA256 signing
 * ({@link io.jenkins.plugins.codeartsbuild.client.auth.RequestSigner}). No message, {@code toString()} or cache holds
 * the secret key or a token in clear text.
 */
package io.jenkins.plugins.codeartsbuild.client.auth;
