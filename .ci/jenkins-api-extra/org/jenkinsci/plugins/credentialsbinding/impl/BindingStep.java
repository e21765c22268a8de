// Signature stub of org.jenkinsci.plugins.credentialsbinding.impl.BindingStep (credentials-binding
// 728.v902a_273b_8947),
// for type-checking only.
package org.jenkinsci.plugins.credentialsbinding.impl;

import java.util.List;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

@SuppressWarnings("rawtypes")
public final class BindingStep extends Step {

    public BindingStep(List<MultiBinding> bindings) {
        throw new UnsupportedOperationException("signature stub");
    }

    public List<MultiBinding> getBindings() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public StepExecution start(StepContext context) {
        throw new UnsupportedOperationException("signature stub");
    }
}
