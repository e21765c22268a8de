// Signature stub of hudson.util.ComboBoxModel (jenkins-core 2.541.3), for type-checking only.
package hudson.util;

import java.util.ArrayList;
import java.util.Collection;

public class ComboBoxModel extends ArrayList<String> {

    public ComboBoxModel(int initialCapacity) {
        throw new UnsupportedOperationException("signature stub");
    }

    public ComboBoxModel() {
        throw new UnsupportedOperationException("signature stub");
    }

    public ComboBoxModel(Collection<? extends String> values) {
        throw new UnsupportedOperationException("signature stub");
    }

    public ComboBoxModel(String... values) {
        throw new UnsupportedOperationException("signature stub");
    }
}
