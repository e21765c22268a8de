package io.jenkins.plugins.codeartsbuild.client.model;

/** A job's fate in an {@link Outcome}: one enum per operation, a {@link Delete} or a {@link Restore}. */
public sealed interface Status permits Status.Delete, Status.Restore {

    String name();

    /** The fate of one job of a delete. */
    enum Delete implements Status {
        /** Deleted now. */
        DELETED,
        /** Found gone: missing jobs were tolerated, or an earlier attempt deleted it before its answer was lost. */
        ALREADY_GONE,
        /** The delete failed. */
        FAILED,
        /** Dry run: it exists and the caller may delete it. */
        WOULD_DELETE,
        /** Dry run: it exists, but the caller may not delete it (a real run gets a 403). */
        NOT_PERMITTED,
        /** Dry run: it does not exist. */
        MISSING,
        /** The batch was aborted before this job's delete was sent. */
        NOT_ATTEMPTED,
        /** The batch was aborted while this job's delete was in flight: whether it was deleted is not known. */
        UNKNOWN
    }

    /** The fate of one job of a restore, or of a deleted job's purge from the recycle bin. */
    enum Restore implements Status {
        /** Restored now. */
        RESTORED,
        /** Removed from the recycle bin for good (a delete's {@code purge}). */
        PURGED,
        /** Dry run: it is in the recycle bin and would be restored. */
        WOULD_RESTORE,
        /** The recycle bin's list does not hold it: nothing was sent for it. */
        NOT_IN_RECYCLE_BIN,
        /**
         * A delete's purge: the job was already gone when this step asked to delete it (deleted before, by someone
         * else or another run), so this step leaves it in the recycle bin, where it can still be restored. Nothing is
         * sent for it.
         */
        DELETED_EARLIER,
        /** The call failed. */
        FAILED,
        /** The batch was aborted before this job's call was sent. */
        NOT_ATTEMPTED,
        /** The batch was aborted while this job's call was in flight: whether it took effect is not known. */
        UNKNOWN
    }
}
