// Signature stub of hudson.model.Run (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus getExecutor(), reload() and save().
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {

    protected Run(JobT owner) throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public Result getResult() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void setResult(Result outcome) {
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public JobT getParent() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public String getDescription() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void setDescription(String text) throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("signature stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public RunT getPreviousBuild() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public String getUrl() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public String getId() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public File getRootDir() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public EnvVars getEnvironment(@NonNull TaskListener log) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public Executor getExecutor() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void reload() throws java.io.IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    public synchronized void save() throws java.io.IOException {
        throw new UnsupportedOperationException("signature stub");
    }
}
