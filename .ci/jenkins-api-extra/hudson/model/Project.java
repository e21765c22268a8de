// Signature stub of hudson.model.Project (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus getBuildWrappersList().
package hudson.model;

import hudson.tasks.BuildWrapper;
import hudson.tasks.Builder;
import hudson.util.DescribableList;
import java.util.List;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B> {

    protected Project(ItemGroup owner, String projectName) {
        super(owner, projectName);
        throw new UnsupportedOperationException("signature stub");
    }

    public List<Builder> getBuilders() {
        throw new UnsupportedOperationException("signature stub");
    }

    public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
        throw new UnsupportedOperationException("signature stub");
    }

    public DescribableList<BuildWrapper, Descriptor<BuildWrapper>> getBuildWrappersList() {
        throw new UnsupportedOperationException("signature stub");
    }
}
