package io.jenkins.plugins.codeartsbuild.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.Secret;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The stored form of {@link HuaweiCloudAccessKey}: the SK is a {@link Secret}, so it is encrypted on disk and
 * never shown in clear on a form or in a Configuration as Code export.
 */
public class HuaweiCloudAccessKeyImpl extends BaseStandardCredentials implements HuaweiCloudAccessKey {

    private static final long serialVersionUID = 1L;

    @NonNull
    private final String accessKeyId;

    @NonNull
    private final Secret secretKey;

    @DataBoundConstructor
    public HuaweiCloudAccessKeyImpl(
            @CheckForNull CredentialsScope scope,
            @CheckForNull String id,
            @CheckForNull String description,
            @CheckForNull String accessKeyId,
            @CheckForNull Secret secretKey) {
        super(scope, id, description);
        this.accessKeyId = Util.fixNull(accessKeyId).strip();
        this.secretKey = secretKey != null ? secretKey : Secret.fromString("");
    }

    @NonNull
    @Override
    public String getAccessKeyId() {
        return accessKeyId;
    }

    @NonNull
    @Override
    public Secret getSecretKey() {
        return secretKey;
    }

    @Extension
    @Symbol("huaweiCloudAccessKey")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudAccessKeyImpl_DisplayName();
        }
    }
}
