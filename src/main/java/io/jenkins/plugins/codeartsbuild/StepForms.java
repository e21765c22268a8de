package io.jenkins.plugins.codeartsbuild;

import hudson.model.Item;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The checks and drop-downs of the forms of every step and freestyle builder, written once: their descriptors
 * implement this. Default methods are web methods as a class's are: Stapler's {@code ClassDescriptor.findMethods}
 * walks the interfaces, and core finds a check or fill method with {@code Class.getMethods()}
 * ({@code ReflectionUtils.getPublicMethodNamed}), which includes them. A form without one of these fields never asks.
 */
public interface StepForms {

    /** Whether the form's texts may name build variables: a freestyle builder's do, a step's do not. */
    boolean expandsBuildVariables();

    @POST
    default FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
        return Forms.checkRegion(item, value, expandsBuildVariables());
    }

    @POST
    default ComboBoxModel doFillRegionItems() {
        return new ComboBoxModel(ClientConfig.KNOWN_REGIONS);
    }

    /** Refilled when the region changes: a credentials domain must cover the region's URLs. */
    @POST
    default ListBoxModel doFillCredentialsIdItems(
            @AncestorInPath Item item, @QueryParameter String credentialsId, @QueryParameter String region) {
        return AccessKeyCredentials.fillItems(item, credentialsId, Forms.keyConfig(region));
    }

    @POST
    default FormValidation doCheckCredentialsId(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String region) {
        return AccessKeyCredentials.checkId(item, value, Forms.keyConfig(region));
    }

    /** The job id, and which selectors are set: said once, under the first of them. */
    @POST
    default FormValidation doCheckJobId(
            @AncestorInPath Item item,
            @QueryParameter("value") String value,
            @QueryParameter("jobIds") String jobIds,
            @QueryParameter("jobName") String jobName,
            @QueryParameter("jobNamePattern") String jobNamePattern,
            @QueryParameter("jobNamePrefix") String jobNamePrefix) {
        return Forms.checkSelectors(
                item, expandsBuildVariables(), value, jobIds, jobName, jobNamePattern, jobNamePrefix);
    }

    @POST
    default FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
        return Forms.checkJobIds(item, value, expandsBuildVariables());
    }

    @POST
    default FormValidation doCheckCodeArtsProjectId(@AncestorInPath Item item, @QueryParameter String value) {
        return Forms.checkCodeArtsProjectId(item, value, expandsBuildVariables());
    }

    @POST
    default FormValidation doCheckMaxJobs(@AncestorInPath Item item, @QueryParameter String value) {
        return Forms.checkNumber(item, "maxJobs", value);
    }

    @POST
    default FormValidation doCheckParallelism(@AncestorInPath Item item, @QueryParameter String value) {
        return Forms.checkNumber(item, "parallelism", value);
    }

    @POST
    default FormValidation doCheckNotBuiltForDays(@AncestorInPath Item item, @QueryParameter String value) {
        return Forms.checkNumber(item, "notBuiltForDays", value);
    }
}
