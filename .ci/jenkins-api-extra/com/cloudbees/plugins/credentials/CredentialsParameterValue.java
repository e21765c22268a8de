// Signature stub of com.cloudbees.plugins.credentials.CredentialsParameterValue (credentials 1511.v2e3cb_0008ef0), for
// type-checking only.
package com.cloudbees.plugins.credentials;

import hudson.model.ParameterValue;

public class CredentialsParameterValue extends ParameterValue {

    public CredentialsParameterValue(String name, String value, String description) {
        super(name);
        throw new UnsupportedOperationException("signature stub");
    }
}
