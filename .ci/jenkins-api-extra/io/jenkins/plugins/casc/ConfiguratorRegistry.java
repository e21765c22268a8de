// Signature stub of io.jenkins.plugins.casc.ConfiguratorRegistry (configuration-as-code 2117.vc05a_0b_e6b_f4e), for
// type-checking only.
package io.jenkins.plugins.casc;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public interface ConfiguratorRegistry {

    @CheckForNull
    RootElementConfigurator lookupRootElement(String name);

    static ConfiguratorRegistry get() {
        throw new UnsupportedOperationException("signature stub");
    }
}
