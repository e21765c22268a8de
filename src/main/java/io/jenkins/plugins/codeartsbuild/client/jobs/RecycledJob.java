package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import java.time.Instant;

/**
 * A job of the CodeArts Build recycle bin, cleaned: its id (it passed the id rule), its name quoted fit for a log
 * line, its CodeArts project's id when plain, when it was deleted ({@code null}: not said, or not a time) and who
 * created it.
 */
public record RecycledJob(String id, String name, String projectId, Instant deletedAt, String creator) {

    /** As a job of the other lists, for the selection's name match and the outcomes. */
    public BuildJob asBuildJob() {
        return new BuildJob(id, name, projectId, null, null, null);
    }
}
