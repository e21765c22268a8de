package io.jenkins.plugins.codeartsbuild.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.model.Result;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words of the build page's summary: every outcome code the client writes has its own, never "unknown", and a
 * fold's title says how many runs it holds.
 */
class SummaryWordsTest {

    @Test
    void aJobDeletedBeforeThePurgeStepIsNamedAsSuch() {
        CleanupSummaryAction action =
                new CleanupSummaryAction(CleanupSummary.of(Result.Operation.DELETE, false, 0, List.of()), 1);

        assertThat(SummaryWords.outcome("DELETED_EARLIER"))
                .isEqualTo(Messages.Summary_DELETED_EARLIER())
                .isNotEqualTo(Messages.Summary_UNKNOWN());
        assertThat(action.outcome("ALREADY_GONE/DELETED_EARLIER"))
                .isEqualTo(Messages.Summary_ALREADY_GONE() + ", " + Messages.Summary_DELETED_EARLIER());
    }

    /** A failed or unfinished purge of a deleted job reads as the purge's, never as a failed delete. */
    @Test
    void aPurgeThatFailedIsNamedAsThePurgesFailure() {
        assertThat(SummaryWords.outcome("DELETED/FAILED"))
                .isEqualTo(Messages.Summary_DELETED() + ", " + Messages.Summary_purgeFailed())
                .doesNotContain(", " + Messages.Summary_FAILED() + ",")
                .doesNotEndWith(", " + Messages.Summary_FAILED());
        assertThat(SummaryWords.outcome("DELETED/NOT_ATTEMPTED"))
                .isEqualTo(Messages.Summary_DELETED() + ", " + Messages.Summary_purgeNotAttempted());
        assertThat(SummaryWords.outcome("DELETED/UNKNOWN"))
                .isEqualTo(Messages.Summary_DELETED() + ", " + Messages.Summary_purgeUnknown());
        assertThat(SummaryWords.outcome("FAILED")).isEqualTo(Messages.Summary_FAILED());
    }

    @Test
    void aFoldSaysHowManyRunsItHolds() {
        CleanupSummary single = CleanupSummary.of(Result.Operation.DELETE, false, 0, List.of());
        CleanupSummary fold = single.asFold();
        for (int i = 1; i < 6; i++) {
            fold = fold.fold(single);
        }

        assertThat(SummaryWords.title(single)).isEqualTo(Messages.Summary_titleDelete());
        assertThat(SummaryWords.title(fold)).isEqualTo(Messages.Summary_titleFolded(6));
        assertThat(Messages._Summary_titleFolded(6).toString(Locale.ENGLISH))
                .isEqualTo("CodeArts Build: 6 further runs, counted together");
        assertThat(Messages._Summary_titleFolded(1).toString(Locale.ENGLISH))
                .isEqualTo("CodeArts Build: 1 further run, counted together");
        assertThat(Messages._Summary_titleFolded(6).toString(Locale.SIMPLIFIED_CHINESE))
                .contains("6")
                .doesNotContain("further");
    }
}
