// Signature stub of io.jenkins.plugins.casc.ConfigurationAsCode (configuration-as-code 2117.vc05a_0b_e6b_f4e), for
// type-checking only.
package io.jenkins.plugins.casc;

public class ConfigurationAsCode {

    public static ConfigurationAsCode get() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void configure(String... configParameters) throws ConfiguratorException {
        throw new UnsupportedOperationException("signature stub");
    }
}
