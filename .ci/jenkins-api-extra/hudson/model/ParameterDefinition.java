// Signature stub of hudson.model.ParameterDefinition (jenkins-core 2.541.3), for type-checking only.
// Its interfaces (Describable, ExtensionPoint, Serializable) are left out.
package hudson.model;

public abstract class ParameterDefinition {

    protected ParameterDefinition(String name) {
        throw new UnsupportedOperationException("signature stub");
    }
}
