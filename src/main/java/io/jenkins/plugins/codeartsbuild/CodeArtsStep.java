package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.Set;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * What every step of this plugin has ({@link SelectionStep}'s and {@link FindBuildJobsStep}): the credentials and the
 * region (both falling back to the global configuration), the selectors by name and the CodeArts project; every
 * option is a setter, as {@link SelectionStep} says why.
 */
public abstract class CodeArtsStep extends Step implements SelectionOptions {

    private String credentialsId;
    private String region;
    private String jobName;
    private String jobNamePattern;
    private String jobNamePrefix;
    private String codeArtsProjectId;

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

    @CheckForNull
    public String getJobName() {
        return jobName;
    }

    @DataBoundSetter
    public void setJobName(@CheckForNull String jobName) {
        this.jobName = SelectionOptions.text(jobName);
    }

    @CheckForNull
    public String getJobNamePattern() {
        return jobNamePattern;
    }

    @DataBoundSetter
    public void setJobNamePattern(@CheckForNull String jobNamePattern) {
        this.jobNamePattern = SelectionOptions.text(jobNamePattern);
    }

    @CheckForNull
    public String getJobNamePrefix() {
        return jobNamePrefix;
    }

    @DataBoundSetter
    public void setJobNamePrefix(@CheckForNull String jobNamePrefix) {
        this.jobNamePrefix = SelectionOptions.text(jobNamePrefix);
    }

    @CheckForNull
    public String getCodeArtsProjectId() {
        return codeArtsProjectId;
    }

    @DataBoundSetter
    public void setCodeArtsProjectId(@CheckForNull String codeArtsProjectId) {
        this.codeArtsProjectId = SelectionOptions.setting(codeArtsProjectId);
    }

    /** The descriptor of every step of this plugin ({@link FindBuildJobsStep}'s too): no {@code node} needed. */
    public abstract static class CodeArtsStepDescriptor extends StepDescriptor implements StepForms {

        @Override
        public boolean expandsBuildVariables() {
            return false;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /**
         * The form's text area of ids becomes the list the Pipeline syntax has; blank numbers keep their default. A step's
         * form is the snippet generator's, which shows a {@code RuntimeException}'s message and nothing for a
         * {@code FormException} (workflow-cps {@code Snippetizer.doGenerateSnippet}): a refused number is the former.
         */
        @Override
        public Step newInstance(StaplerRequest2 req, JSONObject form) throws FormException {
            try {
                return super.newInstance(req, FormValues.normalized(form));
            } catch (FormException e) {
                throw new IllegalArgumentException(e.getMessage()); // no cause: the generator prints the whole chain
            }
        }
    }
}
