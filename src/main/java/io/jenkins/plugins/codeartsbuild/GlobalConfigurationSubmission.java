package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.BulkChange;
import hudson.Util;
import hudson.model.Descriptor.FormException;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.Endpoints;
import io.jenkins.plugins.codeartsbuild.client.Service;
import java.io.IOException;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * A submitted system page, for {@link CodeArtsBuildGlobalConfiguration#configure}: refused before anything of it is
 * bound when an endpoint or the IAM project id is one the client would refuse, then bound all at once or not at all.
 * {@code req.bindJSON} calls every setter, and every setter saves: inside a {@link BulkChange} those saves do
 * nothing, and the one save is the commit at the end.
 */
final class GlobalConfigurationSubmission {

    private GlobalConfigurationSubmission() {}

    /**
     * Checks the form, then binds it; optional fields missing from the form are cleared, not kept. If binding fails
     * half-way, every setting is put back as it was and nothing has been saved.
     */
    static void bind(CodeArtsBuildGlobalConfiguration config, StaplerRequest2 req, JSONObject json)
            throws FormException {
        check(json);
        GlobalSettings before = GlobalSettings.of(config);
        try (BulkChange bc = new BulkChange(config)) {
            config.setRegion(null);
            config.setCredentialsId(null);
            config.setIamEndpoint(null);
            config.setCodeArtsBuildEndpoint(null);
            config.setProjectId(null);
            req.bindJSON(config, json);
            bc.commit();
        } catch (IOException | RuntimeException e) {
            config.restore(before); // a half-bound form is never kept; nothing was saved inside the BulkChange
            throw new FormException(e.getMessage(), e, null);
        }
    }

    /** The endpoints and the IAM project id of a submitted form, checked as the client would; else a refusal. */
    static void check(JSONObject json) throws FormException {
        checkEndpoint(Service.IAM, json.optString("iamEndpoint", null), "iamEndpoint");
        checkEndpoint(Service.CODEARTS_BUILD, json.optString("codeArtsBuildEndpoint", null), "codeArtsBuildEndpoint");
        try {
            ClientConfig.checkProjectId(json.optString("projectId", null));
        } catch (CodeArtsValidationException e) {
            throw new FormException(ClientMessages.problem(e), "projectId");
        }
    }

    private static void checkEndpoint(Service service, @CheckForNull String url, String field) throws FormException {
        if (Util.fixEmptyAndTrim(url) != null) {
            try {
                Endpoints.checkOverride(service, url);
            } catch (CodeArtsValidationException e) {
                throw new FormException(ClientMessages.problem(e), field);
            }
        }
    }
}
