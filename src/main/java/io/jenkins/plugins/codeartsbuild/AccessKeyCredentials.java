package io.jenkins.plugins.codeartsbuild;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import java.util.List;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Finds the AK/SK: a {@link HuaweiCloudAccessKey}, or a username with password (username = AK, password = SK).
 * Errors name the credentials id and the accepted types, never a secret.
 */
final class AccessKeyCredentials {

    static final CredentialsMatcher MATCHER = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(HuaweiCloudAccessKey.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));

    private AccessKeyCredentials() {}

    /** Looked up in the run's context (folders, the build's authentication), then tracked. */
    @NonNull
    static AccessKey forRun(@CheckForNull String credentialsId, @NonNull Run<?, ?> run, @NonNull String endpoint)
            throws AbortException {
        if (credentialsId == null) {
            throw new AbortException(Messages.Errors_noCredentialsId());
        }
        StandardCredentials c = CredentialsProvider.findCredentialById(
                credentialsId, StandardCredentials.class, run, requirements(endpoint));
        return toAccessKey(credentialsId, CredentialsProvider.track(run, check(credentialsId, c)));
    }

    /** Looked up as the system, for the global "Test connection" button (only administrators reach it). */
    @NonNull
    static AccessKey forSystem(@CheckForNull String credentialsId, @NonNull String endpoint) throws AbortException {
        if (credentialsId == null) {
            throw new AbortException(Messages.Errors_noCredentialsId());
        }
        StandardCredentials c = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(
                        StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, requirements(endpoint)),
                CredentialsMatchers.withId(credentialsId));
        return toAccessKey(credentialsId, check(credentialsId, c));
    }

    private static List<DomainRequirement> requirements(String endpoint) {
        return URIRequirementBuilder.fromUri(endpoint).build();
    }

    private static StandardCredentials check(String credentialsId, @CheckForNull StandardCredentials c)
            throws AbortException {
        if (c == null) {
            throw new AbortException(Messages.Errors_credentialsNotFound(credentialsId));
        }
        if (!MATCHER.matches(c)) {
            throw new AbortException(Messages.Errors_credentialsWrongType(
                    credentialsId, c.getDescriptor().getDisplayName()));
        }
        return c;
    }

    private static AccessKey toAccessKey(String credentialsId, StandardCredentials c) throws AbortException {
        try {
            if (c instanceof HuaweiCloudAccessKey k) {
                return AccessKey.of(k.getAccessKeyId(), k.getSecretKey().getPlainText());
            }
            StandardUsernamePasswordCredentials up = (StandardUsernamePasswordCredentials) c;
            return AccessKey.of(up.getUsername(), up.getPassword().getPlainText());
        } catch (CodeArtsValidationException e) {
            throw new AbortException(Messages.Errors_credentialsInvalid(credentialsId, ClientMessages.problem(e)));
        }
    }

    /**
     * The drop-down of usable credentials, for a caller that already checked Configure on the item (Administer for
     * the global context): those the item's builds could use, as the build would see them.
     */
    static ListBoxModel fillItems(@CheckForNull Item item, @CheckForNull String current) {
        StandardListBoxModel result = new StandardListBoxModel();
        result.includeEmptyValue();
        if (item == null) {
            result.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(), MATCHER);
        } else {
            Authentication auth = item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
            result.includeMatchingAs(auth, item, StandardCredentials.class, List.of(), MATCHER);
        }
        return result.includeCurrentValue(current == null ? "" : current);
    }
}
