package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import java.util.regex.Pattern;

/**
 * The rule for a CodeArts Build job id: exactly 32 ASCII letters or digits, nothing trimmed. It is checked before
 * any URL is built, because OkHttp would collapse {@code ..} segments and an allowlist is the only safe check.
 */
public final class JobIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{32}");

    private JobIds() {}

    /** Returns the job id if it is valid; otherwise says why, showing the value escaped and shortened. */
    public static String check(String jobId) throws CodeArtsValidationException {
        if (Texts.isBlank(jobId)) {
            throw new CodeArtsValidationException(Problem.JOB_ID_REQUIRED);
        }
        if (!VALID.matcher(jobId).matches()) {
            throw new CodeArtsValidationException(Problem.JOB_ID_INVALID, Texts.escapeAndShorten(jobId, 40));
        }
        return jobId;
    }
}
