// Signature stub of com.cloudbees.plugins.credentials.CredentialsStore (credentials 1511.v2e3cb_0008ef0), for
// type-checking only.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import hudson.model.Saveable;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import java.util.List;

public abstract class CredentialsStore implements AccessControlled, Saveable {

    public CredentialsStore(Class<? extends CredentialsProvider> owner) {
        throw new UnsupportedOperationException("signature stub");
    }

    public CredentialsStore() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public abstract ModelObject getContext();

    @NonNull
    public ACL getACL() {
        throw new UnsupportedOperationException("signature stub");
    }

    public final void checkPermission(@NonNull Permission required) {
        throw new UnsupportedOperationException("signature stub");
    }

    public final boolean hasPermission(@NonNull Permission required) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public List<Domain> getDomains() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public abstract List<Credentials> getCredentials(@NonNull Domain domain);

    public abstract boolean addCredentials(@NonNull Domain domain, @NonNull Credentials item) throws IOException;

    public abstract boolean removeCredentials(@NonNull Domain domain, @NonNull Credentials item) throws IOException;

    public abstract boolean updateCredentials(
            @NonNull Domain domain, @NonNull Credentials previous, @NonNull Credentials next) throws IOException;

    public final boolean addDomain(@NonNull Domain domain, Credentials... credentials) throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }
}
