// Signature stub of hudson.XmlFile (jenkins-core 2.541.3), for type-checking only: the type alone.
package hudson;

public final class XmlFile {

    private XmlFile() {
        throw new UnsupportedOperationException("signature stub");
    }
}
