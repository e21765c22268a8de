// Signature stub of hudson.model.Computer (jenkins-core 2.541.3), for type-checking only: the one member used.
package hudson.model;

import java.util.concurrent.ExecutorService;

public abstract class Computer {

    public static final ExecutorService threadPoolForRemoting = null;

    private Computer() {
        throw new UnsupportedOperationException("signature stub");
    }
}
