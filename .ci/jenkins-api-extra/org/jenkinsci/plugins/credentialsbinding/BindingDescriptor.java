// Signature stub of org.jenkinsci.plugins.credentialsbinding.BindingDescriptor (credentials-binding
// 728.v902a_273b_8947),
// for type-checking only.
package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Descriptor;

public abstract class BindingDescriptor<C extends StandardCredentials> extends Descriptor<MultiBinding<C>> {

    protected abstract Class<C> type();

    public boolean requiresWorkspace() {
        throw new UnsupportedOperationException("signature stub");
    }
}
