// Signature stub of hudson.model.StringParameterDefinition (jenkins-core 2.541.3), for type-checking only.
// Declared as a ParameterDefinition (its superclass SimpleParameterDefinition is left out).
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class StringParameterDefinition extends ParameterDefinition {

    public StringParameterDefinition(@NonNull String name, @CheckForNull String defaultValue) {
        super(name);
        throw new UnsupportedOperationException("signature stub");
    }
}
