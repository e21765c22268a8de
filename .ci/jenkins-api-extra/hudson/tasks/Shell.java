// Signature stub of hudson.tasks.Shell (jenkins-core 2.541.3), for type-checking only.
// Declared as a Builder: its superclass CommandInterpreter (which extends Builder) is left out.
package hudson.tasks;

public class Shell extends Builder {

    public Shell(String command) {
        throw new UnsupportedOperationException("signature stub");
    }
}
