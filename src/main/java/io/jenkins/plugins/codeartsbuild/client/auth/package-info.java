/**
 * Authentication, internal: the IAM calls, a token or a signature per request (caches keyed by a fingerprint of the
 * key), and request signing. No message, {@code toString()} or cache holds the SK or a token in clear text.
 */
package io.jenkins.plugins.codeartsbuild.client.auth;
