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

    public DeleteJobResult(String jobId, String projectId, String requestId, int attempts, boolean alreadyDeleted) {
        this(jobId, projectId, requestId, attempts, alreadyDeleted, null);
    }

    public DeleteJobResult(
            String jobId,
            String projectId,
            String requestId,
            int attempts,
            boolean alreadyDeleted,
            String confirmedJobId) {
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
