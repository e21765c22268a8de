// Signature stub of hudson.model.Job (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus addProperty(JobProperty) and getProperty(Class).
package hudson.model;

import java.io.IOException;
import java.util.Collection;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {

    protected Job(ItemGroup owner, String jobName) {
        super(owner, jobName);
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean isInQueue() {
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("signature stub");
    }

    public int getNextBuildNumber() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException("signature stub");
    }

    public abstract boolean isBuildable();

    public RunT getBuildByNumber(int number) {
        throw new UnsupportedOperationException("signature stub");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("signature stub");
    }

    public RunT getFirstBuild() {
        throw new UnsupportedOperationException("signature stub");
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException("signature stub");
    }

    public RunT getLastFailedBuild() {
        throw new UnsupportedOperationException("signature stub");
    }

    public RunT getLastCompletedBuild() {
        throw new UnsupportedOperationException("signature stub");
    }

    public <T extends JobProperty> T getProperty(Class<T> clazz) {
        throw new UnsupportedOperationException("signature stub");
    }

    public void addProperty(JobProperty<? super JobT> jobProp) throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }
}
