// Signature stub of hudson.model.Descriptor (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus getHelpFile(String).
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.Permission;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class Descriptor<T extends Describable<T>> implements Saveable {

    public final transient Class<? extends T> clazz;

    protected Descriptor(Class<? extends T> describedType) {
        throw new UnsupportedOperationException("signature stub");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getId() {
        throw new UnsupportedOperationException("signature stub");
    }

    public Class<T> getT() {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getDescriptorUrl() {
        throw new UnsupportedOperationException("signature stub");
    }

    public T newInstance(StaplerRequest2 request, JSONObject form) throws FormException {
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean configure(StaplerRequest2 request, JSONObject form) throws FormException {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getHelpFile(final String fieldName) {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getConfigPage() {
        throw new UnsupportedOperationException("signature stub");
    }

    public String getGlobalConfigPage() {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public Permission getRequiredGlobalConfigPagePermission() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public synchronized void save() {
        throw new UnsupportedOperationException("signature stub");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("signature stub");
    }

    public static final class FormException extends Exception {

        public FormException(String text, String field) {
            throw new UnsupportedOperationException("signature stub");
        }

        public FormException(String text, Throwable reason, String field) {
            throw new UnsupportedOperationException("signature stub");
        }

        public FormException(Throwable reason, String field) {
            throw new UnsupportedOperationException("signature stub");
        }

        public String getFormField() {
            throw new UnsupportedOperationException("signature stub");
        }
    }
}
