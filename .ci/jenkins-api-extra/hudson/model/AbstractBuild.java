// Signature stub of hudson.model.AbstractBuild (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus getSensitiveBuildVariables().
package hudson.model;

import java.io.IOException;
import java.util.Set;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R>
        implements Queue.Executable {

    protected AbstractBuild(P owner) throws IOException {
        super(owner);
        throw new UnsupportedOperationException("signature stub");
    }

    public final P getProject() {
        throw new UnsupportedOperationException("signature stub");
    }

    public Set<String> getSensitiveBuildVariables() {
        throw new UnsupportedOperationException("signature stub");
    }
}
