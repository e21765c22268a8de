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
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * What the system page does with the settings of {@link CodeArtsBuildGlobalConfiguration} beyond a field's own check:
 * the submission (checked whole, then bound), the connection test, the default credentials' check,
 * the authentication modes offered, and the bounded fields' ranges.
 */
final class GlobalConfigurationForm {

    static final int MAX_TIMEOUT = 600;

    private GlobalConfigurationForm() {}

    /**
     * The bounded number settings, each 1 to its {@code max} under the name a form or JCasC user sets, with the default
     * of a new configuration, of a hand-edited file's repair and of a cleared form field.
     */
    enum Bounded {
        CONNECT_TIMEOUT("connectTimeoutSeconds", 10, MAX_TIMEOUT),
        READ_TIMEOUT("readTimeoutSeconds", 30, MAX_TIMEOUT),
        CALL_TIMEOUT("callTimeoutSeconds", 60, MAX_TIMEOUT),
        MAX_ATTEMPTS("maxAttempts", RetryPolicy.DEFAULT.getMaxAttempts(), RetryPolicy.MAX_ATTEMPTS_LIMIT);

        final String field;
        final int fallback;
        final int max;

        Bounded(String field, int fallback, int max) {
            this.field = field;
            this.fallback = fallback;
            this.max = max;
        }

        /**
         * A setter's value: outside the range, refused naming the field and its range, never clamped, with an
         * {@link IllegalArgumentException} (JCasC reports it as the cause of its "Failed to set attribute").
         */
        int check(int value) {
            if (!inRange(value)) {
                throw new IllegalArgumentException(refusal(String.valueOf(value)));
            }
            return value;
        }

        /**
         * A config.xml edited by hand is read without the setters (XStream sets the fields), and refusing it would drop
         * every other setting: so a value out of range there gets the default, with a warning in the system log naming
         * the field, the value and the range; the system page shows the default, and the next save writes it.
         */
        int repaired(int value) {
            if (inRange(value)) {
                return value;
            }
            Logger.getLogger(GlobalConfigurationForm.class.getName())
                    .warning(Messages.GlobalConfiguration_loadedDefault(refusal(String.valueOf(value)), fallback));
            return fallback;
        }

        /**
         * The form's text. Stapler binds a number field's "", "1.5" or "99999999999" as 0, which {@link #check} would
         * refuse as "not 0", a value nobody typed: a cleared field is the default, as its help says; other text that is
         * no whole number is refused as typed.
         */
        int typed(String text) throws FormException {
            String typed = text.strip();
            if (typed.isEmpty()) {
                return fallback;
            } else if (!typed.matches("\\d{1,9}")) {
                throw new FormException(refusal(Texts.escapeAndShorten(typed, 20)), field);
            }
            int value = Integer.parseInt(typed);
            if (!inRange(value)) {
                throw new FormException(refusal(String.valueOf(value)), field);
            }
            return value;
        }

        private boolean inRange(int value) {
            return value >= 1 && value <= max;
        }

        private String refusal(String value) {
            return Messages.GlobalConfiguration_outOfRange(field, max, value);
        }
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
            ConnectionCheck check =
                    new CodeArtsBuildClient(CodeArtsService.HTTP, config, key, ClientListener.NONE).verifyCredentials();
            return FormValidation.ok(Messages.ConnectionTest_ok(
                    AccessKey.mask(key.getAccessKeyId()), check.projectName(), check.projectId()));
        } catch (CodeArtsException e) {
            return FormValidation.error(Messages.ConnectionTest_failed(OutcomeWords.describe(e)));
        } catch (AbortException e) {
            return FormValidation.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FormValidation.error(Messages.ConnectionTest_interrupted());
        }
    }

    /**
     * Checks a submitted form whole before anything of it is bound: an endpoint or the IAM project id the client would
     * refuse, a number field that is no whole number or out of range (a cleared one becomes its default), an unknown
     * authentication mode; a form that passes cannot be refused by a setter half-way. Then binds it, optional fields
     * missing from the form cleared, not kept. {@code req.bindJSON} calls every setter, and every setter saves: inside
     * a {@link BulkChange} those saves do nothing, and the one save of the form is the commit at the end.
     */
    static void bind(CodeArtsBuildGlobalConfiguration config, StaplerRequest2 req, JSONObject json)
            throws FormException {
        for (String field : List.of("iamEndpoint", "codeArtsBuildEndpoint", "projectId")) {
            try {
                checked(field, json.optString(field, null));
            } catch (IllegalArgumentException e) {
                throw new FormException(e.getMessage(), field);
            }
        }
        for (Bounded number : Bounded.values()) {
            if (json.has(number.field)) {
                json.element(number.field, number.typed(json.optString(number.field)));
            }
        }
        // the page offers only the modes' names; other text (blank or padded too) comes from a hand-made POST, and
        // Stapler's Enum.valueOf would refuse it only while binding, half-way through the setters
        String mode = json.optString("authMode", null);
        if (json.has("authMode")
                && Arrays.stream(AuthMode.values()).noneMatch(m -> m.name().equals(mode))) {
            throw new FormException(
                    Messages.GlobalConfiguration_unknownAuthMode(Texts.escapeAndShorten(mode, 20)), "authMode");
        }
        try (BulkChange bc = new BulkChange(config)) {
            config.setRegion(null);
            config.setCredentialsId(null);
            config.setIamEndpoint(null);
            config.setCodeArtsBuildEndpoint(null);
            config.setProjectId(null);
            req.bindJSON(config, json);
            bc.commit();
        } catch (IOException | RuntimeException e) { // Stapler rethrows a setter's RuntimeException as it is
            throw new FormException(e.getMessage(), e, null);
        }
    }

    /** No default credentials is a warning to administrators; then the id is checked as a build would use it. */
    static FormValidation checkCredentialsId(@CheckForNull String value, @CheckForNull String region) {
        if (Jenkins.get().hasPermission(Jenkins.ADMINISTER) && Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning(Messages.Forms_noDefaultCredentials());
        }
        return AccessKeyCredentials.checkId(null, value, Forms.keyConfig(region));
    }

    /** A blank default region is a warning: steps must then name their own (said so, not the steps' "set one here"). */
    static FormValidation checkRegion(@CheckForNull String value) {
        return Forms.showTo(
                null,
                Texts.isBlank(value) // blank as Forms.region judges it (Unicode spaces too)
                        ? FormValidation.warning(Messages.Forms_noDefaultRegion())
                        : Forms.region(value, false, null));
    }

    static ListBoxModel authModes() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.AuthMode_TOKEN(), AuthMode.TOKEN.name());
        items.add(Messages.AuthMode_SIGNATURE(), AuthMode.SIGNATURE.name());
        return items;
    }

    /**
     * An endpoint or the IAM project id as its setter gets it, blank as none: refused as the form refuses it, since
     * JCasC calls the setters one by one (and an endpoint holding a password would be stored in clear).
     */
    static String checked(String field, @CheckForNull String value) {
        try {
            switch (field) {
                case "iamEndpoint" -> checkEndpoint(Service.IAM, value);
                case "codeArtsBuildEndpoint" -> checkEndpoint(Service.CODEARTS_BUILD, value);
                default -> ClientConfig.checkProjectId(value);
            }
        } catch (CodeArtsValidationException e) {
            throw new IllegalArgumentException(OutcomeWords.problem(e));
        }
        return Util.fixEmptyAndTrim(value);
    }

    /** An endpoint override; blank is the region's default endpoint. */
    static void checkEndpoint(Service service, @CheckForNull String value) throws CodeArtsValidationException {
        if (Util.fixEmptyAndTrim(value) != null) {
            ClientConfig.checkOverride(service, value);
        }
    }
}
