package io.jenkins.plugins.codeartsbuild.client.model;

import java.util.function.Predicate;

/**
 * How a look-up by name selects jobs: the exact name, a glob ({@link Glob}) or a literal prefix. It also says what the
 * server may narrow its list by ({@link #search()}): a text every matching name contains, so that no match is lost
 * whatever the server's search does with it (empty: no search); the names the server returns are always matched here.
 */
public record NameMatch(String search, Predicate<String> names) implements Predicate<String> {

    public static NameMatch of(JobSelection.Kind kind, String text) {
        return switch (kind) {
            case JOB_NAME -> new NameMatch(text, text::equals);
            case JOB_NAME_PREFIX -> new NameMatch(text, n -> n.startsWith(text));
            case JOB_NAME_PATTERN -> {
                Glob glob = Glob.of(text);
                yield new NameMatch(glob.longestLiteral(), glob::matches);
            }
            default -> throw new IllegalArgumentException("not a look-up by name: " + kind);
        };
    }

    @Override
    public boolean test(String name) {
        return name != null && names.test(name);
    }
}
