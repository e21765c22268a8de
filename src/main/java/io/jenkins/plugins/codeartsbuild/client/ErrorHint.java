package io.jenkins.plugins.codeartsbuild.client;

/**
 * The advice that goes with a failure. The Jenkins layer turns each into one localized sentence
 * ({@code ErrorHint.<NAME>} in its {@code Messages.properties}).
 */
public enum ErrorHint {
    /** Nothing specific to say. */
    NONE,
    /** An input was refused before anything was sent. */
    FIX_INPUT,
    /** 401: the AK/SK are wrong, or the clock of the Jenkins controller is off by more than 15 minutes. */
    CHECK_KEYS_OR_CLOCK,
    /** The key is locked after repeated failed logins: wait five minutes, then fix the key. */
    KEY_LOCKED,
    /** 403: the IAM user lacks permission on the job or its project. */
    CHECK_PERMISSION,
    /** 404 from CodeArts Build: wrong job id, or the job lives in another region. */
    CHECK_JOB_ID_OR_REGION,
    /** A wrong endpoint, region or network path: 3xx, API not found, unknown host, TLS, no such IAM project. */
    CHECK_ENDPOINT,
    /** 400: the request was refused as invalid. */
    CHECK_REQUEST,
    /** 429, 5xx, timeouts and lost connections: the service or network is busy, try again later. */
    TRY_LATER;

    /** The hint for a failure. */
    public static ErrorHint of(CodeArtsException e) {
        if (e instanceof CodeArtsValidationException) {
            return FIX_INPUT;
        }
        if (e instanceof CodeArtsTransportException t) {
            return switch (t.getKind()) {
                case UNKNOWN_HOST, TLS -> CHECK_ENDPOINT;
                default -> TRY_LATER;
            };
        }
        if (e instanceof CodeArtsApiException a) {
            return ofApi(a);
        }
        return NONE;
    }

    private static ErrorHint ofApi(CodeArtsApiException a) {
        switch (a.getFailure()) {
            case REDIRECT, PROJECT_NOT_FOUND:
                return CHECK_ENDPOINT;
            case NO_TOKEN, MALFORMED_ANSWER:
                return TRY_LATER;
            default:
                break;
        }
        if (a.mentionsKeyLock()) {
            return KEY_LOCKED;
        }
        int s = a.getStatus();
        if (s == 401) {
            return CHECK_KEYS_OR_CLOCK;
        }
        if (s == 403) {
            return CHECK_PERMISSION;
        }
        if (s == 404) {
            boolean apiNotFound = a.getErrorCode() != null && a.getErrorCode().endsWith(".0101");
            return a.getService() == Service.CODEARTS_BUILD && !apiNotFound ? CHECK_JOB_ID_OR_REGION : CHECK_ENDPOINT;
        }
        if (s == 429 || s >= 500) {
            return TRY_LATER;
        }
        return s == 400 ? CHECK_REQUEST : NONE;
    }
}
