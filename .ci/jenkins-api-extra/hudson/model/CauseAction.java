// Signature stub of hudson.model.CauseAction (jenkins-core 2.541.3), for type-checking only.
// Declared as an Action (it is one through FoldableAction and RunAction2, left out).
package hudson.model;

public class CauseAction implements Action {

    public CauseAction(Cause... c) {
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
