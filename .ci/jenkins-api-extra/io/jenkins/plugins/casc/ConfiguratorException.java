// Signature stub of io.jenkins.plugins.casc.ConfiguratorException (configuration-as-code 2117.vc05a_0b_e6b_f4e), for
// type-checking only.
package io.jenkins.plugins.casc;

public class ConfiguratorException extends RuntimeException {

    private ConfiguratorException() {}
}
