// Signature stub of com.cloudbees.hudson.plugins.folder.AbstractFolder (cloudbees-folder), for type-checking only.
package com.cloudbees.hudson.plugins.folder;

import hudson.model.AbstractItem;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.TopLevelItem;
import java.util.Collection;
import org.springframework.security.access.AccessDeniedException;

public abstract class AbstractFolder<I extends TopLevelItem> extends AbstractItem
        implements TopLevelItem, ItemGroup<I> {

    protected AbstractFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public Collection<I> getItems() {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public I getItem(String name) throws AccessDeniedException {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException("signature stub");
    }
}
