// Signature stub of hudson.Util (jenkins-core 2.541.3), for type-checking only: a copy of the shared stub plus
// replaceMacro(String, VariableResolver).
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.VariableResolver;
import java.util.Collection;
import java.util.List;
import java.util.Set;

public class Util {

    @NonNull
    public static String fixNull(@CheckForNull String text) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <T> T fixNull(@CheckForNull T value, @NonNull T fallback) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static String fixEmpty(@CheckForNull String text) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static String fixEmptyAndTrim(@CheckForNull String text) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <T> List<T> fixNull(@CheckForNull List<T> list) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <T> Set<T> fixNull(@CheckForNull Set<T> set) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <T> Collection<T> fixNull(@CheckForNull Collection<T> collection) {
        throw new UnsupportedOperationException("signature stub");
    }

    @NonNull
    public static <T> Iterable<T> fixNull(@CheckForNull Iterable<T> iterable) {
        throw new UnsupportedOperationException("signature stub");
    }

    @CheckForNull
    public static String replaceMacro(@CheckForNull String s, @NonNull VariableResolver<String> resolver) {
        throw new UnsupportedOperationException("signature stub");
    }
}
