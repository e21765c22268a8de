// Signature stub of com.cloudbees.plugins.credentials.CredentialsProvider (credentials 1511.v2e3cb_0008ef0), for
// type-checking only.
// Overlay: the shared stub plus getFingerprintOf(Credentials).
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Fingerprint;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.util.ListBoxModel;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider> {

    public static final Permission USE_OWN = null;

    public static final Permission USE_ITEM = null;

    public static final Permission CREATE = null;

    public static final Permission UPDATE = null;

    public static final Permission VIEW = null;

    public static final Permission DELETE = null;

    public CredentialsProvider() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(
            @NonNull Class<C> kind, @Nullable ItemGroup group, @Nullable Authentication who) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(
            @NonNull Class<C> kind,
            @Nullable ItemGroup group,
            @Nullable Authentication who,
            @Nullable List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException("signature stub");
    }

    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(
            @NonNull Class<C> kind,
            @Nullable ItemGroup group,
            @Nullable Authentication who,
            @Nullable List<DomainRequirement> requirements,
            @Nullable CredentialsMatcher filter) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItem(
            @NonNull Class<C> kind, @Nullable Item context, @Nullable Authentication who) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItem(
            @NonNull Class<C> kind,
            @Nullable Item context,
            @Nullable Authentication who,
            @Nullable List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(
            @NonNull Class<C> kind,
            @Nullable Item context,
            @Nullable Authentication who,
            @Nullable List<DomainRequirement> requirements,
            @Nullable CredentialsMatcher filter) {
        throw new UnsupportedOperationException("signature stub");
    }

    public static Iterable<CredentialsStore> lookupStores(final ModelObject context) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String credentialsId, @NonNull Class<C> kind, @NonNull Run<?, ?> build) {
        throw new UnsupportedOperationException("signature stub");
    }

    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String credentialsId,
            @NonNull Class<C> kind,
            @NonNull Run<?, ?> build,
            DomainRequirement... requirements) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String credentialsId,
            @NonNull Class<C> kind,
            @NonNull Run<?, ?> build,
            @Nullable List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException("signature stub");
    }

    public static ExtensionList<CredentialsProvider> all() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public Descriptor<CredentialsProvider> getDescriptor() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("signature stub");
    }

    @SafeVarargs
    @NonNull
    public static <C extends Credentials> List<C> trackAll(@NonNull Run build, C... credentials) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <C extends Credentials> List<C> trackAll(@NonNull Run build, @NonNull List<C> credentials) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Item item, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static Fingerprint getFingerprintOf(@NonNull Credentials c) throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }
}
