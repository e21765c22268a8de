package io.jenkins.plugins.codeartsbuild.client.core;

/** Which Huawei Cloud service a request went to. */
public enum Service {
    /** Identity and Access Management: token exchange, project look-up. */
    IAM("IAM"),
    /** The CodeArts Build API. */
    CODEARTS_BUILD("CodeArts Build");

    private final String displayName;

    Service(String displayName) {
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }
}
