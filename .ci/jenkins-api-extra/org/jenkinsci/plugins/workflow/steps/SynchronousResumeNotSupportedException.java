// Signature stub of org.jenkinsci.plugins.workflow.steps.SynchronousResumeNotSupportedException (workflow-step-api
// 724.v538c2362b_dfb_), for type-checking only.
package org.jenkinsci.plugins.workflow.steps;

public class SynchronousResumeNotSupportedException extends Exception {

    public SynchronousResumeNotSupportedException(StepContext context) {
        throw new UnsupportedOperationException("signature stub");
    }
}
