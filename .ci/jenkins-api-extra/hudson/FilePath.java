// Signature stub of hudson.FilePath (jenkins-core 2.541.3), for type-checking only.
// Overlay: the shared stub plus child(String) and readToString().
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;

public final class FilePath {

    private FilePath() {
        throw new UnsupportedOperationException("signature stub");
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("signature stub");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature stub");
    }
}
