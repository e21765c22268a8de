package io.jenkins.plugins.codeartsbuild.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.Secret;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A Huawei Cloud access key: the access key id (AK, not a secret) and its secret key (SK), a {@link Secret}, so it is
 * encrypted on disk and never shown in clear on a form or in a Configuration as Code export.
 */
@NameWith(value = HuaweiCloudAccessKeyImpl.NameProvider.class, priority = 1)
public class HuaweiCloudAccessKeyImpl extends BaseStandardCredentials {

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
    public String getAccessKeyId() {
        return accessKeyId;
    }

    @NonNull
    public Secret getSecretKey() {
        return secretKey;
    }

    /** Shows the description, or the shortened AK. */
    public static class NameProvider extends CredentialsNameProvider<HuaweiCloudAccessKeyImpl> {
        @NonNull
        @Override
        public String getName(@NonNull HuaweiCloudAccessKeyImpl credentials) {
            String description = Util.fixEmptyAndTrim(credentials.getDescription());
            return description != null
                    ? description
                    : Messages.HuaweiCloudAccessKey_name(AccessKey.mask(credentials.getAccessKeyId()));
        }
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
