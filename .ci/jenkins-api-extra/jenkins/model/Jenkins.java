// Signature stub of jenkins.model.Jenkins (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus getWorkspaceFor(TopLevelItem).
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.ProxyConfiguration;
import hudson.model.AbstractCIBase;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

public class Jenkins extends AbstractCIBase implements AccessControlled {

    public transient volatile ProxyConfiguration proxy;

    public static final Permission ADMINISTER = null;

    public static final Permission MANAGE = null;

    public static final Permission SYSTEM_READ = null;

    public static final Permission READ = null;

    public static final Authentication ANONYMOUS2 = null;

    private Jenkins() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static Jenkins getInstanceOrNull() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Nullable
    @Deprecated
    public static Jenkins getInstance() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static Authentication getAuthentication2() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public ProxyConfiguration getProxy() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void setProxy(@CheckForNull ProxyConfiguration config) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public Descriptor getDescriptor(Class<? extends Describable> kind) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public Descriptor getDescriptorOrDie(Class<? extends Describable> kind) {
        throw new UnsupportedOperationException("signature stub");
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> kind) {
        throw new UnsupportedOperationException("signature stub");
    }

    public <T> ExtensionList<T> getExtensionList(Class<T> kind) {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public List<TopLevelItem> getItems() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public TopLevelItem getItem(String itemName) throws AccessDeniedException {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public <T extends Item> T getItemByFullName(@NonNull String path, Class<T> kind) throws AccessDeniedException {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public Item getItemByFullName(String path) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public synchronized <T extends TopLevelItem> T createProject(@NonNull Class<T> kind, @NonNull String itemName)
            throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Nullable
    public String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("signature stub");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("signature stub");
    }

    public SecurityRealm getSecurityRealm() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void setSecurityRealm(@CheckForNull SecurityRealm realm) {
        throw new UnsupportedOperationException("signature stub");
    }

    public AuthorizationStrategy getAuthorizationStrategy() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void setAuthorizationStrategy(@CheckForNull AuthorizationStrategy strategy) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("signature stub");
    }

    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    public FilePath getWorkspaceFor(TopLevelItem item) {
        throw new UnsupportedOperationException("signature stub");
    }
}
