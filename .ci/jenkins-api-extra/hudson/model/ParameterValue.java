// Signature stub of hudson.model.ParameterValue (jenkins-core 2.541.3), for type-checking only.
package hudson.model;

import java.io.Serializable;

public abstract class ParameterValue implements Serializable {

    protected ParameterValue(String name) {
        throw new UnsupportedOperationException("signature stub");
    }
}
