package io.jenkins.plugins.codeartsbuild.client.core;

/** How requests to CodeArts Build are authenticated. */
public enum AuthMode {
    /**
     * Exchange the AK/SK at IAM for a project-scoped token ({@code hw_ak_sk} identity), cache it, and send it as
     * {@code X-Auth-Token}. The default.
     */
    TOKEN,
    /** Sign every request with SDK-HMAC-SHA256; no token. Huawei's documented method. */
    SIGNATURE
}
