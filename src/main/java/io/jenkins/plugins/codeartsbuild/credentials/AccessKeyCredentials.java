package io.jenkins.plugins.codeartsbuild.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsParameterDefinition;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.core.Authentication;

/**
 * The access keys as the forms and the connection test see them: the drop-down, the check of an id, who may see
 * them, and the key of the global "Test connection" button; a build's own lookup is
 * {@link HuaweiCloudAccessKeyImpl#forRun}. Errors name the credentials id, never a secret.
 */
@Restricted(NoExternalUse.class) // public for the steps and the global configuration of this plugin only
public final class AccessKeyCredentials {

    /** What a build can use: SYSTEM-scoped credentials are visible to Jenkins itself, never to a build. */
    static final CredentialsMatcher USABLE_BY_BUILDS = CredentialsMatchers.allOf(
            HuaweiCloudAccessKeyImpl.MATCHER,
            CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM)));

    private AccessKeyCredentials() {}

    /**
     * Looked up as the system in the root context, for the global "Test connection" button (only administrators
     * reach it), as a build would see it: a SYSTEM-scoped credential is refused with a message saying why.
     */
    @NonNull
    public static AccessKey forSystem(@CheckForNull String credentialsId, @NonNull ClientConfig config)
            throws AbortException {
        if (credentialsId == null) {
            throw new AbortException(Messages.Errors_noCredentialsId());
        }
        return HuaweiCloudAccessKeyImpl.toAccessKey(credentialsId, inRoot(credentialsId, config));
    }

    /** The key in the root context, refused as a build refuses it: not found, SYSTEM-scoped, of another type. */
    private static StandardCredentials inRoot(String credentialsId, @CheckForNull ClientConfig config)
            throws AbortException {
        List<DomainRequirement> requirements = HuaweiCloudAccessKeyImpl.requirements(config);
        StandardCredentials c = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(
                        StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, requirements),
                CredentialsMatchers.withId(credentialsId));
        if (c == null) {
            throw new AbortException(Messages.Errors_credentialsNotFoundGlobally(credentialsId));
        } else if (c.getScope() == CredentialsScope.SYSTEM) {
            throw new AbortException(Messages.Errors_credentialsSystemScope(credentialsId));
        }
        return HuaweiCloudAccessKeyImpl.check(credentialsId, c);
    }

    /**
     * The drop-down of credentials the item's builds could use, as the build would see them; in the global context
     * (item {@code null}), those of the root context that builds can use (not SYSTEM-scoped). Without permission
     * to see them ({@link #mayInspect}), only the current value.
     *
     * @param config the settings the build will call with: a credential whose domain does not cover their URLs is
     *     not offered, as the build would not find it; {@code null} when they are not known yet (a region given by a
     *     build variable), and then no domain is left out
     */
    public static ListBoxModel fillItems(
            @CheckForNull Item item, @CheckForNull String current, @CheckForNull ClientConfig config) {
        String value = Util.fixNull(current);
        if (!mayInspect(item)) {
            return new StandardListBoxModel().includeCurrentValue(value);
        }
        List<DomainRequirement> requirements = HuaweiCloudAccessKeyImpl.requirements(config);
        StandardListBoxModel result = new StandardListBoxModel();
        result.includeEmptyValue();
        if (item == null) {
            result.includeMatchingAs(
                    ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, requirements, USABLE_BY_BUILDS);
        } else {
            result.includeMatchingAs(
                    authenticationOf(item),
                    item,
                    StandardCredentials.class,
                    requirements,
                    HuaweiCloudAccessKeyImpl.MATCHER);
        }
        return result.includeCurrentValue(value);
    }

    /**
     * Says whether the selected credentials exist in the context and can be used by builds. Without permission to
     * see them, nothing is said; a blank value falls back to the global default. An id is never expanded: one written
     * {@code ${NAME}} is a credentials parameter, resolved when the build runs ({@link HuaweiCloudAccessKeyImpl#forRun}).
     * {@code config} as for {@link #fillItems}.
     */
    public static FormValidation checkId(
            @CheckForNull Item item, @CheckForNull String value, @CheckForNull ClientConfig config) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null || !mayInspect(item)) {
            return FormValidation.ok();
        }
        if (id.startsWith("${") && id.endsWith("}")) {
            String name = id.substring(2, id.length() - 1);
            // only a credentials parameter is resolved in the id; a Pipeline defines its parameters when it first runs
            ParametersDefinitionProperty p =
                    item instanceof Job<?, ?> job ? job.getProperty(ParametersDefinitionProperty.class) : null;
            return item == null || p != null && p.getParameterDefinition(name) instanceof CredentialsParameterDefinition
                    ? FormValidation.ok(Messages.Forms_credentialsParameter(name))
                    : FormValidation.warning(Messages.Forms_noCredentialsParameter(name));
        }
        if (mentionsVariable(id)) {
            return FormValidation.warning(Messages.Forms_credentialsNotExpanded());
        }
        if (item == null) { // as Test connection and builds refuse it
            try {
                inRoot(id, config);
                return FormValidation.ok();
            } catch (AbortException e) {
                return FormValidation.error(e.getMessage());
            }
        }
        boolean found = !CredentialsProvider.listCredentialsInItem(
                        StandardCredentials.class,
                        item,
                        authenticationOf(item),
                        HuaweiCloudAccessKeyImpl.requirements(config),
                        CredentialsMatchers.allOf(HuaweiCloudAccessKeyImpl.MATCHER, CredentialsMatchers.withId(id)))
                .isEmpty();
        return found ? FormValidation.ok() : FormValidation.error(Messages.Errors_credentialsNotFound(id));
    }

    /**
     * Whether the user may see what a read-only form helper ({@code doFill*}, {@code doCheck*}) would say here, as the
     * Credentials plugin's consumer guide has it. Without it, helpers answer with the current value or nothing, never
     * with a 403 page inside the form; helpers that contact Huawei Cloud are not read-only and check permission hard.
     */
    public static boolean mayInspect(@CheckForNull Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }

    /**
     * Whether a text refers to a build variable, as core's {@code Util.replaceMacro} reads one ({@code $$}, a literal
     * {@code $}, is none): a credentials id is then a parameter, a form field's value is judged when the build runs.
     */
    public static boolean mentionsVariable(@CheckForNull String text) {
        boolean[] any = {false};
        Util.replaceMacro(text, name -> {
            any[0] = true;
            return null;
        });
        return any[0];
    }

    private static Authentication authenticationOf(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }
}
