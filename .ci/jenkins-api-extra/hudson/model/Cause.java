// Signature stub of hudson.model.Cause (jenkins-core 2.541.3), for type-checking only.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public abstract class Cause {

    public abstract String getShortDescription();

    public static class UserIdCause extends Cause {

        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException("signature stub");
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException("signature stub");
        }
    }
}
