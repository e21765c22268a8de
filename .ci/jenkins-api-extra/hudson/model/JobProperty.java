// Signature stub of hudson.model.JobProperty (jenkins-core 2.541.3), for type-checking only.
// Its interfaces (ReconfigurableDescribable, BuildStep, ExtensionPoint) are left out.
package hudson.model;

public abstract class JobProperty<J extends Job<?, ?>> {}
