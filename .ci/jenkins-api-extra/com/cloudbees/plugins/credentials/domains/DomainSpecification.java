// Signature stub of com.cloudbees.plugins.credentials.domains.DomainSpecification (credentials 1511.v2e3cb_0008ef0),
// for type-checking only.
package com.cloudbees.plugins.credentials.domains;

import hudson.model.AbstractDescribableImpl;

public abstract class DomainSpecification extends AbstractDescribableImpl<DomainSpecification> {}
