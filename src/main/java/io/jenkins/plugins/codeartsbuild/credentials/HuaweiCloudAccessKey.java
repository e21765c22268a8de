package io.jenkins.plugins.codeartsbuild.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.util.Secret;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;

/** A Huawei Cloud access key: the access key id (AK) and its secret key (SK). */
@NameWith(value = HuaweiCloudAccessKey.NameProvider.class, priority = 1)
public interface HuaweiCloudAccessKey extends StandardCredentials {

    /** The access key id (AK); not a secret. */
    @NonNull
    String getAccessKeyId();

    /** The secret key (SK). */
    @NonNull
    Secret getSecretKey();

    /** Shows the description, or the shortened AK. */
    class NameProvider extends CredentialsNameProvider<HuaweiCloudAccessKey> {
        @NonNull
        @Override
        public String getName(@NonNull HuaweiCloudAccessKey credentials) {
            String description = Util.fixEmptyAndTrim(credentials.getDescription());
            return description != null
                    ? description
                    : Messages.HuaweiCloudAccessKey_name(AccessKey.mask(credentials.getAccessKeyId()));
        }
    }
}
