package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.GlobalConfigurationForm.Bounded;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
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
 * Settings made once for all builds (Manage Jenkins » System, or {@code unclassified: codeArtsBuild:} in JCasC); only
 * ids and settings, never a secret. Endpoint overrides exist only here, not per job: the token or signature follows
 * them. Timeouts are 1 to {@value GlobalConfigurationForm#MAX_TIMEOUT} s (read is also write; call is one whole attempt),
 * attempts 1 (no retry) to {@link RetryPolicy#MAX_ATTEMPTS_LIMIT}, refused outside ({@link Bounded}).
 * Form endpoints are {@code @POST}; the submission and the connection test: {@link GlobalConfigurationForm}.
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
    private int connectTimeoutSeconds = Bounded.CONNECT_TIMEOUT.fallback;
    private int readTimeoutSeconds = Bounded.READ_TIMEOUT.fallback;
    private int callTimeoutSeconds = Bounded.CALL_TIMEOUT.fallback;
    private int maxAttempts = Bounded.MAX_ATTEMPTS.fallback;

    public CodeArtsBuildGlobalConfiguration() {
        load();
        // a config.xml edited by hand, with a bounded field out of range
        connectTimeoutSeconds = Bounded.CONNECT_TIMEOUT.repaired(connectTimeoutSeconds);
        readTimeoutSeconds = Bounded.READ_TIMEOUT.repaired(readTimeoutSeconds);
        callTimeoutSeconds = Bounded.CALL_TIMEOUT.repaired(callTimeoutSeconds);
        maxAttempts = Bounded.MAX_ATTEMPTS.repaired(maxAttempts);
    }

    public static CodeArtsBuildGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(CodeArtsBuildGlobalConfiguration.class);
    }

    /** The client settings of a build; {@code regionOverride} is the step's region, or {@code null}. */
    ClientConfig toClientConfig(@CheckForNull String regionOverride) throws CodeArtsValidationException {
        String r = Util.fixEmptyAndTrim(regionOverride);
        return clientConfig(r != null ? r : region, authMode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }

    /** Client settings from the given, possibly unsaved, values with the saved timeouts and attempts. */
    ClientConfig clientConfig(String region, AuthMode mode, String iam, String build, String project)
            throws CodeArtsValidationException {
        return ClientConfig.builder(region)
                .authMode(mode == null ? AuthMode.TOKEN : mode)
                .iamEndpoint(iam)
                .codeArtsBuildEndpoint(build)
                .projectId(project)
                .timeouts(new ClientConfig.Timeouts(
                        Duration.ofSeconds(connectTimeoutSeconds),
                        Duration.ofSeconds(readTimeoutSeconds),
                        Duration.ofSeconds(callTimeoutSeconds)))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts))
                .build();
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        GlobalConfigurationForm.bind(this, req, json);
        return true;
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
        this.iamEndpoint = GlobalConfigurationForm.checked("iamEndpoint", iamEndpoint);
        save();
    }

    @CheckForNull
    public String getCodeArtsBuildEndpoint() {
        return codeArtsBuildEndpoint;
    }

    @DataBoundSetter
    public void setCodeArtsBuildEndpoint(@CheckForNull String codeArtsBuildEndpoint) {
        this.codeArtsBuildEndpoint = GlobalConfigurationForm.checked("codeArtsBuildEndpoint", codeArtsBuildEndpoint);
        save();
    }

    @CheckForNull
    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(@CheckForNull String projectId) {
        this.projectId = GlobalConfigurationForm.checked("projectId", projectId);
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int seconds) {
        this.connectTimeoutSeconds = Bounded.CONNECT_TIMEOUT.check(seconds);
        save();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int seconds) {
        this.readTimeoutSeconds = Bounded.READ_TIMEOUT.check(seconds);
        save();
    }

    public int getCallTimeoutSeconds() {
        return callTimeoutSeconds;
    }

    @DataBoundSetter
    public void setCallTimeoutSeconds(int seconds) {
        this.callTimeoutSeconds = Bounded.CALL_TIMEOUT.check(seconds);
        save();
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    @DataBoundSetter
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = Bounded.MAX_ATTEMPTS.check(maxAttempts);
        save();
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId, @QueryParameter String region) {
        return AccessKeyCredentials.fillItems(null, credentialsId, Forms.keyConfig(region));
    }

    @POST
    public FormValidation doCheckCredentialsId(@QueryParameter String value, @QueryParameter String region) {
        return GlobalConfigurationForm.checkCredentialsId(value, region);
    }

    @POST
    public ComboBoxModel doFillRegionItems() {
        return new ComboBoxModel(ClientConfig.KNOWN_REGIONS);
    }

    @POST
    public ListBoxModel doFillAuthModeItems() {
        return GlobalConfigurationForm.authModes();
    }

    @POST
    public FormValidation doCheckRegion(@QueryParameter String value) {
        return GlobalConfigurationForm.checkRegion(value);
    }

    @POST
    public FormValidation doCheckIamEndpoint(@QueryParameter String value) {
        return Forms.showTo(null, Forms.check(() -> GlobalConfigurationForm.checkEndpoint(Service.IAM, value)));
    }

    @POST
    public FormValidation doCheckCodeArtsBuildEndpoint(@QueryParameter String value) {
        return Forms.showTo(
                null, Forms.check(() -> GlobalConfigurationForm.checkEndpoint(Service.CODEARTS_BUILD, value)));
    }

    /** Blank is the project named after the region. */
    @POST
    public FormValidation doCheckProjectId(@QueryParameter String value) {
        return Forms.showTo(null, Forms.check(() -> ClientConfig.checkProjectId(value)));
    }

    @POST
    public FormValidation doTestConnection(
            @QueryParameter String region,
            @QueryParameter String credentialsId,
            @QueryParameter String authMode,
            @QueryParameter String iamEndpoint,
            @QueryParameter String codeArtsBuildEndpoint,
            @QueryParameter String projectId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return GlobalConfigurationForm.testConnection(
                this, region, credentialsId, authMode, iamEndpoint, codeArtsBuildEndpoint, projectId);
    }
}
