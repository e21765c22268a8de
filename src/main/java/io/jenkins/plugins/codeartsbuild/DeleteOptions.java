package io.jenkins.plugins.codeartsbuild;

import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;

/**
 * The options of a delete beyond the selector's, as both front ends ({@link DeleteBuildJobStep},
 * {@link DeleteBuildJobBuilder}) hold them: the filters by age and state, and purge.
 */
interface DeleteOptions extends SelectionOptions {

    Integer getNotBuiltForDays();

    boolean isOnlyDisabled();

    boolean isKeepNeverBuilt();

    boolean isPurge();

    /** The selection these options make, filters and purge included, not yet checked. */
    @Override
    default JobSelection toSelection() {
        JobSelection s = SelectionOptions.super.toSelection();
        s.setNotBuiltForDays(getNotBuiltForDays());
        s.setOnlyDisabled(isOnlyDisabled());
        s.setKeepNeverBuilt(isKeepNeverBuilt());
        s.setPurge(isPurge());
        return s;
    }
}
