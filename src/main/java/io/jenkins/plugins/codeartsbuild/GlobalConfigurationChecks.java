package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.Endpoints;
import io.jenkins.plugins.codeartsbuild.client.Service;
import jenkins.model.Jenkins;

/**
 * The checks behind the form endpoints of {@link CodeArtsBuildGlobalConfiguration}: what a field's check says while
 * the form is filled in, to administrators only (anyone else gets {@link FormValidation#ok()}, never an error page).
 * A submitted form is checked by {@link GlobalConfigurationSubmission}.
 */
final class GlobalConfigurationChecks {

    private GlobalConfigurationChecks() {}

    /** No default credentials is a warning to administrators; then the id is checked as a build would use it. */
    static FormValidation credentialsId(@CheckForNull String value) {
        if (isAdministrator() && Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning(Messages.Forms_noDefaultCredentials());
        }
        return AccessKeyCredentials.checkId(null, value);
    }

    /** A blank default region is a warning: steps must then name their own. */
    static FormValidation region(@CheckForNull String value) {
        return toAdministrators(Forms.region(value, false, null));
    }

    static FormValidation endpoint(Service service, @CheckForNull String value) {
        // blank is the region's default endpoint
        return toAdministrators(Forms.check(() -> {
            if (Util.fixEmptyAndTrim(value) != null) {
                Endpoints.checkOverride(service, value);
            }
        }));
    }

    static FormValidation projectId(@CheckForNull String value) {
        // blank is the project named after the region
        return toAdministrators(Forms.check(() -> ClientConfig.checkProjectId(value)));
    }

    static ListBoxModel authModes() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.AuthMode_TOKEN(), AuthMode.TOKEN.name());
        items.add(Messages.AuthMode_SIGNATURE(), AuthMode.SIGNATURE.name());
        return items;
    }

    /** The mode a form names: {@code SIGNATURE}, else token mode (the default). */
    static AuthMode authMode(@CheckForNull String value) {
        return AuthMode.SIGNATURE.name().equals(value) ? AuthMode.SIGNATURE : AuthMode.TOKEN;
    }

    private static boolean isAdministrator() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    private static FormValidation toAdministrators(FormValidation v) {
        return isAdministrator() ? v : FormValidation.ok();
    }
}
