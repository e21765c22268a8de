package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Descriptor.FormException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import java.util.Arrays;
import java.util.List;
import net.sf.json.JSONObject;

/** A selection's form as its setters take it, and back; what a field may hold is {@link Forms}'s. */
final class FormValues {

    private FormValues() {}

    /**
     * The form as the setters take it: the text area of job ids (one per line) as a list (blank: not set), and blank
     * number fields left out so that they keep their defaults. A number field that holds anything else than a whole
     * number in its range is refused, naming it: Stapler would bind "1.5" or "99999999999" as {@code null}, that is,
     * silently as the default.
     */
    static JSONObject normalized(JSONObject form) throws FormException {
        if (form.opt("jobIds") instanceof String text) {
            // element(String, Object) removes the key for null (element(String, Collection) would store [null]), and
            // makes a list a JSON array as element(String, Collection) does
            form.element("jobIds", (Object) lines(text));
        }
        for (String number : Forms.NUMBERS.keySet()) {
            if (!(form.opt(number) instanceof String text)) {
                continue;
            }
            if (text.isBlank()) {
                form.element(number, (Object) null); // removes the key, as for jobIds above
                continue;
            }
            try {
                Forms.checkNumber(number, text);
            } catch (CodeArtsValidationException e) {
                throw new FormException(OutcomeWords.problem(e), number);
            }
        }
        return form;
    }

    /** A text area's lines as ids: one per line, blank lines skipped; {@code null} when there is none. */
    @CheckForNull
    static List<String> lines(@CheckForNull String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = Arrays.stream(text.split("\\R"))
                .filter(l -> !l.isBlank())
                .map(String::strip)
                .toList();
        return lines.isEmpty() ? null : lines;
    }

    /** The ids as the text area shows them, one per line. */
    static String joinLines(@CheckForNull List<String> ids) {
        return ids == null ? "" : String.join("\n", ids);
    }
}
