// Signature stub of org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper (credentials-binding
// 728.v902a_273b_8947), for type-checking only.
package org.jenkinsci.plugins.credentialsbinding.impl;

import hudson.tasks.BuildWrapper;
import java.util.List;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;

public class SecretBuildWrapper extends BuildWrapper {

    public SecretBuildWrapper(List<? extends MultiBinding<?>> bindings) {
        throw new UnsupportedOperationException("signature stub");
    }

    public List<? extends MultiBinding<?>> getBindings() {
        throw new UnsupportedOperationException("signature stub");
    }
}
