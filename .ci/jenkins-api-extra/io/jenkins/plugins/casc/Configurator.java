// Signature stub of io.jenkins.plugins.casc.Configurator (configuration-as-code 2117.vc05a_0b_e6b_f4e), for
// type-checking only.
package io.jenkins.plugins.casc;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.casc.model.CNode;

public interface Configurator<T> {

    @CheckForNull
    CNode describe(T instance, ConfigurationContext context) throws Exception;
}
