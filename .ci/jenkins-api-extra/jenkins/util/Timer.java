// Signature stub of jenkins.util.Timer (jenkins-core 2.541.3), for type-checking only.
package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;

public class Timer {

    private Timer() {
        throw new UnsupportedOperationException("signature stub");
    }

    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException("signature stub");
    }
}
