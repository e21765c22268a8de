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
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.io.IOException;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * What the system page does with the settings of {@link CodeArtsBuildGlobalConfiguration} beyond a field's own check:
 * the submission (checked, then bound all at once or not at all), the connection test, the default credentials' check,
 * the authentication modes offered, and the bounded fields' ranges.
 */
final class GlobalSettings {

    static final int MAX_TIMEOUT = 600;
    /** The bounded fields' defaults: a new configuration's, a hand-edited file's repair, a cleared form field's. */
    static final int CONNECT_TIMEOUT = 10;

    static final int READ_TIMEOUT = 30;
    static final int CALL_TIMEOUT = 60;

    private GlobalSettings() {}

    /**
     * A config.xml edited by hand is read without the setters (XStream sets the fields), and refusing it would drop
     * every other setting: so a bounded field out of range there gets its default, with a warning in the system log
     * naming the field, the value and the range; the system page shows the default, and the next save writes it (the
     * setters' saves do nothing inside the {@link BulkChange}, which is never committed).
     */
    static void repair(CodeArtsBuildGlobalConfiguration c) {
        int limit = RetryPolicy.MAX_ATTEMPTS_LIMIT;
        try (BulkChange unsaved = new BulkChange(c)) {
            c.setConnectTimeoutSeconds(
                    bounded("connectTimeoutSeconds", c.getConnectTimeoutSeconds(), MAX_TIMEOUT, CONNECT_TIMEOUT));
            c.setReadTimeoutSeconds(
                    bounded("readTimeoutSeconds", c.getReadTimeoutSeconds(), MAX_TIMEOUT, READ_TIMEOUT));
            c.setCallTimeoutSeconds(
                    bounded("callTimeoutSeconds", c.getCallTimeoutSeconds(), MAX_TIMEOUT, CALL_TIMEOUT));
            c.setMaxAttempts(bounded("maxAttempts", c.getMaxAttempts(), limit, RetryPolicy.DEFAULT.getMaxAttempts()));
        }
    }

    /**
     * A bounded field's value, 1 to {@code max}: outside, refused naming the field and its range, never clamped, with
     * an {@link IllegalArgumentException} (the form's submission shows its message, see {@link #bind}; JCasC reports it
     * as the cause of its "Failed to set attribute"); or, with a fallback (a file being read), logged and replaced.
     */
    static int bounded(String field, int value, int max, Integer fallback) {
        String refused = value >= 1 && value <= max
                ? null
                : Messages.GlobalConfiguration_outOfRange(field, max, String.valueOf(value));
        if (refused != null && fallback == null) {
            throw new IllegalArgumentException(refused);
        } else if (refused != null) {
            Logger.getLogger(GlobalSettings.class.getName())
                    .warning(Messages.GlobalConfiguration_loadedDefault(refused, fallback));
        }
        return refused == null ? value : fallback;
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
     * nothing, and the one save of the form is the commit at the end. If binding fails half-way (a bounded field's
     * setter refuses its value, naming the field and its range), every setting is put back as it was and nothing has
     * been saved: in memory, so that a refused form writes nothing and tells no save listener of a change.
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
        // Stapler binds a number field's "", "1.5" or "99999999999" as 0, which the setter would refuse as "not 0", a
        // value nobody typed: a cleared field is the default, as its help says; other text that is no whole number is
        // refused as typed (a whole number out of range is the setter's to refuse)
        int[][] numbers = {
            {CONNECT_TIMEOUT, MAX_TIMEOUT},
            {READ_TIMEOUT, MAX_TIMEOUT},
            {CALL_TIMEOUT, MAX_TIMEOUT},
            {RetryPolicy.DEFAULT.getMaxAttempts(), RetryPolicy.MAX_ATTEMPTS_LIMIT}
        };
        String[] names = {"connectTimeoutSeconds", "readTimeoutSeconds", "callTimeoutSeconds", "maxAttempts"};
        for (int i = 0; i < names.length; i++) {
            if (!json.has(names[i])) {
                continue;
            }
            String typed = json.optString(names[i]).strip();
            if (typed.isEmpty()) {
                json.element(names[i], numbers[i][0]);
            } else if (!typed.matches("\\d{1,9}")) {
                throw new FormException(
                        Messages.GlobalConfiguration_outOfRange(
                                names[i], numbers[i][1], Texts.escapeAndShorten(typed, 20)),
                        names[i]);
            }
        }
        Before before = Before.of(config);
        try (BulkChange bc = new BulkChange(config)) {
            try {
                clearOptional(config);
                req.bindJSON(config, json);
                bc.commit();
            } catch (IOException | RuntimeException e) { // Stapler rethrows a setter's RuntimeException as it is
                before.restore(config); // a half-bound form is never kept: these saves, too, do nothing here
                // a setter's refusal is the whole message (its stack trace would only add a "Detail" to the page)
                throw e instanceof IllegalArgumentException
                        ? new FormException(e.getMessage(), (String) null)
                        : new FormException(e.getMessage(), e, null);
            }
        }
    }

    /** Every setting at one moment, to put back through the setters (valid then, so none refuses it). */
    private record Before(
            String region,
            String credentialsId,
            AuthMode authMode,
            String iamEndpoint,
            String codeArtsBuildEndpoint,
            String projectId,
            int connectTimeout,
            int readTimeout,
            int callTimeout,
            int maxAttempts) {

        static Before of(CodeArtsBuildGlobalConfiguration c) {
            return new Before(
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

        void restore(CodeArtsBuildGlobalConfiguration c) {
            c.setRegion(region);
            c.setCredentialsId(credentialsId);
            c.setAuthMode(authMode);
            c.setIamEndpoint(iamEndpoint);
            c.setCodeArtsBuildEndpoint(codeArtsBuildEndpoint);
            c.setProjectId(projectId);
            c.setConnectTimeoutSeconds(connectTimeout);
            c.setReadTimeoutSeconds(readTimeout);
            c.setCallTimeoutSeconds(callTimeout);
            c.setMaxAttempts(maxAttempts);
        }
    }

    private static void clearOptional(CodeArtsBuildGlobalConfiguration c) {
        c.setRegion(null);
        c.setCredentialsId(null);
        c.setIamEndpoint(null);
        c.setCodeArtsBuildEndpoint(null);
        c.setProjectId(null);
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
