package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import java.io.IOException;
import org.kohsuke.stapler.DataBoundConstructor;

/** The freestyle build step of {@link RestoreBuildJobStep}; in Pipeline, use {@code codeartsRestoreBuildJob}. */
public class RestoreBuildJobBuilder extends SelectionBuilder {

    @DataBoundConstructor
    public RestoreBuildJobBuilder() {}

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        CodeArtsService.deleteOrRestore(run, listener, this, new BuildVariables(env::get), Operation.RESTORE);
    }

    @Extension
    public static final class DescriptorImpl extends SelectionBuilderDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RestoreBuildJobBuilder_DisplayName();
        }

        /** The step whose form this one shows (its fields are the same), as a class: see {@code config.jelly}. */
        public Class<RestoreBuildJobStep> getStepClass() {
            return RestoreBuildJobStep.class;
        }
    }
}
