package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.codeartsbuild.client.jobs.CleanupSummary;
import io.jenkins.plugins.codeartsbuild.client.jobs.SummaryFile;
import io.jenkins.plugins.codeartsbuild.client.jobs.SummaryRow;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;

/**
 * One delete, restore or dry run on its build's page: {@code summary.jelly} shows the counts and the first rows on the
 * build's main page (core's {@code Run/index.jelly} includes every action's {@code summary.jelly}, for freestyle and
 * Pipeline builds alike), {@code index.jelly} all rows, a page at a time, read from the side file in the build's
 * directory. The build's record holds the counts and the first rows only: ids, cleaned names and outcomes.
 */
public final class CleanupSummaryAction implements RunAction2 {

    private static final Logger LOGGER = Logger.getLogger(CleanupSummaryAction.class.getName());

    private final CleanupSummary summary;
    private final int number;
    private transient Run<?, ?> run;

    CleanupSummaryAction(CleanupSummary summary, int number) {
        this.summary = summary;
        this.number = number;
    }

    /**
     * Adds the summary to the build, its rows written beside the build's record first. Steps of parallel branches
     * attach side by side, and core's {@code Actionable.addAction} is a plain list add: the number is chosen and the
     * action added under the run's lock, so that two summaries never share a number, a file or a URL.
     */
    static void attach(Run<?, ?> run, CleanupSummary summary) {
        synchronized (run) {
            int number = run.getActions(CleanupSummaryAction.class).size() + 1;
            try {
                SummaryFile.write(fileOf(run, number).toPath(), summary.rowsToWrite());
            } catch (IOException e) {
                // the counts and first rows still show; only the full list is missing
                LOGGER.log(Level.WARNING, "could not write the CodeArts Build summary of " + run, e);
            }
            run.addAction(new CleanupSummaryAction(summary, number));
        }
        try {
            run.save(); // kept even if the controller stops before the build's next save
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not save " + run + " with its CodeArts Build summary", e);
        }
    }

    private static File fileOf(Run<?, ?> run, int number) {
        return new File(run.getRootDir(), "codearts-build-summary-" + number + ".txt.gz");
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public CleanupSummary getSummary() {
        return summary;
    }

    /** The rows of page {@code page} (a request parameter: anything but a page number shows the first page). */
    public List<SummaryRow> rows(@CheckForNull String page) {
        if (run == null) {
            return List.of();
        }
        try {
            return SummaryFile.page(fileOf(run, number).toPath(), pageNumber(page), summary.getKept());
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "could not read the CodeArts Build summary of " + run, e);
            return List.of();
        }
    }

    /** The page asked for, between 1 and the last page. */
    public int pageNumber(@CheckForNull String page) {
        int last = getPages();
        try {
            return Math.min(Math.max(1, Integer.parseInt(page == null ? "1" : page.strip())), last);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPages() {
        return SummaryFile.pages(summary.getKept());
    }

    /** The localized word for an outcome code, {@code DELETED/PURGED} as two. */
    public String outcome(String code) {
        StringBuilder b = new StringBuilder();
        for (String part : code.split("/")) {
            b.append(b.length() == 0 ? "" : ", ").append(SummaryWords.outcome(part));
        }
        return b.toString();
    }

    public String getJobsText() {
        return Messages.Summary_jobs(summary.getTotal());
    }

    public String getAllRowsText() {
        return Messages.Summary_allRows(summary.getKept());
    }

    public String getNotListedText() {
        return Messages.Summary_notListed(summary.getNotListed());
    }

    public String pageText(int page) {
        return Messages.Summary_page(page, getPages(), summary.getKept());
    }

    public String getTitle() {
        return SummaryWords.title(summary);
    }

    @Override
    public String getIconFileName() {
        return null; // no link in the side panel: the summary on the build's page links to the full list
    }

    @Override
    public String getDisplayName() {
        return getTitle();
    }

    @Override
    public String getUrlName() {
        return "codearts-build-summary-" + number;
    }
}
