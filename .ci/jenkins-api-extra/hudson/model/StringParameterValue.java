// Signature stub of hudson.model.StringParameterValue (jenkins-core 2.541.3), for type-checking only.
package hudson.model;

public class StringParameterValue extends ParameterValue {

    public StringParameterValue(String name, String value) {
        super(name);
        throw new UnsupportedOperationException("signature stub");
    }
}
