package io.jenkins.plugins.codeartsbuild.summary;

import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;

/** The words of the build page's summary: its title and each outcome code, localized. */
final class SummaryWords {

    private SummaryWords() {}

    static String title(CleanupSummary s) {
        if (s.runs > 0) {
            return Messages.Summary_titleFolded(s.runs);
        }
        boolean delete = s.operation == Operation.DELETE;
        if (s.dryRun) {
            return delete ? Messages.Summary_titleDeleteDryRun() : Messages.Summary_titleRestoreDryRun();
        }
        return delete ? Messages.Summary_titleDelete() : Messages.Summary_titleRestore();
    }

    /** The words for an outcome code: {@code DELETED/PURGED}, a job's then its purge's, as two. */
    static String outcome(String code) {
        String[] parts = (code == null ? "" : code).split("/", 2);
        return parts.length == 1 ? word(parts[0]) : word(parts[0]) + ", " + purgeWord(parts[1]);
    }

    /** A purge that failed or did not end says so: "deleted, failed" reads as a failed delete. */
    private static String purgeWord(String code) {
        return switch (code) {
            case "FAILED" -> Messages.Summary_purgeFailed();
            case "NOT_ATTEMPTED" -> Messages.Summary_purgeNotAttempted();
            case "UNKNOWN" -> Messages.Summary_purgeUnknown();
            default -> word(code);
        };
    }

    private static String word(String code) {
        return switch (code) {
            case "DELETED" -> Messages.Summary_DELETED();
            case "ALREADY_GONE" -> Messages.Summary_ALREADY_GONE();
            case "FAILED" -> Messages.Summary_FAILED();
            case "WOULD_DELETE" -> Messages.Summary_WOULD_DELETE();
            case "NOT_PERMITTED" -> Messages.Summary_NOT_PERMITTED();
            case "MISSING" -> Messages.Summary_MISSING();
            case "NOT_ATTEMPTED" -> Messages.Summary_NOT_ATTEMPTED();
            case "RESTORED" -> Messages.Summary_RESTORED();
            case "PURGED" -> Messages.Summary_PURGED();
            case "WOULD_RESTORE" -> Messages.Summary_WOULD_RESTORE();
            case "NOT_IN_RECYCLE_BIN" -> Messages.Summary_NOT_IN_RECYCLE_BIN();
            case "DELETED_EARLIER" -> Messages.Summary_DELETED_EARLIER();
            default -> Messages.Summary_UNKNOWN();
        };
    }
}
