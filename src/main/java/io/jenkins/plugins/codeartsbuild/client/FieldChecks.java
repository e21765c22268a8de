package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobIds;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.jobs.OptionText;
import java.util.ArrayList;
import java.util.List;

/**
 * What a form says about each field as it is typed, with the rules the run applies, so that the form and the run
 * refuse the same values. Jenkins checks every field when a form loads, so a field left blank (the usual case for all
 * but one selector) is never an error; which selector is set is checked once, by {@link #selectors}. Where build
 * variables are expanded ({@code expands}), a value that mentions one is judged when the build runs.
 */
public final class FieldChecks {

    private FieldChecks() {}

    /** How bad a field is. */
    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    /** A field's verdict: its level and, unless it is fine, the problem to show (its kind and escaped arguments). */
    public record Verdict(Level level, Problem kind, List<String> arguments) {

        public static final Verdict OK = new Verdict(Level.OK, null, List.of());

        public Verdict {
            arguments = List.copyOf(arguments);
        }

        static Verdict warning(Problem problem, String... args) {
            return new Verdict(Level.WARNING, problem, List.of(args));
        }

        static Verdict error(CodeArtsValidationException e) {
            return new Verdict(Level.ERROR, e.getProblem(), e.getArguments());
        }

        /** The problem as the run would throw it, or null when the field is fine. */
        public CodeArtsValidationException problem() {
            return kind == null ? null : new CodeArtsValidationException(kind, arguments.toArray(String[]::new));
        }

        /** The worse of the two; the first when they are as bad. */
        public Verdict or(Verdict other) {
            return other.level.compareTo(level) > 0 ? other : this;
        }
    }

    /**
     * Exactly one selector: none is a warning (the form is not finished yet), several an error. Each value is the
     * field's text (the ids one per line), blank when not set, in the order of {@link JobSelection.Kind}.
     */
    public static Verdict selectors(List<JobSelection.Kind> kinds, List<String> values) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (!Texts.isBlank(values.get(i))) {
                given.add(kinds.get(i).option());
            }
        }
        if (given.isEmpty()) {
            return Verdict.warning(Problem.SELECTOR_MISSING);
        }
        return given.size() == 1
                ? Verdict.OK
                : Verdict.error(new CodeArtsValidationException(Problem.SELECTOR_AMBIGUOUS, String.join(", ", given)));
    }

    public static Verdict jobId(String value, boolean expands) {
        if (Texts.isBlank(value) || (expands && BuildVariables.mentions(value))) {
            return Verdict.OK;
        }
        try {
            JobIds.check(value);
            return Verdict.OK;
        } catch (CodeArtsValidationException e) {
            return Verdict.error(e);
        }
    }

    /** Ids one per line, each checked like a job id; duplicates are a warning (each job is deleted once). */
    public static Verdict jobIds(String text, boolean expands) {
        List<String> lines = OptionText.lines(text);
        if (lines == null) {
            return Verdict.OK;
        }
        JobSelection s = new JobSelection();
        s.setJobIds(
                expands
                        ? lines.stream()
                                .filter(l -> !BuildVariables.mentions(l))
                                .toList()
                        : lines);
        if (s.getJobIds().isEmpty()) {
            return Verdict.OK;
        }
        try {
            int duplicates = s.plan().duplicatesRemoved();
            return duplicates == 0
                    ? Verdict.OK
                    : Verdict.warning(Problem.JOB_IDS_DUPLICATED, String.valueOf(duplicates));
        } catch (CodeArtsValidationException e) {
            return Verdict.error(e);
        }
    }

    public static Verdict codeArtsProjectId(String value, boolean expands) {
        String id = OptionText.trimmed(value);
        if (id == null || (expands && BuildVariables.mentions(id))) {
            return Verdict.OK;
        }
        try {
            JobIds.checkProjectId(id);
            return Verdict.OK;
        } catch (CodeArtsValidationException e) {
            return Verdict.error(e);
        }
    }

    /** A whole number from 1 to {@code max}; blank is the default. */
    public static Verdict number(String value, int max, Problem invalid) {
        String v = OptionText.trimmed(value);
        if (v == null) {
            return Verdict.OK;
        }
        boolean digits = v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= max) {
            return Verdict.OK;
        }
        return Verdict.error(
                new CodeArtsValidationException(invalid, Texts.escapeAndShorten(v, 20), String.valueOf(max)));
    }

    /**
     * A region: blank falls back to {@code defaultRegion} (a warning when there is none either); an unknown region is
     * a warning, as it works with both endpoint overrides.
     */
    public static Verdict region(String value, boolean expands, String defaultRegion) {
        String region = OptionText.trimmed(value);
        if (region == null) {
            return defaultRegion == null ? Verdict.warning(Problem.REGION_NOT_SET) : Verdict.OK;
        }
        if (expands && BuildVariables.mentions(region)) {
            return Verdict.OK;
        }
        try {
            Endpoints.checkRegion(region);
        } catch (CodeArtsValidationException e) {
            return Verdict.error(e);
        }
        return Endpoints.KNOWN_REGIONS.contains(region)
                ? Verdict.OK
                : Verdict.warning(Problem.REGION_NOT_KNOWN, Texts.escapeAndShorten(region, 80));
    }

    /** An endpoint override; blank is the region's default endpoint. */
    public static Verdict endpoint(Service service, String value) {
        if (Texts.isBlank(value)) {
            return Verdict.OK;
        }
        try {
            Endpoints.checkOverride(service, value);
            return Verdict.OK;
        } catch (CodeArtsValidationException e) {
            return Verdict.error(e);
        }
    }

    /** An IAM project id override; blank is the project named after the region. */
    public static Verdict iamProjectId(String value) {
        try {
            ClientConfig.checkProjectId(value);
            return Verdict.OK;
        } catch (CodeArtsValidationException e) {
            return Verdict.error(e);
        }
    }
}
