package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.BulkChange;
import hudson.Util;
import hudson.model.Descriptor.FormException;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.io.IOException;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Every setting of {@link CodeArtsBuildGlobalConfiguration} at one moment, as one value, and what the system page does
 * with them beyond a field's own check: the submission (checked, then bound all at once or not at all), the connection
 * test, the default credentials' check and the authentication modes offered.
 */
record GlobalSettings(
        String region,
        String credentialsId,
        AuthMode authMode,
        String iamEndpoint,
        String codeArtsBuildEndpoint,
        String projectId,
        int connectTimeoutSeconds,
        int readTimeoutSeconds,
        int callTimeoutSeconds,
        int maxAttempts) {

    static GlobalSettings of(CodeArtsBuildGlobalConfiguration c) {
        return new GlobalSettings(
                c.getRegion(),
                c.getCredentialsId(),
                c.getAuthMode(),
                c.getIamEndpoint(),
                c.getCodeArtsBuildEndpoint(),
                c.getProjectId(),
                c.getConnectTimeoutSeconds(),
                c.getReadTimeoutSeconds(),
                c.getCallTimeoutSeconds(),
                c.getMaxAttempts());
    }

    /** "Test connection": one authentication at IAM (no retry, no cache) with the form's values, saved or not. */
    static FormValidation testConnection(
            CodeArtsBuildGlobalConfiguration global,
            @CheckForNull String region,
            @CheckForNull String credentialsId,
            @CheckForNull String authMode,
            @CheckForNull String iam,
            @CheckForNull String build,
            @CheckForNull String project) {
        AuthMode mode = AuthMode.SIGNATURE.name().equals(authMode) ? AuthMode.SIGNATURE : AuthMode.TOKEN;
        try {
            ClientConfig config = global.clientConfig(region, mode, iam, build, project);
            // the same domain requirement and scope rule as a build, so that a key the button accepts is one builds use
            AccessKey key = AccessKeyCredentials.forSystem(Util.fixEmptyAndTrim(credentialsId), config);
            ConnectionCheck check = new CodeArtsBuildClient(
                            CodeArtsService.httpClient(), config, key, ClientListener.NONE)
                    .verifyCredentials();
            return FormValidation.ok(Messages.ConnectionTest_ok(
                    AccessKey.mask(key.getAccessKeyId()),
                    String.valueOf(check.projectName()),
                    String.valueOf(check.projectId())));
        } catch (CodeArtsException e) {
            return FormValidation.error(Messages.ConnectionTest_failed(CodeArtsService.describe(e)));
        } catch (AbortException e) {
            return FormValidation.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FormValidation.error(Messages.ConnectionTest_interrupted());
        }
    }

    /**
     * Refuses a submitted form before anything of it is bound when an endpoint or the IAM project id is one the client
     * would refuse; then binds it all at once or not at all, optional fields missing from the form cleared, not kept.
     * {@code req.bindJSON} calls every setter, and every setter saves: inside a {@link BulkChange} those saves do
     * nothing, and the one save is the commit at the end. If binding fails half-way, every setting is put back as it
     * was and nothing has been saved.
     */
    static void bind(CodeArtsBuildGlobalConfiguration config, StaplerRequest2 req, JSONObject json)
            throws FormException {
        String field = null;
        try {
            field = "iamEndpoint";
            checkEndpoint(Service.IAM, json.optString(field, null));
            field = "codeArtsBuildEndpoint";
            checkEndpoint(Service.CODEARTS_BUILD, json.optString(field, null));
            field = "projectId";
            ClientConfig.checkProjectId(json.optString(field, null));
        } catch (CodeArtsValidationException e) {
            throw new FormException(CodeArtsService.problem(e), field);
        }
        GlobalSettings before = of(config);
        try (BulkChange bc = new BulkChange(config)) {
            try {
                config.setRegion(null);
                config.setCredentialsId(null);
                config.setIamEndpoint(null);
                config.setCodeArtsBuildEndpoint(null);
                config.setProjectId(null);
                req.bindJSON(config, json);
                bc.commit();
            } catch (IOException | RuntimeException e) {
                before.bindTo(config); // a half-bound form is never kept: these saves, too, do nothing here
                throw new FormException(e.getMessage(), e, null);
            }
        }
    }

    /** Puts every setting back through its setter (inside a {@link BulkChange}, their saves do nothing). */
    private void bindTo(CodeArtsBuildGlobalConfiguration c) {
        c.setRegion(region);
        c.setCredentialsId(credentialsId);
        c.setAuthMode(authMode);
        c.setIamEndpoint(iamEndpoint);
        c.setCodeArtsBuildEndpoint(codeArtsBuildEndpoint);
        c.setProjectId(projectId);
        c.setConnectTimeoutSeconds(connectTimeoutSeconds);
        c.setReadTimeoutSeconds(readTimeoutSeconds);
        c.setCallTimeoutSeconds(callTimeoutSeconds);
        c.setMaxAttempts(maxAttempts);
    }

    /** No default credentials is a warning to administrators; then the id is checked as a build would use it. */
    static FormValidation checkCredentialsId(@CheckForNull String value) {
        if (Jenkins.get().hasPermission(Jenkins.ADMINISTER) && Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning(Messages.Forms_noDefaultCredentials());
        }
        return AccessKeyCredentials.checkId(null, value);
    }

    static ListBoxModel authModes() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.AuthMode_TOKEN(), AuthMode.TOKEN.name());
        items.add(Messages.AuthMode_SIGNATURE(), AuthMode.SIGNATURE.name());
        return items;
    }

    /** An endpoint override; blank is the region's default endpoint. */
    static void checkEndpoint(Service service, @CheckForNull String value) throws CodeArtsValidationException {
        if (Util.fixEmptyAndTrim(value) != null) {
            ClientConfig.checkOverride(service, value);
        }
    }
}
