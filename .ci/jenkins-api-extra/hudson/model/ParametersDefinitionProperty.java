// Signature stub of hudson.model.ParametersDefinitionProperty (jenkins-core 2.541.3), for type-checking only.
// Declared as a JobProperty (its superclass OptionalJobProperty is left out).
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class ParametersDefinitionProperty extends JobProperty<Job<?, ?>> {

    public ParametersDefinitionProperty(@NonNull ParameterDefinition... parameterDefinitions) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public ParameterDefinition getParameterDefinition(String name) {
        throw new UnsupportedOperationException("signature stub");
    }
}
