// Signature stub of hudson.model.listeners.SaveableListener (jenkins-core 2.541.3), for type-checking only.
package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.XmlFile;
import hudson.model.Saveable;

public abstract class SaveableListener implements ExtensionPoint {

    public void onChange(Saveable o, XmlFile file) {}

    @Deprecated
    public void register() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void unregister() {
        throw new UnsupportedOperationException("signature stub");
    }
}
