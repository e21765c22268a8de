// Signature stub of org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl (plain-credentials), for
// type-checking only.
package org.jenkinsci.plugins.plaincredentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

public final class StringCredentialsImpl extends BaseStandardCredentials {

    public StringCredentialsImpl(
            @CheckForNull CredentialsScope scope,
            @CheckForNull String id,
            @CheckForNull String description,
            @NonNull Secret secret) {
        super(scope, id, description);
        throw new UnsupportedOperationException("signature stub");
    }
}
