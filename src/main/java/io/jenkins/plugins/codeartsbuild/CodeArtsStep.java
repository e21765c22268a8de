package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What every step of this plugin has: the credentials and the region, both falling back to the global configuration,
 * and the form helpers for them. Every option of a step is a setter: declarative Pipeline makes each constructor
 * parameter required, so a step whose selectors are alternatives has a constructor without parameters, and checks
 * which one is set when it runs.
 */
public abstract class CodeArtsStep extends Step {

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

    /** The descriptor of every step: it runs without a {@code node}, and offers the credentials and regions. */
    public abstract static class CodeArtsStepDescriptor extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkRegion(item, value, false);
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
