// Signature stub of com.cloudbees.plugins.credentials.domains.HostnamePortSpecification (credentials
// 1511.v2e3cb_0008ef0), for type-checking only.
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public class HostnamePortSpecification extends DomainSpecification {

    // The real class implements test(DomainRequirement) and getDescriptor(); only the constructor is used here.

    public HostnamePortSpecification(@CheckForNull String includes, @CheckForNull String excludes) {
        throw new UnsupportedOperationException("signature stub");
    }
}
