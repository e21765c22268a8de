// Signature stub of hudson.model.Executor (jenkins-core 2.541.3), for type-checking only.
package hudson.model;

public class Executor extends Thread implements ModelObject {

    private Executor() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void interrupt(Result result) {
        throw new UnsupportedOperationException("signature stub");
    }
}
