package io.jenkins.plugins.codeartsbuild.client.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a successful delete returned. Immutable. */
public final class DeleteJobResult {

    private final String jobId;
    private final String projectId;
    private final String requestId;
    private final int attempts;
    private final boolean alreadyDeleted;
    private final String confirmedJobId;
    private final boolean goneBeforeThisCall;

    public DeleteJobResult(String jobId, String projectId, String requestId, int attempts, boolean alreadyDeleted) {
        this(jobId, projectId, requestId, attempts, alreadyDeleted, null);
    }

    /**
     * A job found gone (404).
     *
     * @param earlierAttemptMayHaveDeletedIt whether an earlier attempt of this call may have deleted the job before
     *     its answer was lost; when not, the job was gone before this call sent anything that could delete it
     */
    public static DeleteJobResult foundGone(
            String jobId, String requestId, int attempts, boolean earlierAttemptMayHaveDeletedIt) {
        return new DeleteJobResult(jobId, null, requestId, attempts, true, null, !earlierAttemptMayHaveDeletedIt);
    }

    public DeleteJobResult(
            String jobId,
            String projectId,
            String requestId,
            int attempts,
            boolean alreadyDeleted,
            String confirmedJobId) {
        this(jobId, projectId, requestId, attempts, alreadyDeleted, confirmedJobId, false);
    }

    private DeleteJobResult(
            String jobId,
            String projectId,
            String requestId,
            int attempts,
            boolean alreadyDeleted,
            String confirmedJobId,
            boolean goneBeforeThisCall) {
        this.goneBeforeThisCall = goneBeforeThisCall;
        this.confirmedJobId = confirmedJobId;
        this.jobId = jobId;
        this.projectId = projectId;
        this.requestId = requestId;
        this.attempts = attempts;
        this.alreadyDeleted = alreadyDeleted;
    }

    /** The job asked for: the one the request's URL named. */
    public String getJobId() {
        return jobId;
    }

    /**
     * The id the service's success named when it is not {@link #getJobId()} (escaped if it is not a plain id), else
     * {@code null}. The deletion still succeeded: the URL named the job; the caller warns once.
     */
    public String getConfirmedJobId() {
        return confirmedJobId;
    }

    /** The CodeArts project id of the job ({@code result.project_id}); {@code null} when it was already gone. */
    public String getProjectId() {
        return projectId;
    }

    /** The request id of the last answer, for Huawei support; may be {@code null}. */
    public String getRequestId() {
        return requestId;
    }

    /** How many times the delete was attempted, retries and a token refresh included. */
    public int getAttempts() {
        return attempts;
    }

    /**
     * True when the job was found gone (404) rather than deleted now: after an attempt whose answer was lost, or
     * because missing jobs were tolerated.
     */
    public boolean isAlreadyDeleted() {
        return alreadyDeleted;
    }

    /**
     * Whether the job was gone before this call could have deleted it: found gone at once, or after attempts that
     * cannot have reached the service. Such a job was deleted by someone else (or an earlier run); a purge leaves it
     * alone, since this step did not delete it.
     */
    public boolean isGoneBeforeThisCall() {
        return goneBeforeThisCall;
    }

    /**
     * The fields as a map with keys {@code jobId, projectId, requestId, alreadyDeleted, attempts, confirmedJobId}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", jobId);
        m.put("projectId", projectId);
        m.put("requestId", requestId);
        m.put("alreadyDeleted", alreadyDeleted);
        m.put("attempts", attempts);
        m.put("confirmedJobId", confirmedJobId);
        return m;
    }

    @Override
    public String toString() {
        return "DeleteJobResult" + toMap();
    }
}
