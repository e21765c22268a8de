// Signature stub of hudson.tasks.BuildWrapper (jenkins-core 2.541.3), for type-checking only.
package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class BuildWrapper implements Describable<BuildWrapper>, ExtensionPoint {}
