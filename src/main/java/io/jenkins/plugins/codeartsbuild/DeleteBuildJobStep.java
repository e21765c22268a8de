package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code codeartsDeleteBuildJob}: deletes the selected CodeArts Build jobs ({@link SelectionStep}) and returns one map
 * of one shape whatever the selection. Needs no {@code node}: the calls are made from the controller, off the CPS
 * thread; aborting the build cancels them, and the log says what was done before the step ends.
 */
public final class DeleteBuildJobStep extends SelectionStep {

    private Integer notBuiltForDays;
    private boolean onlyDisabled;
    private boolean keepNeverBuilt;
    private boolean purge;

    /** Every option is a setter ({@link SelectionStep}). */
    @DataBoundConstructor
    public DeleteBuildJobStep() {}

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
    public StepExecution start(StepContext context) {
        return start(context, Operation.DELETE);
    }

    @Extension
    public static final class DescriptorImpl extends CodeArtsStep.CodeArtsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "codeartsDeleteBuildJob";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeleteBuildJobStep_DisplayName();
        }
    }
}
