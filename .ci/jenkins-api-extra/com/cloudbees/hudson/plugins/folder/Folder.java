// Signature stub of com.cloudbees.hudson.plugins.folder.Folder (cloudbees-folder), for type-checking only.
package com.cloudbees.hudson.plugins.folder;

import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import java.io.IOException;

public class Folder extends AbstractFolder<TopLevelItem> {

    public Folder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("signature stub");
    }

    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }
}
