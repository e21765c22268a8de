// Signature stub of hudson.util.VariableResolver (jenkins-core 2.541.3), for type-checking only.
package hudson.util;

public interface VariableResolver<V> {

    V resolve(String name);
}
