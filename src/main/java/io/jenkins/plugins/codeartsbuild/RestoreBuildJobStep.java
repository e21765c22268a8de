package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Operation;
import java.util.Map;
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
        return new ReportingStepExecution<Map<String, Object>>(
                context,
                () -> CodeArtsService.act(
                        context.get(Run.class),
                        context.get(TaskListener.class),
                        this,
                        SelectionOptions.Text.AS_WRITTEN,
                        Operation.RESTORE));
    }

    @Extension
    public static final class DescriptorImpl extends SelectionStepDescriptor {

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
