package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code codeartsRestoreBuildJob}: restores the selected jobs ({@link SelectionStep}) from the CodeArts Build recycle
 * bin, matched against the bin's own list, and returns one map. Needs no {@code node}; an abort cancels the calls.
 */
public final class RestoreBuildJobStep extends SelectionStep {

    /** Every option is a setter ({@link SelectionStep}). */
    @DataBoundConstructor
    public RestoreBuildJobStep() {}

    @Override
    public StepExecution start(StepContext context) {
        return start(context, Operation.RESTORE);
    }

    @Extension
    public static final class DescriptorImpl extends CodeArtsStep.CodeArtsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "codeartsRestoreBuildJob";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RestoreBuildJobStep_DisplayName();
        }
    }
}
