package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.CharacterRules;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.Texts;

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

    /** {@code ^[A-Za-z0-9]{32}$}, without a regular expression (this runs on every delete). */
    static boolean isValid(String jobId) {
        return CharacterRules.isAlphanumeric(jobId, LENGTH, LENGTH);
    }
}
