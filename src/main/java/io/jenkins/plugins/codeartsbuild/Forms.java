package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.Endpoints;
import io.jenkins.plugins.codeartsbuild.client.JobIds;
import io.jenkins.plugins.codeartsbuild.client.Service;
import jenkins.model.Jenkins;

/**
 * Form validation shared by the step, the builder and the global configuration. The rules are the client's, so
 * the form and the run refuse the same values.
 */
final class Forms {

    private Forms() {}

    /** Administer for the global context, Configure on an item. Form methods call this first. */
    static void checkConfigure(@CheckForNull Item item) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
    }

    /** @param expands whether {@code ${VAR}} is expanded before use (freestyle), so it cannot be judged now */
    static FormValidation jobId(@CheckForNull String value, boolean expands) {
        if (expands && value != null && value.contains("${")) {
            return FormValidation.ok();
        }
        try {
            JobIds.check(value);
            return FormValidation.ok();
        } catch (CodeArtsValidationException e) {
            return FormValidation.error(ClientMessages.problem(e));
        }
    }

    /** A blank region falls back to the global one; an unknown region needs both endpoint overrides. */
    static FormValidation region(@CheckForNull String value, boolean expands) {
        String region = Util.fixEmptyAndTrim(value);
        if (region == null) {
            return CodeArtsBuildGlobalConfiguration.get().getRegion() == null
                    ? FormValidation.warning(Messages.Forms_noRegion())
                    : FormValidation.ok();
        }
        if (expands && region.contains("${")) {
            return FormValidation.ok();
        }
        try {
            Endpoints.checkRegion(region);
        } catch (CodeArtsValidationException e) {
            return FormValidation.error(ClientMessages.problem(e));
        }
        return Endpoints.KNOWN_REGIONS.contains(region)
                ? FormValidation.ok()
                : FormValidation.warning(Messages.Forms_unknownRegion(region));
    }

    static FormValidation endpoint(Service service, @CheckForNull String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        try {
            Endpoints.checkOverride(service, value);
            return FormValidation.ok();
        } catch (CodeArtsValidationException e) {
            return FormValidation.error(ClientMessages.problem(e));
        }
    }

    static FormValidation projectId(@CheckForNull String value) {
        try {
            ClientConfig.checkProjectId(value);
            return FormValidation.ok();
        } catch (CodeArtsValidationException e) {
            return FormValidation.error(ClientMessages.problem(e));
        }
    }

    static ComboBoxModel regions() {
        return new ComboBoxModel(Endpoints.KNOWN_REGIONS);
    }
}
