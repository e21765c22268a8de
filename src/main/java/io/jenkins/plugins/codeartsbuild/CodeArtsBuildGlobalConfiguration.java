package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
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

    private String region;
    private String credentialsId;
    private AuthMode authMode = AuthMode.TOKEN;
    private String iamEndpoint;
    private String codeArtsBuildEndpoint;
    private String projectId;
    private int connectTimeoutSeconds = GlobalSettings.DEFAULT_CONNECT_TIMEOUT;
    private int readTimeoutSeconds = GlobalSettings.DEFAULT_READ_TIMEOUT;
    private int callTimeoutSeconds = GlobalSettings.DEFAULT_CALL_TIMEOUT;
    private int maxAttempts = RetryPolicy.DEFAULT.getMaxAttempts();

    public CodeArtsBuildGlobalConfiguration() {
        load();
    }

    @NonNull
    public static CodeArtsBuildGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(CodeArtsBuildGlobalConfiguration.class);
    }

    /** The client settings of a build; {@code regionOverride} is the step's region, or {@code null}. */
    @NonNull
    ClientConfig toClientConfig(@CheckForNull String regionOverride) throws CodeArtsValidationException {
        return GlobalSettings.of(this).toClientConfig(regionOverride);
    }

    /** Checks the form, then binds it all at once or not at all (see {@link GlobalSettings#bind}). */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        GlobalSettings.bind(this, req, json);
        return true;
    }

    /** Puts every setting back as it was, field by field: no setter normalises or saves anything. */
    void restore(GlobalSettings s) {
        region = s.region();
        credentialsId = s.credentialsId();
        authMode = s.authMode();
        iamEndpoint = s.iamEndpoint();
        codeArtsBuildEndpoint = s.codeArtsBuildEndpoint();
        projectId = s.projectId();
        connectTimeoutSeconds = s.connectTimeoutSeconds();
        readTimeoutSeconds = s.readTimeoutSeconds();
        callTimeoutSeconds = s.callTimeoutSeconds();
        maxAttempts = s.maxAttempts();
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
        this.connectTimeoutSeconds = GlobalSettings.timeoutSeconds(seconds, GlobalSettings.DEFAULT_CONNECT_TIMEOUT);
        save();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    /** 1 to 600 seconds; anything below 1 restores the default (30). Also the write timeout. */
    @DataBoundSetter
    public void setReadTimeoutSeconds(int seconds) {
        this.readTimeoutSeconds = GlobalSettings.timeoutSeconds(seconds, GlobalSettings.DEFAULT_READ_TIMEOUT);
        save();
    }

    public int getCallTimeoutSeconds() {
        return callTimeoutSeconds;
    }

    /** 1 to 600 seconds for one whole attempt; anything below 1 restores the default (60). */
    @DataBoundSetter
    public void setCallTimeoutSeconds(int seconds) {
        this.callTimeoutSeconds = GlobalSettings.timeoutSeconds(seconds, GlobalSettings.DEFAULT_CALL_TIMEOUT);
        save();
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** 1 (no retry) to 10; anything below 1 restores the default (3). */
    @DataBoundSetter
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = GlobalSettings.maxAttempts(maxAttempts);
        save();
    }

    // form endpoints: all @POST; read-only ones say nothing to non-administrators, test connection refuses them
    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        return AccessKeyCredentials.fillItems(null, credentialsId);
    }

    @POST
    public FormValidation doCheckCredentialsId(@QueryParameter String value) {
        return GlobalSettings.checkCredentialsId(value);
    }

    @POST
    public ComboBoxModel doFillRegionItems() {
        return Forms.regions();
    }

    @POST
    public ListBoxModel doFillAuthModeItems() {
        return GlobalSettings.authModes();
    }

    @POST
    public FormValidation doCheckRegion(@QueryParameter String value) {
        return GlobalSettings.checkRegion(value);
    }

    @POST
    public FormValidation doCheckIamEndpoint(@QueryParameter String value) {
        return GlobalSettings.checkEndpoint(Service.IAM, value);
    }

    @POST
    public FormValidation doCheckCodeArtsBuildEndpoint(@QueryParameter String value) {
        return GlobalSettings.checkEndpoint(Service.CODEARTS_BUILD, value);
    }

    @POST
    public FormValidation doCheckProjectId(@QueryParameter String value) {
        return GlobalSettings.checkProjectId(value);
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
        return GlobalSettings.of(this)
                .testConnection(region, credentialsId, authMode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }
}
