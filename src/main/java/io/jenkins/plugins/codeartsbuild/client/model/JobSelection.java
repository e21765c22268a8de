package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a step acts on, checked: exactly one selector ({@link Kind}) and how, with the credentials and region to use.
 * Made by {@link #of}, which reads and checks every option; the constructor checks again what reaches a URL, so that
 * whatever the caller, no selection a batch receives puts {@code ..} or {@code /} into a URL.
 *
 * @param ids the ids given, duplicates removed, in order; empty for a look-up by name
 * @param name the name, pattern or prefix; {@code null} for ids
 * @param credentialsId as written; {@code null} for the global default
 * @param region {@code null} for the global default
 */
public record JobSelection(
        Kind kind,
        List<String> ids,
        int duplicatesRemoved,
        String name,
        String codeArtsProjectId,
        boolean dryRun,
        int maxJobs,
        int parallelism,
        boolean ignoreMissing,
        JobFilter filter,
        boolean purge,
        String credentialsId,
        String region) {

    public static final int DEFAULT_MAX_JOBS = 50;
    public static final int MAX_MAX_JOBS = 10_000;
    public static final int DEFAULT_PARALLELISM = 4;
    public static final int MAX_PARALLELISM = 16;
    public static final int SAMPLE = 20; // the jobs a dry run above maxJobs checks and reports
    static final int MAX_NAME_LENGTH = 256;

    public enum Kind {
        JOB_ID("jobId"),
        JOB_IDS("jobIds"),
        JOB_NAME("jobName"),
        JOB_NAME_PATTERN("jobNamePattern"),
        JOB_NAME_PREFIX("jobNamePrefix");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        /** The option's name in Pipeline syntax. */
        public String option() {
            return option;
        }
    }

    public JobSelection {
        ids = List.copyOf(ids);
        if (!ids.stream().allMatch(JobIds::isValid)
                || (codeArtsProjectId != null && !JobIds.isValid(codeArtsProjectId))) {
            throw new IllegalArgumentException("a job or project id that breaks the id rule: use JobSelection.of");
        }
    }

    /**
     * Reads the options once, {@code text} applied to every text but the credentials id, and checks them all before
     * anything is sent; the exception names the first option that is wrong.
     */
    public static JobSelection of(SelectionOptions o, Text text) throws CodeArtsValidationException {
        // the build's variables first, in the order of the form: one without a value is said before anything else
        String jobId = read(text, Kind.JOB_ID, o.getJobId(), false);
        List<String> idsGiven = o.getJobIds();
        List<String> jobIds = null;
        if (idsGiven != null) {
            jobIds = new ArrayList<>();
            for (String id : idsGiven) {
                jobIds.add(id == null ? null : text.of(Kind.JOB_IDS.option(), id, false));
            }
        }
        String jobName = read(text, Kind.JOB_NAME, o.getJobName(), false);
        String pattern = read(text, Kind.JOB_NAME_PATTERN, o.getJobNamePattern(), true);
        String prefix = read(text, Kind.JOB_NAME_PREFIX, o.getJobNamePrefix(), false);
        String project = setting(text, "codeArtsProjectId", o.getCodeArtsProjectId());
        String region = setting(text, "region", o.getRegion());
        String credentialsId = SelectionOptions.setting(o.getCredentialsId()); // as written: see Text
        Object[] given = {jobId, jobIds, jobName, pattern, prefix}; // in the order of Kind
        Kind kind = onlySelector(Arrays.stream(Kind.values())
                .filter(k -> given[k.ordinal()] != null)
                .toList());
        int maxJobs = SelectionOptions.inRange(o.getMaxJobs(), MAX_MAX_JOBS, Problem.MAX_JOBS_INVALID);
        int parallelism = SelectionOptions.inRange(o.getParallelism(), MAX_PARALLELISM, Problem.PARALLELISM_INVALID);
        Integer days = o.getNotBuiltForDays(); // null: any age
        int notBuiltForDays = days == null
                ? 0
                : SelectionOptions.inRange(days, JobFilter.MAX_DAYS, Problem.NOT_BUILT_FOR_DAYS_INVALID);
        JobFilter filter = new JobFilter(notBuiltForDays, o.isOnlyDisabled(), o.isKeepNeverBuilt());
        if (filter.keepNeverBuilt() && notBuiltForDays == 0) {
            // it spares never-built jobs from the age filter only: alone, it would spare nothing, unsaid
            throw new CodeArtsValidationException(Problem.KEEP_NEVER_BUILT_NEEDS_AGE);
        }
        boolean byIds = kind == Kind.JOB_ID || kind == Kind.JOB_IDS;
        if (!filter.isNone() && byIds) {
            throw new CodeArtsValidationException(Problem.FILTER_NEEDS_NAME);
        }
        if (project != null && byIds) {
            throw new CodeArtsValidationException(Problem.PROJECT_WITHOUT_NAME, kind.option());
        }
        String projectId = project == null ? null : JobIds.checkProjectId(project);
        List<String> ids =
                switch (kind) {
                    case JOB_ID -> List.of(JobIds.check(jobId));
                    case JOB_IDS -> JobIds.unique(jobIds);
                    default -> List.of();
                };
        String name = byIds ? null : checkName((String) given[kind.ordinal()]); // the name, pattern or prefix
        int duplicates = jobIds == null ? 0 : jobIds.size() - ids.size();
        return new JobSelection(
                kind,
                ids,
                duplicates,
                name,
                projectId,
                o.isDryRun(),
                maxJobs,
                parallelism,
                o.isIgnoreMissing(),
                filter,
                o.isPurge(),
                credentialsId,
                region);
    }

    private static String read(Text text, Kind kind, String value, boolean pattern) throws CodeArtsValidationException {
        String given = SelectionOptions.text(value);
        return given == null ? null : SelectionOptions.text(text.of(kind.option(), given, pattern));
    }

    private static String setting(Text text, String option, String value) throws CodeArtsValidationException {
        String given = SelectionOptions.setting(value);
        return given == null ? null : SelectionOptions.setting(text.of(option, given, false));
    }

    /** The one selector given, of those the form or the step has; else why not, naming all that were given. */
    public static Kind onlySelector(List<Kind> given) throws CodeArtsValidationException {
        if (given.isEmpty()) {
            throw new CodeArtsValidationException(Problem.SELECTOR_MISSING);
        }
        if (given.size() > 1) {
            throw new CodeArtsValidationException(
                    Problem.SELECTOR_AMBIGUOUS,
                    String.join(", ", given.stream().map(Kind::option).toList()));
        }
        return given.get(0);
    }

    private static String checkName(String name) throws CodeArtsValidationException {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new CodeArtsValidationException(
                    Problem.JOB_NAME_INVALID, Texts.escapeAndShorten(name, 40), String.valueOf(MAX_NAME_LENGTH));
        }
        // no job name has one; a value read with sh(returnStdout: true) ends with a line break, and would match no job
        // (a prefix cleanup deleting nothing, a missing job "already gone") without a word
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new CodeArtsValidationException(Problem.JOB_NAME_CONTROL, Texts.escapeAndShorten(name, 40));
        }
        return name;
    }

    /**
     * What was selected, for a log line or a message in either language (so no word of one): a name is quoted,
     * escaped and shortened, so that it cannot forge a line; a list is its first id and how many it holds.
     */
    public String describe() {
        return switch (kind) {
            case JOB_ID, JOB_IDS -> ids.size() == 1 ? ids.get(0) : ids.get(0) + ", … (" + ids.size() + ")";
            case JOB_NAME, JOB_NAME_PATTERN, JOB_NAME_PREFIX -> Texts.escapeAndShorten(name, 80);
        };
    }

    /**
     * A single delete: one {@code jobId}, neither a dry run nor a purge. It runs as a batch of one; where it differs from
     * a batch, this is all of it (each place reads this method):
     * <ul>
     *   <li>{@code DeleteBatch}: no authentication before the call (the one call authenticates, so it sends exactly what
     *       one delete sends), and no batch pacer: the call honours the server's {@code Retry-After} itself, up to 30 s;
     *   <li>{@code BuildLog}: worded as one delete (a line before it and one when done, retries without the job's id,
     *       no counts, nothing more on an abort), its failure in the build's error message;
     *   <li>{@code CodeArtsService}: when IAM refused the key at the first attempt, before the job was asked about, no
     *       summary on the build page, as for a batch whose authentication fails.
     * </ul>
     */
    public boolean isSingleDelete() {
        return kind == Kind.JOB_ID && !dryRun && !purge;
    }

    public boolean byName() {
        return name != null;
    }

    /** What names are selected by, for a look-up by name; {@code null} for ids. */
    public NameMatch nameMatch() {
        return name == null ? null : NameMatch.of(kind, name);
    }

    /**
     * How a look-up by name selects jobs: the exact name, a glob ({@link Glob}) or a literal prefix. It also says what the
     * server may narrow its list by ({@link #search()}): a text every matching name contains, so that no match is lost
     * whatever the server's search does with it (empty: no search); the names the server returns are always matched here.
     */
    public record NameMatch(String search, Predicate<String> names) implements Predicate<String> {

        public static NameMatch of(Kind kind, String text) {
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
}
