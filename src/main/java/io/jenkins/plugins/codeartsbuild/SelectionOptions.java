package io.jenkins.plugins.codeartsbuild;

import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import java.util.List;

/**
 * The selector options every step and builder that acts on jobs holds ({@link SelectionStep},
 * {@link SelectionBuilder}), and the one place that turns them into the client's {@link JobSelection}.
 */
interface SelectionOptions {

    String getJobId();

    List<String> getJobIds();

    String getJobName();

    String getJobNamePattern();

    String getJobNamePrefix();

    String getCodeArtsProjectId();

    boolean isDryRun();

    int getMaxJobs();

    int getParallelism();

    boolean isIgnoreMissing();

    String getCredentialsId();

    String getRegion();

    /** The selection these options make, not yet checked ({@link JobSelection#plan()} checks it). */
    default JobSelection toSelection() {
        JobSelection s = new JobSelection();
        s.setJobId(getJobId());
        s.setJobIds(getJobIds());
        s.setJobName(getJobName());
        s.setJobNamePattern(getJobNamePattern());
        s.setJobNamePrefix(getJobNamePrefix());
        s.setCodeArtsProjectId(getCodeArtsProjectId());
        s.setDryRun(isDryRun());
        s.setMaxJobs(getMaxJobs());
        s.setParallelism(getParallelism());
        s.setIgnoreMissing(isIgnoreMissing());
        s.setCredentialsId(getCredentialsId());
        s.setRegion(getRegion());
        return s;
    }
}
