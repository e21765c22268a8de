// Signature stub of hudson.model.Fingerprint (jenkins-core 2.541.3), for type-checking only.
// Declared with getJobs() only; its interfaces ModelObject and Saveable are left out.
package hudson.model;

import java.util.List;

public class Fingerprint {

    private Fingerprint() {
        throw new UnsupportedOperationException("signature stub");
    }

    public synchronized List<String> getJobs() {
        throw new UnsupportedOperationException("signature stub");
    }
}
