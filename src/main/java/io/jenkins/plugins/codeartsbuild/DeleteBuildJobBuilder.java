package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import java.io.IOException;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The freestyle build step of {@link DeleteBuildJobStep}: its options (ids one per line), build variables expanded as
 * {@link SelectionBuilder} says. It has no symbol: in Pipeline, use {@code codeartsDeleteBuildJob}.
 */
public class DeleteBuildJobBuilder extends SelectionBuilder {

    private Integer notBuiltForDays;
    private boolean onlyDisabled;
    private boolean keepNeverBuilt;
    private boolean purge;

    @DataBoundConstructor
    public DeleteBuildJobBuilder() {}

    @CheckForNull
    @Override
    public Integer getNotBuiltForDays() {
        return notBuiltForDays;
    }

    @DataBoundSetter
    public void setNotBuiltForDays(@CheckForNull Integer notBuiltForDays) {
        this.notBuiltForDays = notBuiltForDays;
    }

    @Override
    public boolean isOnlyDisabled() {
        return onlyDisabled;
    }

    @DataBoundSetter
    public void setOnlyDisabled(@CheckForNull Boolean onlyDisabled) {
        this.onlyDisabled = Boolean.TRUE.equals(onlyDisabled);
    }

    @Override
    public boolean isKeepNeverBuilt() {
        return keepNeverBuilt;
    }

    @DataBoundSetter
    public void setKeepNeverBuilt(@CheckForNull Boolean keepNeverBuilt) {
        this.keepNeverBuilt = Boolean.TRUE.equals(keepNeverBuilt);
    }

    @Override
    public boolean isPurge() {
        return purge;
    }

    @DataBoundSetter
    public void setPurge(@CheckForNull Boolean purge) {
        this.purge = Boolean.TRUE.equals(purge);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        CodeArtsService.deleteOrRestore(run, listener, this, new BuildVariables(env::get), Operation.DELETE);
    }

    @Extension
    public static final class DescriptorImpl extends SelectionBuilderDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeleteBuildJobBuilder_DisplayName();
        }

        /** The step whose form this one shows (its fields are the same), as a class: see {@code config.jelly}. */
        public Class<DeleteBuildJobStep> getStepClass() {
            return DeleteBuildJobStep.class;
        }
    }
}
