package io.jenkins.plugins.codeartsbuild.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Huawei Cloud access key as two environment variables for the steps inside {@code withCredentials} (and freestyle's
 * "Use secret text(s) or file(s)"): by default {@code HUAWEICLOUD_SDK_AK} and {@code HUAWEICLOUD_SDK_SK}, the names
 * that the environment credential providers of Huawei's Java, Go and Python SDKs read. Both values are secret, so both
 * are masked in the log. The lookup is credentials-binding's own ({@code getCredentials}: credentials parameters,
 * folders, usage tracking, errors without a stack trace); it ignores credentials domains, so a key restricted to the
 * CodeArts hosts is bound too. No secret is kept in a field: the binding is stored with the step and the job.
 */
public class HuaweiCloudAccessKeyBinding extends MultiBinding<HuaweiCloudAccessKeyImpl> {

    public static final String DEFAULT_ACCESS_KEY_VARIABLE = "HUAWEICLOUD_SDK_AK";
    public static final String DEFAULT_SECRET_KEY_VARIABLE = "HUAWEICLOUD_SDK_SK";

    /** What a POSIX shell accepts as a variable name, and so what every agent's environment can carry. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** {@code null}: the default name (an older or hand-written config without the field loads so too). */
    @CheckForNull
    private String accessKeyVariable;

    @CheckForNull
    private String secretKeyVariable;

    @DataBoundConstructor
    public HuaweiCloudAccessKeyBinding(String credentialsId) {
        super(credentialsId);
    }

    @NonNull
    public String getAccessKeyVariable() {
        return accessKeyVariable != null ? accessKeyVariable : DEFAULT_ACCESS_KEY_VARIABLE;
    }

    /** Blank means the default, so a form that posts an empty field and the snippet agree. */
    @DataBoundSetter
    public void setAccessKeyVariable(@CheckForNull String accessKeyVariable) {
        this.accessKeyVariable = Util.fixEmptyAndTrim(accessKeyVariable);
    }

    @NonNull
    public String getSecretKeyVariable() {
        return secretKeyVariable != null ? secretKeyVariable : DEFAULT_SECRET_KEY_VARIABLE;
    }

    @DataBoundSetter
    public void setSecretKeyVariable(@CheckForNull String secretKeyVariable) {
        this.secretKeyVariable = Util.fixEmptyAndTrim(secretKeyVariable);
    }

    @Override
    protected Class<HuaweiCloudAccessKeyImpl> type() {
        return HuaweiCloudAccessKeyImpl.class;
    }

    /**
     * The names are checked before the credentials are looked up, so a refused binding neither reads nor tracks the key.
     * The key passes the same checks as for this plugin's own steps (no white space, printable ASCII).
     */
    @Override
    public MultiEnvironment bind(
            @NonNull Run<?, ?> build,
            @CheckForNull FilePath workspace,
            @CheckForNull Launcher launcher,
            @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        String problem = problem(getAccessKeyVariable(), getSecretKeyVariable());
        if (problem != null) {
            throw new AbortException(problem);
        }
        AccessKey key = HuaweiCloudAccessKeyImpl.toAccessKey(getCredentialsId(), getCredentials(build));
        Map<String, String> secretValues = new LinkedHashMap<>();
        secretValues.put(getAccessKeyVariable(), key.getAccessKeyId());
        secretValues.put(getSecretKeyVariable(), key.secretKey());
        return new MultiEnvironment(secretValues);
    }

    /** Both names: freestyle lists them as the build's sensitive variables. */
    @Override
    public Set<String> variables(@NonNull Run<?, ?> build) {
        return new LinkedHashSet<>(List.of(getAccessKeyVariable(), getSecretKeyVariable()));
    }

    /** Why the two names cannot be bound, or {@code null}; the checks of the form say the same. */
    @CheckForNull
    static String problem(String accessKeyVariable, String secretKeyVariable) {
        String bad = problem("accessKeyVariable", accessKeyVariable, secretKeyVariable);
        return bad != null ? bad : problem("secretKeyVariable", secretKeyVariable, accessKeyVariable);
    }

    /** What is wrong with one field's name: no shell accepts it, or else it is the other field's name too. */
    @CheckForNull
    private static String problem(String option, String name, String other) {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            return Messages.HuaweiCloudAccessKeyBinding_invalidVariable(option, Texts.escapeAndShorten(name, 80));
        }
        return name.equals(other) ? Messages.HuaweiCloudAccessKeyBinding_sameVariable(name) : null;
    }

    @Symbol("huaweiCloudAccessKey")
    @Extension
    public static class DescriptorImpl extends BindingDescriptor<HuaweiCloudAccessKeyImpl> {

        @Override
        protected Class<HuaweiCloudAccessKeyImpl> type() {
            return HuaweiCloudAccessKeyImpl.class;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudAccessKeyBinding_DisplayName();
        }

        /** The key is bound on the controller and needs no agent, so {@code withCredentials} works outside {@code node}. */
        @Override
        public boolean requiresWorkspace() {
            return false;
        }

        /** Only checks the text typed, so it needs no permission; a blank field is the default name. */
        @POST
        public FormValidation doCheckAccessKeyVariable(
                @QueryParameter String value, @QueryParameter String secretKeyVariable) {
            return check(problem(
                    "accessKeyVariable",
                    named(value, DEFAULT_ACCESS_KEY_VARIABLE),
                    named(secretKeyVariable, DEFAULT_SECRET_KEY_VARIABLE)));
        }

        @POST
        public FormValidation doCheckSecretKeyVariable(
                @QueryParameter String value, @QueryParameter String accessKeyVariable) {
            return check(problem(
                    "secretKeyVariable",
                    named(value, DEFAULT_SECRET_KEY_VARIABLE),
                    named(accessKeyVariable, DEFAULT_ACCESS_KEY_VARIABLE)));
        }

        private static FormValidation check(@CheckForNull String problem) {
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }

        private static String named(@CheckForNull String value, String defaultName) {
            return Objects.requireNonNullElse(Util.fixEmptyAndTrim(value), defaultName);
        }
    }
}
