// Signature stub of io.jenkins.plugins.casc.RootElementConfigurator (configuration-as-code 2117.vc05a_0b_e6b_f4e), for
// type-checking only.
package io.jenkins.plugins.casc;

public interface RootElementConfigurator<T> extends Configurator<T> {

    T getTargetComponent(ConfigurationContext context);
}
