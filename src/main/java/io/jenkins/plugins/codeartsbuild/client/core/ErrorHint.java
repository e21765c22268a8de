package io.jenkins.plugins.codeartsbuild.client.core;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import java.util.Set;

/**
 * The advice that goes with a failure: which failure gets which is {@link #of}. The Jenkins layer turns each into one
 * localized sentence ({@code ErrorHint.<NAME>} in its {@code Messages.properties}, where its wording lives).
 */
public enum ErrorHint {
    NONE,
    FIX_INPUT,
    CHECK_KEYS_OR_CLOCK,
    KEY_LOCKED,
    CHECK_PERMISSION,
    /** IAM refused a look-up of the IAM project (request signing without a configured IAM project id). */
    CHECK_IAM_PERMISSION,
    CHECK_JOB_ID_OR_REGION,
    CHECK_ENDPOINT,
    CHECK_PROXY,
    CHECK_REQUEST,
    TRY_LATER,
    /**
     * IAM refused the token exchange ({@code hw_ak_sk}, which Huawei's public IAM reference does not document) in a way
     * that is not a bad key, a lockout or a busy service: request signing, Huawei's documented way, needs no token.
     */
    USE_SIGNATURE_MODE;

    public static ErrorHint of(CodeArtsException e) {
        if (e instanceof CodeArtsValidationException) {
            return FIX_INPUT;
        } else if (e instanceof CodeArtsTransportException t) {
            return switch (t.getKind()) {
                case UNKNOWN_HOST, TLS, PROTOCOL -> CHECK_ENDPOINT;
                case PROXY -> CHECK_PROXY;
                default -> TRY_LATER;
            };
        }
        return e instanceof CodeArtsApiException a ? ofApi(a) : NONE;
    }

    private static ErrorHint ofApi(CodeArtsApiException a) {
        int s = a.getStatus();
        if (a.answer().mentionsKeyLock()) {
            return KEY_LOCKED;
        } else if (isTokenExchangeRefused(a)) {
            return USE_SIGNATURE_MODE;
        }
        return switch (a.getFailure()) {
            case PROXY_AUTH -> CHECK_PROXY;
            case FOREIGN_ERROR -> s == 429 || s >= 500 ? TRY_LATER : CHECK_ENDPOINT;
            case REDIRECT, PROJECT_NOT_FOUND, INVALID_TOKEN, INVALID_PROJECT_ID, UNEXPECTED_STATUS -> CHECK_ENDPOINT;
            case NO_TOKEN, MALFORMED_ANSWER -> TRY_LATER;
            case HTTP_ERROR, REFUSED -> byStatus(a, s);
        };
    }

    /** A Huawei Cloud error, in an error status or in a 200 that refuses. */
    private static ErrorHint byStatus(CodeArtsApiException a, int s) {
        String code = a.answer().code();
        return switch (s) {
            case 401 -> CHECK_KEYS_OR_CLOCK;
            case 403 -> a.getService() == Service.IAM ? CHECK_IAM_PERMISSION : CHECK_PERMISSION;
            // APIG.0101: no such API, a wrong endpoint rather than a missing job
            case 404 ->
                a.getService() == Service.CODEARTS_BUILD && (code == null || !code.endsWith(".0101"))
                        ? CHECK_JOB_ID_OR_REGION
                        : CHECK_ENDPOINT;
            case 400 -> CHECK_REQUEST;
            default -> s == 429 || s >= 500 ? TRY_LATER : NONE;
        };
    }

    /**
     * The token exchange answered, but not with a usable token, for another reason than the key (401), throttling or a
     * busy service: refused as a request (400, 403, 404, 405, 501), or without a token a header can carry.
     */
    private static boolean isTokenExchangeRefused(CodeArtsApiException a) {
        if (a.getService() != Service.IAM || a.getPath() == null || !a.getPath().endsWith("/v3/auth/tokens")) {
            return false;
        }
        return switch (a.getFailure()) {
            case NO_TOKEN, INVALID_TOKEN -> true;
            case HTTP_ERROR ->
                !a.isThrottling() && Set.of(400, 403, 404, 405, 501).contains(a.getStatus());
            default -> false;
        };
    }
}
