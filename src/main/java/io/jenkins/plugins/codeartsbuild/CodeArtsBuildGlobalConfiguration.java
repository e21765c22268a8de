package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.BulkChange;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.Endpoints;
import io.jenkins.plugins.codeartsbuild.client.FieldChecks;
import io.jenkins.plugins.codeartsbuild.client.Service;
import io.jenkins.plugins.codeartsbuild.client.http.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Settings made once for all builds (Manage Jenkins » System, or {@code unclassified: codeArtsBuild:} in
 * Configuration as Code): default region and credentials, authentication mode, endpoint overrides, IAM project
 * scope, timeouts and attempts. Only ids and settings are stored, never a secret. Endpoint overrides exist only
 * here, not per job, because the token or signature follows them. Every form endpoint is {@code @POST} and needs
 * Administer.
 */
@Extension
@Symbol("codeArtsBuild")
public class CodeArtsBuildGlobalConfiguration extends GlobalConfiguration {

    static final int DEFAULT_CONNECT_TIMEOUT = 10;
    static final int DEFAULT_READ_TIMEOUT = 30;
    static final int DEFAULT_CALL_TIMEOUT = 60;
    static final int MAX_TIMEOUT = 600;

    private String region;
    private String credentialsId;
    private AuthMode authMode = AuthMode.TOKEN;
    private String iamEndpoint;
    private String codeArtsBuildEndpoint;
    private String projectId;
    private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT;
    private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT;
    private int callTimeoutSeconds = DEFAULT_CALL_TIMEOUT;
    private int maxAttempts = RetryPolicy.DEFAULT.getMaxAttempts();

    public CodeArtsBuildGlobalConfiguration() {
        load();
    }

    @NonNull
    public static CodeArtsBuildGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(CodeArtsBuildGlobalConfiguration.class);
    }

    /**
     * The client settings for a build or a connection test.
     *
     * @param regionOverride the step's region, or {@code null} for the default one
     */
    @NonNull
    ClientConfig toClientConfig(@CheckForNull String regionOverride) throws CodeArtsValidationException {
        String r = Util.fixEmptyAndTrim(regionOverride);
        return clientConfig(r != null ? r : region, authMode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }

    /** Client settings from possibly unsaved form values, with this configuration's timeouts and attempts. */
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
     * Checks the submitted values first, so that a refused form changes nothing in memory or on disk; then binds
     * them (each setter would save: the {@link BulkChange} makes that one save at the end). Optional fields missing
     * from the form are cleared, not kept.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        checkEndpoint(Service.IAM, json.optString("iamEndpoint", null), "iamEndpoint");
        checkEndpoint(Service.CODEARTS_BUILD, json.optString("codeArtsBuildEndpoint", null), "codeArtsBuildEndpoint");
        try {
            ClientConfig.checkProjectId(json.optString("projectId", null));
        } catch (CodeArtsValidationException e) {
            throw new FormException(ClientMessages.problem(e), "projectId");
        }
        Settings before = new Settings(this);
        try (BulkChange bc = new BulkChange(this)) {
            region = null;
            credentialsId = null;
            iamEndpoint = null;
            codeArtsBuildEndpoint = null;
            projectId = null;
            req.bindJSON(this, json);
            bc.commit();
        } catch (IOException | RuntimeException e) {
            before.restore(this); // a half-bound form is never kept; nothing was saved inside the BulkChange
            throw new FormException(e.getMessage(), e, null);
        }
        return true;
    }

    /** Every setting, to put back when binding a form fails half-way. */
    private record Settings(
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

        Settings(CodeArtsBuildGlobalConfiguration c) {
            this(
                    c.region,
                    c.credentialsId,
                    c.authMode,
                    c.iamEndpoint,
                    c.codeArtsBuildEndpoint,
                    c.projectId,
                    c.connectTimeoutSeconds,
                    c.readTimeoutSeconds,
                    c.callTimeoutSeconds,
                    c.maxAttempts);
        }

        void restore(CodeArtsBuildGlobalConfiguration c) {
            c.region = region;
            c.credentialsId = credentialsId;
            c.authMode = authMode;
            c.iamEndpoint = iamEndpoint;
            c.codeArtsBuildEndpoint = codeArtsBuildEndpoint;
            c.projectId = projectId;
            c.connectTimeoutSeconds = connectTimeoutSeconds;
            c.readTimeoutSeconds = readTimeoutSeconds;
            c.callTimeoutSeconds = callTimeoutSeconds;
            c.maxAttempts = maxAttempts;
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

    private static int within(int value, int fallback, int max) {
        return value < 1 ? fallback : Math.min(value, max);
    }

    @CheckForNull
    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = Util.fixEmptyAndTrim(region);
        save();
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    @NonNull
    public AuthMode getAuthMode() {
        return authMode;
    }

    @DataBoundSetter
    public void setAuthMode(@CheckForNull AuthMode authMode) {
        this.authMode = authMode == null ? AuthMode.TOKEN : authMode;
        save();
    }

    @CheckForNull
    public String getIamEndpoint() {
        return iamEndpoint;
    }

    @DataBoundSetter
    public void setIamEndpoint(@CheckForNull String iamEndpoint) {
        this.iamEndpoint = Util.fixEmptyAndTrim(iamEndpoint);
        save();
    }

    @CheckForNull
    public String getCodeArtsBuildEndpoint() {
        return codeArtsBuildEndpoint;
    }

    @DataBoundSetter
    public void setCodeArtsBuildEndpoint(@CheckForNull String codeArtsBuildEndpoint) {
        this.codeArtsBuildEndpoint = Util.fixEmptyAndTrim(codeArtsBuildEndpoint);
        save();
    }

    @CheckForNull
    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(@CheckForNull String projectId) {
        this.projectId = Util.fixEmptyAndTrim(projectId);
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    /** 1 to 600 seconds; anything below 1 restores the default (10). */
    @DataBoundSetter
    public void setConnectTimeoutSeconds(int seconds) {
        this.connectTimeoutSeconds = within(seconds, DEFAULT_CONNECT_TIMEOUT, MAX_TIMEOUT);
        save();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    /** 1 to 600 seconds; anything below 1 restores the default (30). Also the write timeout. */
    @DataBoundSetter
    public void setReadTimeoutSeconds(int seconds) {
        this.readTimeoutSeconds = within(seconds, DEFAULT_READ_TIMEOUT, MAX_TIMEOUT);
        save();
    }

    public int getCallTimeoutSeconds() {
        return callTimeoutSeconds;
    }

    /** 1 to 600 seconds for one whole attempt; anything below 1 restores the default (60). */
    @DataBoundSetter
    public void setCallTimeoutSeconds(int seconds) {
        this.callTimeoutSeconds = within(seconds, DEFAULT_CALL_TIMEOUT, MAX_TIMEOUT);
        save();
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** 1 (no retry) to 10; anything below 1 restores the default (3). */
    @DataBoundSetter
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = within(maxAttempts, RetryPolicy.DEFAULT.getMaxAttempts(), RetryPolicy.MAX_ATTEMPTS_LIMIT);
        save();
    }

    // ---- form endpoints: all @POST; read-only ones say nothing to non-administrators, test connection refuses them

    private static boolean isAdministrator() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        return AccessKeyCredentials.fillItems(null, credentialsId);
    }

    @POST
    public FormValidation doCheckCredentialsId(@QueryParameter String value) {
        if (isAdministrator() && Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning(Messages.Forms_noDefaultCredentials());
        }
        return AccessKeyCredentials.checkId(null, value, false);
    }

    @POST
    public ComboBoxModel doFillRegionItems() {
        return Forms.regions();
    }

    @POST
    public ListBoxModel doFillAuthModeItems() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.AuthMode_TOKEN(), AuthMode.TOKEN.name());
        items.add(Messages.AuthMode_SIGNATURE(), AuthMode.SIGNATURE.name());
        return items;
    }

    /** A blank default region is a warning: steps must then name their own. */
    @POST
    public FormValidation doCheckRegion(@QueryParameter String value) {
        return isAdministrator() ? Forms.show(FieldChecks.region(value, false, null)) : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckIamEndpoint(@QueryParameter String value) {
        return isAdministrator() ? Forms.show(FieldChecks.endpoint(Service.IAM, value)) : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckCodeArtsBuildEndpoint(@QueryParameter String value) {
        return isAdministrator()
                ? Forms.show(FieldChecks.endpoint(Service.CODEARTS_BUILD, value))
                : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckProjectId(@QueryParameter String value) {
        return isAdministrator() ? Forms.show(FieldChecks.iamProjectId(value)) : FormValidation.ok();
    }

    /** Authenticates with the values on the form (saved or not), and says what IAM answered. */
    @POST
    public FormValidation doTestConnection(
            @QueryParameter String region,
            @QueryParameter String credentialsId,
            @QueryParameter String authMode,
            @QueryParameter String iamEndpoint,
            @QueryParameter String codeArtsBuildEndpoint,
            @QueryParameter String projectId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        AuthMode mode = AuthMode.SIGNATURE.name().equals(authMode) ? AuthMode.SIGNATURE : AuthMode.TOKEN;
        return ConnectionTest.run(
                this, region, Util.fixEmptyAndTrim(credentialsId), mode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }
}
