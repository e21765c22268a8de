// Signature stub of org.jenkinsci.plugins.pipeline.modeldefinition.model.CredentialsBindingHandler
// (pipeline-model-extensions 2.2293.v6e7193cec599), for type-checking only.
package org.jenkinsci.plugins.pipeline.modeldefinition.model;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

public abstract class CredentialsBindingHandler<C extends StandardCredentials> implements ExtensionPoint {

    public boolean handles(Class<? extends StandardCredentials> c) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public abstract Class<? extends StandardCredentials> type();

    @NonNull
    public abstract List<Map<String, Object>> getWithCredentialsParameters(String credentialsId);

    public static class EnvVarResolver implements Serializable {

        public EnvVarResolver() {
            throw new UnsupportedOperationException("signature stub");
        }

        public EnvVarResolver(String value) {
            throw new UnsupportedOperationException("signature stub");
        }

        public String resolve(String varName) {
            throw new UnsupportedOperationException("signature stub");
        }
    }
}
