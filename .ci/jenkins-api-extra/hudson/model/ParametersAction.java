// Signature stub of hudson.model.ParametersAction (jenkins-core 2.541.3), for type-checking only.
// Declared as an Action (it is one through RunAction2 and QueueAction, left out with its other supertypes).
package hudson.model;

public class ParametersAction implements Action {

    public ParametersAction(ParameterValue... parameters) {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("signature stub");
    }
}
