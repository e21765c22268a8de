package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.jobs.CleanupSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the build page's summary: every outcome code the client writes has its own, never "unknown". */
class SummaryWordsTest {

    @Test
    void aJobDeletedBeforeThePurgeStepIsNamedAsSuch() {
        CleanupSummaryAction action =
                new CleanupSummaryAction(CleanupSummary.of(CleanupSummary.Operation.DELETE, false, 0, List.of()), 1);

        assertThat(SummaryWords.outcome("DELETED_EARLIER"))
                .isEqualTo(Messages.Summary_DELETED_EARLIER())
                .isNotEqualTo(Messages.Summary_UNKNOWN());
        assertThat(action.outcome("ALREADY_GONE/DELETED_EARLIER"))
                .isEqualTo(Messages.Summary_ALREADY_GONE() + ", " + Messages.Summary_DELETED_EARLIER());
    }
}
