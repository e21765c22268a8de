// Signature stub of org.jvnet.hudson.test.junit.jupiter.RealJenkinsExtension (jenkins-test-harness 2578.v44660312fd37),
// for type-checking only.
package org.jvnet.hudson.test.junit.jupiter;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.JenkinsRule;

public class RealJenkinsExtension implements BeforeEachCallback, AfterEachCallback {

    public RealJenkinsExtension() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public void beforeEach(@NonNull ExtensionContext context) throws Exception {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public void afterEach(@NonNull ExtensionContext context) throws Exception {
        throw new UnsupportedOperationException("signature stub");
    }

    public void then(Step... steps) throws Throwable {
        throw new UnsupportedOperationException("signature stub");
    }

    @FunctionalInterface
    public interface Step extends Serializable {
        void run(JenkinsRule r) throws Throwable;
    }
}
