package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Builder;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What every freestyle build step of this plugin has: the credentials (their id as written: {@code ${NAME}} names a
 * credentials parameter, resolved by the credentials lookup with the rights of the user who started the build) and
 * the region (build variables expanded, like every other text field: {@link BuildVariables}), and no need of a
 * workspace. Options are fields of the builder itself, so that the job's {@code config.xml} holds one element per option, as Jenkins plugins store them; {@code readResolve()} of each
 * builder gives options missing from an older or hand-written {@code config.xml} their defaults.
 */
public abstract class CodeArtsBuilder extends Builder implements SimpleBuildStep {

    private String credentialsId;
    private String region;

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = SelectionOptions.setting(credentialsId);
    }

    @CheckForNull
    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = SelectionOptions.setting(region);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** The descriptor of every build step: for every job type, with credentials and regions offered. */
    public abstract static class CodeArtsBuilderDescriptor extends BuildStepDescriptor<Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkRegion(item, value, true);
        }

        @POST
        public ComboBoxModel doFillRegionItems() {
            return Forms.regions();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return AccessKeyCredentials.fillItems(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return AccessKeyCredentials.checkId(item, value);
        }
    }
}
