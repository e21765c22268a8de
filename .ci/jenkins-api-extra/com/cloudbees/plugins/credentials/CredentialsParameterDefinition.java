// Signature stub of com.cloudbees.plugins.credentials.CredentialsParameterDefinition (credentials 1511.v2e3cb_0008ef0),
// for type-checking only.
// Declared as a ParameterDefinition (its superclass SimpleParameterDefinition is left out).
package com.cloudbees.plugins.credentials;

import hudson.model.ParameterDefinition;

public class CredentialsParameterDefinition extends ParameterDefinition {

    public CredentialsParameterDefinition(
            String name, String description, String defaultValue, String credentialType, boolean required) {
        super(name);
        throw new UnsupportedOperationException("signature stub");
    }
}
