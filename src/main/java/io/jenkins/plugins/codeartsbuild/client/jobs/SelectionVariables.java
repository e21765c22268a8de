package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.BuildVariables;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A selection with a build's variables expanded: see {@link JobSelection#expand}. */
final class SelectionVariables {

    private SelectionVariables() {}

    static JobSelection expand(JobSelection from, Function<String, String> values) throws CodeArtsValidationException {
        JobSelection s = copy(from);
        s.setJobId(BuildVariables.expand(Kind.JOB_ID.option(), from.getJobId(), values));
        if (from.getJobIds() != null) {
            List<String> expanded = new ArrayList<>();
            for (String id : from.getJobIds()) {
                expanded.add(BuildVariables.expand(Kind.JOB_IDS.option(), id, values));
            }
            s.setJobIds(expanded);
        }
        s.setJobName(BuildVariables.expand(Kind.JOB_NAME.option(), from.getJobName(), values));
        s.setJobNamePattern(BuildVariables.expand(
                Kind.JOB_NAME_PATTERN.option(), from.getJobNamePattern(), values, Glob::quoteAfter));
        s.setJobNamePrefix(BuildVariables.expand(Kind.JOB_NAME_PREFIX.option(), from.getJobNamePrefix(), values));
        s.setCodeArtsProjectId(BuildVariables.expand("codeArtsProjectId", from.getCodeArtsProjectId(), values));
        // the credentials id stays as written: the credentials lookup resolves ${NAME} of a credentials parameter
        // itself, with the rights of the user who started the build; expanding it here would skip that check
        s.setRegion(BuildVariables.expand("region", from.getRegion(), values));
        return s;
    }

    /** Every option copied (the setters keep what was already kept). */
    private static JobSelection copy(JobSelection from) {
        JobSelection s = new JobSelection();
        s.setJobId(from.getJobId());
        s.setJobIds(from.getJobIds());
        s.setJobName(from.getJobName());
        s.setJobNamePattern(from.getJobNamePattern());
        s.setJobNamePrefix(from.getJobNamePrefix());
        s.setCodeArtsProjectId(from.getCodeArtsProjectId());
        s.setDryRun(from.isDryRun());
        s.setMaxJobs(from.getMaxJobs());
        s.setParallelism(from.getParallelism());
        s.setIgnoreMissing(from.isIgnoreMissing());
        s.setNotBuiltForDays(from.getNotBuiltForDays());
        s.setOnlyDisabled(from.isOnlyDisabled());
        s.setKeepNeverBuilt(from.isKeepNeverBuilt());
        s.setPurge(from.isPurge());
        s.setCredentialsId(from.getCredentialsId());
        s.setRegion(from.getRegion());
        return s;
    }
}
