// Signature stub of hudson.BulkChange (jenkins-core 2.541.3), for type-checking only.
package hudson;

import hudson.model.Saveable;
import java.io.Closeable;
import java.io.IOException;

public class BulkChange implements Closeable {

    public BulkChange(Saveable saveable) {
        throw new UnsupportedOperationException("signature stub");
    }

    public void commit() throws IOException {
        throw new UnsupportedOperationException("signature stub");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("signature stub");
    }

    public void abort() {
        throw new UnsupportedOperationException("signature stub");
    }

    public static boolean contains(Saveable s) {
        throw new UnsupportedOperationException("signature stub");
    }
}
