// Signature stub of org.jenkinsci.plugins.credentialsbinding.MultiBinding (credentials-binding 728.v902a_273b_8947),
// for
// type-checking only.
package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;

public abstract class MultiBinding<C extends StandardCredentials> extends AbstractDescribableImpl<MultiBinding<C>>
        implements ExtensionPoint {

    protected MultiBinding(String credentialsId) {
        throw new UnsupportedOperationException("signature stub");
    }

    protected abstract Class<C> type();

    public final String getCredentialsId() {
        throw new UnsupportedOperationException("signature stub");
    }

    public static final class MultiEnvironment implements Serializable {

        public MultiEnvironment(Map<String, String> secretValues) {
            throw new UnsupportedOperationException("signature stub");
        }

        public MultiEnvironment(Map<String, String> secretValues, Map<String, String> publicValues) {
            throw new UnsupportedOperationException("signature stub");
        }

        public Map<String, String> getSecretValues() {
            throw new UnsupportedOperationException("signature stub");
        }

        public Map<String, String> getPublicValues() {
            throw new UnsupportedOperationException("signature stub");
        }
    }

    public abstract MultiEnvironment bind(
            @NonNull Run<?, ?> build,
            @CheckForNull FilePath workspace,
            @CheckForNull Launcher launcher,
            @NonNull TaskListener listener)
            throws IOException, InterruptedException;

    public Set<String> variables(@NonNull Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("signature stub");
    }

    protected final @NonNull C getCredentials(@NonNull Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public BindingDescriptor<C> getDescriptor() {
        throw new UnsupportedOperationException("signature stub");
    }
}
