package io.jenkins.plugins.codeartsbuild.client.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * How the steps keep the text of an option: blank means "not set"; ids and names as given, settings without
 * surrounding white space; the ids of a text area one per line.
 */
public final class OptionText {

    private OptionText() {}

    /** A text area's lines as ids: one per line, blank lines skipped; {@code null} when there is none. */
    public static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    /** Ids as the lines of a text area. */
    public static String joinLines(List<String> ids) {
        return ids == null ? "" : String.join("\n", ids);
    }

    /** Text as an option keeps it: {@code null} when blank, otherwise as given (ids and names are not trimmed). */
    public static String text(String value) {
        return blankToNull(value, false);
    }

    /** Text as a settings option keeps it: {@code null} when blank, otherwise without surrounding white space. */
    public static String trimmed(String value) {
        return blankToNull(value, true);
    }

    static String blankToNull(String value, boolean trim) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return trim ? value.strip() : value;
    }
}
