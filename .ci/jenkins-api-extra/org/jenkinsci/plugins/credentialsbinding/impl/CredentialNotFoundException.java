// Signature stub of org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException (credentials-binding
// 728.v902a_273b_8947), for type-checking only.
package org.jenkinsci.plugins.credentialsbinding.impl;

import hudson.AbortException;

public class CredentialNotFoundException extends AbortException {

    public CredentialNotFoundException(String message) {
        throw new UnsupportedOperationException("signature stub");
    }
}
