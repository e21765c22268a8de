// Signature stub of com.cloudbees.plugins.credentials.domains.Domain (credentials 1511.v2e3cb_0008ef0), for
// type-checking only.
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.List;

public class Domain implements Serializable {

    public Domain(String name, String description, List<DomainSpecification> specifications) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static Domain global() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public String getName() {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public String getDescription() {
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean isGlobal() {
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean test(@NonNull DomainRequirement... requirements) {
        throw new UnsupportedOperationException("signature stub");
    }

    public boolean test(@NonNull List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException("signature stub");
    }
}
