package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
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
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.io.IOException;
import java.time.Duration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Every setting of {@link CodeArtsBuildGlobalConfiguration} at one moment, as one value, and what the system page does
 * with them: the defaults and ranges of its numbers, the client settings of a build or a connection test, the checks
 * shown while the form is filled in, and the submission (checked, then bound all at once or not at all).
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

    static final int DEFAULT_CONNECT_TIMEOUT = 10;
    static final int DEFAULT_READ_TIMEOUT = 30;
    static final int DEFAULT_CALL_TIMEOUT = 60;
    static final int MAX_TIMEOUT = 600;

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

    /** A timeout as stored: 1 to {@value #MAX_TIMEOUT} seconds; anything below 1 is {@code fallback}. */
    static int timeoutSeconds(int seconds, int fallback) {
        return within(seconds, fallback, MAX_TIMEOUT);
    }

    /** Attempts as stored: 1 to {@link RetryPolicy#MAX_ATTEMPTS_LIMIT}; anything below 1 is the default. */
    static int maxAttempts(int attempts) {
        return within(attempts, RetryPolicy.DEFAULT.getMaxAttempts(), RetryPolicy.MAX_ATTEMPTS_LIMIT);
    }

    private static int within(int value, int fallback, int max) {
        return value < 1 ? fallback : Math.min(value, max);
    }

    /** The client settings of a build; {@code regionOverride} is the step's region, or {@code null}. */
    @NonNull
    ClientConfig toClientConfig(@CheckForNull String regionOverride) throws CodeArtsValidationException {
        String r = Util.fixEmptyAndTrim(regionOverride);
        return clientConfig(r != null ? r : region, authMode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }

    /**
     * Client settings from the given, possibly unsaved, values with these timeouts and attempts; the read timeout is
     * also the write timeout.
     */
    @NonNull
    ClientConfig clientConfig(
            @CheckForNull String region,
            @CheckForNull AuthMode mode,
            @CheckForNull String iam,
            @CheckForNull String build,
            @CheckForNull String project)
            throws CodeArtsValidationException {
        return ClientConfig.builder(region)
                .authMode(mode == null ? AuthMode.TOKEN : mode)
                .iamEndpoint(iam)
                .codeArtsBuildEndpoint(build)
                .projectId(project)
                .timeouts(new ClientConfig.Timeouts(
                        Duration.ofSeconds(connectTimeoutSeconds),
                        Duration.ofSeconds(readTimeoutSeconds),
                        Duration.ofSeconds(readTimeoutSeconds),
                        Duration.ofSeconds(callTimeoutSeconds)))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts))
                .build();
    }

    /**
     * "Test connection": one authentication at IAM (no retry, no cache) with the values on the form, saved or not, so
     * that an administrator sees at once whether the key, region and endpoints work.
     */
    FormValidation testConnection(
            @CheckForNull String region,
            @CheckForNull String credentialsId,
            @CheckForNull String mode,
            @CheckForNull String iam,
            @CheckForNull String build,
            @CheckForNull String project) {
        try {
            ClientConfig config = clientConfig(region, authMode(mode), iam, build, project);
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
            return FormValidation.error(Messages.ConnectionTest_failed(ClientMessages.describe(e)));
        } catch (AbortException e) {
            return FormValidation.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FormValidation.error(Messages.ConnectionTest_interrupted());
        }
    }

    // the checks shown while the form is filled in: to administrators only (anyone else gets ok, never an error page)

    /** No default credentials is a warning to administrators; then the id is checked as a build would use it. */
    static FormValidation checkCredentialsId(@CheckForNull String value) {
        if (isAdministrator() && Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning(Messages.Forms_noDefaultCredentials());
        }
        return AccessKeyCredentials.checkId(null, value);
    }

    /** A blank default region is a warning: steps must then name their own. */
    static FormValidation checkRegion(@CheckForNull String value) {
        return Forms.showTo(null, Forms.region(value, false, null));
    }

    static FormValidation checkEndpoint(Service service, @CheckForNull String value) {
        // blank is the region's default endpoint
        return Forms.showTo(null, Forms.check(() -> {
            if (Util.fixEmptyAndTrim(value) != null) {
                ClientConfig.checkOverride(service, value);
            }
        }));
    }

    static FormValidation checkProjectId(@CheckForNull String value) {
        // blank is the project named after the region
        return Forms.showTo(null, Forms.check(() -> ClientConfig.checkProjectId(value)));
    }

    static ListBoxModel authModes() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.AuthMode_TOKEN(), AuthMode.TOKEN.name());
        items.add(Messages.AuthMode_SIGNATURE(), AuthMode.SIGNATURE.name());
        return items;
    }

    /** The mode a form names: {@code SIGNATURE}, else token mode (the default). */
    private static AuthMode authMode(@CheckForNull String value) {
        return AuthMode.SIGNATURE.name().equals(value) ? AuthMode.SIGNATURE : AuthMode.TOKEN;
    }

    private static boolean isAdministrator() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    // the submission

    /**
     * Refuses a submitted form before anything of it is bound when an endpoint or the IAM project id is one the client
     * would refuse; then binds it all at once or not at all, optional fields missing from the form cleared, not kept.
     * {@code req.bindJSON} calls every setter, and every setter saves: inside a {@link BulkChange} those saves do
     * nothing, and the one save is the commit at the end. If binding fails half-way, every setting is put back as it
     * was and nothing has been saved.
     */
    static void bind(CodeArtsBuildGlobalConfiguration config, StaplerRequest2 req, JSONObject json)
            throws FormException {
        checkSubmitted(Service.IAM, json, "iamEndpoint");
        checkSubmitted(Service.CODEARTS_BUILD, json, "codeArtsBuildEndpoint");
        try {
            ClientConfig.checkProjectId(json.optString("projectId", null));
        } catch (CodeArtsValidationException e) {
            throw new FormException(ClientMessages.problem(e), "projectId");
        }
        GlobalSettings before = of(config);
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

    private static void checkSubmitted(Service service, JSONObject json, String field) throws FormException {
        String url = json.optString(field, null);
        if (Util.fixEmptyAndTrim(url) != null) {
            try {
                ClientConfig.checkOverride(service, url);
            } catch (CodeArtsValidationException e) {
                throw new FormException(ClientMessages.problem(e), field);
            }
        }
    }
}
