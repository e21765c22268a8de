package io.jenkins.plugins.codeartsbuild.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.jenkinsci.Symbol;
import org.jvnet.localizer.ResourceBundleHolder;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Huawei Cloud access key: the access key id (AK, not a secret) and its secret key (SK), a {@link Secret}, so it is
 * encrypted on disk and never shown in clear on a form or in a Configuration as Code export; and how a build finds
 * its key: this type, or a username with password (username = AK, password = SK). Errors name the credentials id and
 * the accepted types, never a secret. The domain requirement covers every URL that receives the key or what is made
 * from it (CodeArts Build and IAM), so a credential restricted to some hosts is only used for them.
 */
@NameWith(value = HuaweiCloudAccessKeyImpl.NameProvider.class, priority = 1)
public class HuaweiCloudAccessKeyImpl extends BaseStandardCredentials {

    private static final long serialVersionUID = 1L;

    static final CredentialsMatcher MATCHER = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(HuaweiCloudAccessKeyImpl.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));

    @NonNull
    private final String accessKeyId;

    @NonNull
    private final Secret secretKey;

    @DataBoundConstructor
    public HuaweiCloudAccessKeyImpl(
            @CheckForNull CredentialsScope scope,
            @CheckForNull String id,
            @CheckForNull String description,
            @CheckForNull String accessKeyId,
            @CheckForNull Secret secretKey) {
        super(scope, id, description);
        this.accessKeyId = Util.fixNull(accessKeyId).strip();
        this.secretKey = secretKey != null ? secretKey : Secret.fromString("");
    }

    @NonNull
    public String getAccessKeyId() {
        return accessKeyId;
    }

    @NonNull
    public Secret getSecretKey() {
        return secretKey;
    }

    /**
     * Looked up in the run's context (folders, the build's authentication), then tracked. The id is passed as written:
     * {@code findCredentialById} itself resolves {@code ${NAME}} of a credentials parameter, and only to credentials
     * that the user who triggered the build may use. Expanding build variables in it first would skip that check, and
     * let a user who may only start the build pick any key the job can see.
     */
    @NonNull
    @Restricted(NoExternalUse.class) // for the steps and builders of this plugin
    public static AccessKey forRun(
            @CheckForNull String credentialsId, @NonNull Run<?, ?> run, @NonNull ClientConfig config)
            throws AbortException {
        if (credentialsId == null) {
            throw new AbortException(Messages.Errors_noCredentialsId());
        }
        StandardCredentials c = CredentialsProvider.findCredentialById(
                credentialsId, StandardCredentials.class, run, requirements(config));
        return toAccessKey(credentialsId, CredentialsProvider.track(run, check(credentialsId, c)));
    }

    /**
     * The URLs that receive the key or what is made from it: CodeArts Build (a token or a signature) and IAM (the SK
     * itself, or a signature). A credentials domain must cover both. None while they are not known ({@code null}).
     */
    static List<DomainRequirement> requirements(@CheckForNull ClientConfig config) {
        return config == null
                ? List.of()
                : Stream.of(config.getCodeArtsBuild(), config.getIam())
                        .flatMap(url -> URIRequirementBuilder.fromUri(url.toString()).build().stream())
                        .toList();
    }

    static StandardCredentials check(String credentialsId, @CheckForNull StandardCredentials c) throws AbortException {
        if (c == null) {
            throw new AbortException(Messages.Errors_credentialsNotFound(credentialsId));
        }
        if (!MATCHER.matches(c)) {
            throw new AbortException(Messages.Errors_credentialsWrongType(
                    credentialsId, c.getDescriptor().getDisplayName()));
        }
        return c;
    }

    static AccessKey toAccessKey(String credentialsId, StandardCredentials c) throws AbortException {
        try {
            if (c instanceof HuaweiCloudAccessKeyImpl k) {
                return AccessKey.of(k.getAccessKeyId(), k.getSecretKey().getPlainText());
            }
            StandardUsernamePasswordCredentials up = (StandardUsernamePasswordCredentials) c;
            return AccessKey.of(up.getUsername(), up.getPassword().getPlainText());
        } catch (CodeArtsValidationException e) {
            throw new AbortException(Messages.Errors_credentialsInvalid(credentialsId, words(e)));
        }
    }

    /** A key's own problem, worded here: only this class turns a stored key, or a typed one, into the client's. */
    private static String words(CodeArtsValidationException e) {
        return ResourceBundleHolder.get(Messages.class)
                .format(
                        "ClientProblem." + e.getProblem().name(),
                        e.getArguments().toArray());
    }

    /** Shows the description, or the shortened AK. */
    public static class NameProvider extends CredentialsNameProvider<HuaweiCloudAccessKeyImpl> {
        @NonNull
        @Override
        public String getName(@NonNull HuaweiCloudAccessKeyImpl credentials) {
            String description = Util.fixEmptyAndTrim(credentials.getDescription());
            return description != null
                    ? description
                    : Messages.HuaweiCloudAccessKey_name(AccessKey.mask(credentials.getAccessKeyId()));
        }
    }

    @Extension
    @Symbol("huaweiCloudAccessKey")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudAccessKeyImpl_DisplayName();
        }

        /**
         * The rule a build applies to the AK ({@link AccessKey#of}), said while it is typed; blank is not yet an error
         * (the form opens blank, and a build refuses it).
         */
        @POST
        public FormValidation doCheckAccessKeyId(@QueryParameter String value) {
            return check(value, "-");
        }

        /**
         * The same rule for the SK. A stored SK comes back to the form encrypted, and is not checked: the check never
         * says anything about what a value decrypts to (core's {@code Secret.decrypt} throws on some short texts in
         * braces: those are typed ones).
         */
        @POST
        public FormValidation doCheckSecretKey(@QueryParameter String value) {
            try {
                return Secret.decrypt(value) != null ? FormValidation.ok() : check("-", value);
            } catch (RuntimeException e) {
                return check("-", value);
            }
        }

        private static FormValidation check(String accessKeyId, String secretKey) {
            try {
                AccessKey.of(accessKeyId, secretKey);
                return FormValidation.ok();
            } catch (CodeArtsValidationException e) {
                boolean blank =
                        e.getProblem() == Problem.ACCESS_KEY_MISSING || e.getProblem() == Problem.SECRET_KEY_MISSING;
                return blank ? FormValidation.ok() : FormValidation.error(words(e));
            }
        }
    }
}
