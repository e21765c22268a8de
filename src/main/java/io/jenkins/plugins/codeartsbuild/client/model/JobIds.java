package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rule for a CodeArts Build job id: exactly 32 ASCII letters or digits, nothing trimmed. It is checked before
 * any URL is built, because OkHttp would collapse {@code ..} segments and an allowlist is the only safe check.
 */
public final class JobIds {

    static final int LENGTH = 32;

    private JobIds() {}

    /** Returns the job id if it is valid; otherwise says why, showing the value escaped and shortened. */
    public static String check(String jobId) throws CodeArtsValidationException {
        if (Texts.isBlank(jobId)) {
            throw new CodeArtsValidationException(Problem.JOB_ID_REQUIRED);
        }
        if (!isValid(jobId)) {
            throw new CodeArtsValidationException(Problem.JOB_ID_INVALID, Texts.escapeAndShorten(jobId, 40));
        }
        return jobId;
    }

    /** A CodeArts project id: the same rule as a job id (32 letters or digits). */
    public static String checkProjectId(String projectId) throws CodeArtsValidationException {
        if (!isValid(projectId)) {
            throw new CodeArtsValidationException(
                    Problem.CODEARTS_PROJECT_ID_INVALID, Texts.escapeAndShorten(projectId, 40));
        }
        return projectId;
    }

    /**
     * Every id of the list, checked before any of them is used (the error counts the bad ones), duplicates removed
     * in order.
     */
    public static List<String> unique(List<String> ids) throws CodeArtsValidationException {
        if (ids.isEmpty()) {
            throw new CodeArtsValidationException(Problem.JOB_IDS_EMPTY);
        }
        int bad = 0;
        CodeArtsValidationException first = null;
        for (String id : ids) {
            try {
                JobIds.check(id);
            } catch (CodeArtsValidationException e) {
                bad++;
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            String shown = first.getProblem() == Problem.JOB_ID_REQUIRED
                    ? "''"
                    : first.getArguments().get(0);
            throw new CodeArtsValidationException(
                    Problem.JOB_IDS_INVALID, String.valueOf(bad), String.valueOf(ids.size()), shown);
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** {@code ^[A-Za-z0-9]{32}$}, without a regular expression (this runs on every delete). */
    public static boolean isValid(String jobId) {
        return Texts.isAlphanumeric(jobId, LENGTH, LENGTH);
    }
}
