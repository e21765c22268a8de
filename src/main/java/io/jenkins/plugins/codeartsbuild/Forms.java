package io.jenkins.plugins.codeartsbuild;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.Endpoints;
import io.jenkins.plugins.codeartsbuild.client.JobIds;
import io.jenkins.plugins.codeartsbuild.client.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.Service;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;

/**
 * Form validation shared by the step, the builder and the global configuration. The rules are the client's, so
 * the form and the run refuse the same values.
 */
final class Forms {

    private Forms() {}

    /**
     * Whether the user may see what a read-only form helper ({@code doFill*}, {@code doCheck*}) would say in this
     * context, as the Credentials plugin's consumer guide has it: Extended Read or Use on an item, Administer in
     * the global context (the system page, or the Pipeline Syntax page outside a job). Without it, helpers answer
     * with the current value or nothing, never with a 403 page inside the form. Helpers that contact Huawei Cloud
     * are not read-only and check their permission hard.
     */
    static boolean mayInspect(@CheckForNull Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
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

    /** The form's text area of job ids (one per line) as the list the setters take; blank: not set. */
    static JSONObject jobIdsAsList(JSONObject form) {
        Object ids = form.opt("jobIds");
        if (ids instanceof String text) {
            List<String> lines = JobSelection.lines(text);
            if (lines == null) {
                // element(String, Object) removes the key for null; element(String, Collection) would store [null]
                form.element("jobIds", (Object) null);
            } else {
                form.element("jobIds", lines);
            }
        }
        return form;
    }

    /** Ids one per line, each checked like a job id; lines with {@code ${VAR}} are judged after expansion. */
    static FormValidation jobIds(@CheckForNull String value, boolean expands) {
        List<String> lines = JobSelection.lines(value);
        if (lines == null) {
            return FormValidation.ok();
        }
        JobSelection s = new JobSelection();
        s.setJobIds(expands ? lines.stream().filter(l -> !l.contains("${")).toList() : lines);
        if (s.getJobIds().isEmpty()) {
            return FormValidation.ok();
        }
        try {
            JobSelection.Plan plan = s.plan();
            return plan.duplicatesRemoved() == 0
                    ? FormValidation.ok()
                    : FormValidation.warning(Messages.Forms_duplicateIds(plan.duplicatesRemoved()));
        } catch (CodeArtsValidationException e) {
            return FormValidation.error(ClientMessages.problem(e));
        }
    }

    static FormValidation codeArtsProjectId(@CheckForNull String value, boolean expands) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null || (expands && id.contains("${"))) {
            return FormValidation.ok();
        }
        try {
            JobIds.checkProjectId(id);
            return FormValidation.ok();
        } catch (CodeArtsValidationException e) {
            return FormValidation.error(ClientMessages.problem(e));
        }
    }

    static FormValidation maxJobs(@CheckForNull String value) {
        return FormValidation.validateIntegerInRange(Util.fixNull(value).strip(), 1, JobSelection.MAX_MAX_JOBS);
    }

    static FormValidation parallelism(@CheckForNull String value) {
        return FormValidation.validateIntegerInRange(Util.fixNull(value).strip(), 1, JobSelection.MAX_PARALLELISM);
    }

    static ComboBoxModel regions() {
        return new ComboBoxModel(Endpoints.KNOWN_REGIONS);
    }
}
