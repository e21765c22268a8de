package io.jenkins.plugins.codeartsbuild.summary;

import com.google.common.util.concurrent.Uninterruptibles;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Computer;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;
import org.springframework.security.core.Authentication;

/**
 * One delete, restore or dry run on its build's page, or the runs folded together from the {@value #MAX_SUMMARIES}th
 * on: {@code summary.jelly} shows the counts and first rows on the build's page (core's {@code Run/index.jelly}
 * includes every action's, freestyle and Pipeline alike), {@code index.jelly} all rows, a page at a time, from the side
 * file in the build's directory. The build's record holds the counts and first rows: ids, cleaned names, outcomes.
 * A delete needs this class and {@link CleanupSummary}; only showing the page reads ({@link SummaryReader}, {@link
 * SummaryWords}).
 */
public final class CleanupSummaryAction implements RunAction2 {

    /**
     * The most summaries a build holds. Every action is rendered on the build page and every save rewrites the whole
     * record: a Pipeline loop of single deletes must not add an action and a save per job.
     */
    static final int MAX_SUMMARIES = 20;

    private static final Logger LOGGER = Logger.getLogger(CleanupSummaryAction.class.getName());

    /**
     * Numbering, adding and folding, for every build. {@code Actionable.addAction} is a plain list add and steps of
     * parallel branches attach side by side, so a lock is needed; not the run's monitor: {@code WorkflowRun} takes its
     * metadata guard before its own monitor, and every save holds that monitor. Side files are written under this lock
     * and no other; the run is saved after it is released, and {@link #onLoad} never takes it.
     */
    private static final Object LOCK = new Object();

    /** Replaced whole by a fold (under {@link #LOCK}): a page or a save reads the summary before or the one after. */
    private volatile CleanupSummary summary;

    private final int number;
    private transient volatile Run<?, ?> run;

    CleanupSummaryAction(CleanupSummary summary, int number) {
        this.summary = summary;
        this.number = number;
    }

    /**
     * Adds the summary to the build, its rows written beside the build's record first; from the
     * {@value #MAX_SUMMARIES}th on, folds it into that one summary, its rows appended to that summary's side file.
     * Saves the run when an action is added, and when a fold adds first rows to the page; a fold that changes only
     * counts is not saved here: the build's own save when it ends records them (until then the record holds the
     * counts before, and its pages read no further than the rows those counts list).
     */
    public static void attach(Run<?, ?> run, CleanupSummary summary) {
        // an abort may come while the summary is written; the writes run where it cannot cut them
        writeUninterrupted(run, () -> attachUninterrupted(run, summary));
    }

    /**
     * Runs the writes (side file, build record) where a step's abort cannot cut them: the abort interrupts the step's
     * thread, perhaps while it writes, and a file channel closes at the first write after an interrupt
     * ({@code ClosedByInterruptException}; core's {@code AtomicFileWriter} too). So they run on a thread of
     * {@code Computer.threadPoolForRemoting} (cached, never shut down; not {@code jenkins.util.Timer}'s ten, which also
     * run every Pipeline's aborts and drop queued tasks at shutdown), as the caller and with the plugin's class loader
     * (the pool puts the thread's own back after each task), and the caller waits up to two minutes, keeping its
     * interrupt. It must not hold the run's monitor.
     */
    private static void writeUninterrupted(Run<?, ?> run, Runnable writes) {
        Authentication caller = Jenkins.getAuthentication2();
        Future<?> done = Computer.threadPoolForRemoting.submit(() -> {
            Thread.currentThread().setContextClassLoader(CleanupSummaryAction.class.getClassLoader());
            try (ACLContext ignored = ACL.as2(caller)) {
                writes.run();
            } catch (RuntimeException e) { // logged here, once, whether the caller still waits or not
                LOGGER.log(Level.WARNING, "could not write the CodeArts Build summary of " + run, e);
            }
        });
        try {
            // an interrupt does not end the wait (the writes go on); the caller gets it back when the wait ends
            Uninterruptibles.getUninterruptibly(done, 2, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            LOGGER.log(Level.WARNING, "the CodeArts Build summary of {0} is still being written", run);
        } catch (ExecutionException e) { // the writes log their own exceptions: an Error is left
            throw (Error) e.getCause();
        }
    }

    private static void attachUninterrupted(Run<?, ?> run, CleanupSummary summary) {
        boolean save;
        synchronized (LOCK) {
            List<CleanupSummaryAction> mine = run.getActions(CleanupSummaryAction.class);
            CleanupSummaryAction folding = null;
            int last = 0;
            for (CleanupSummaryAction a : mine) {
                last = Math.max(last, a.number);
                if (a.summary != null && a.summary.runs > 0) {
                    folding = a;
                }
            }
            if (folding != null) {
                CleanupSummary before = folding.summary;
                CleanupSummary after = before.fold(summary);
                folding.write(run, true, after.rowsToWrite());
                folding.summary = after;
                save = after.firstRows.size() > before.firstRows.size();
            } else {
                // numbered after the highest, not by count: an action dropped on load leaves a gap
                CleanupSummary first = mine.size() >= MAX_SUMMARIES - 1 ? summary.asFold() : summary;
                CleanupSummaryAction action = new CleanupSummaryAction(first, last + 1);
                action.write(run, false, first.rowsToWrite());
                run.addAction(action);
                save = true;
            }
        }
        if (save) {
            try {
                run.save(); // kept even if the controller stops before the build's next save
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "could not save " + run + " with its CodeArts Build summary", e);
            }
        }
    }

    private void write(Run<?, ?> on, boolean append, List<Row> rows) {
        try {
            CleanupSummary.write(fileOf(on), rows, append);
        } catch (IOException e) {
            // the counts and first rows still show; only the full list is missing
            LOGGER.log(Level.WARNING, "could not write the CodeArts Build summary of " + on, e);
        }
    }

    private Path fileOf(Run<?, ?> on) {
        return on.getRootDir().toPath().resolve("codearts-build-summary-" + number + ".txt.gz");
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    /**
     * Refuses a summary that lost its fields in the build's record (edited by hand, or of another shape): core's
     * {@code Run.onLoad} logs the exception and drops this action, and the build's page shows without it.
     */
    @Override
    public void onLoad(Run<?, ?> r) {
        SummaryReader.requireWhole(summary, number);
        this.run = r;
    }

    public CleanupSummary getSummary() {
        return summary;
    }

    /** The rows of page {@code page} (a request parameter: anything but a page number shows the first page). */
    public List<Row> rows(@CheckForNull String page) {
        Run<?, ?> r = run;
        try {
            return r == null ? List.of() : SummaryReader.page(fileOf(r), pageNumber(page), summary.getKept());
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "could not read the CodeArts Build summary of " + r, e);
            return List.of();
        }
    }

    public int pageNumber(@CheckForNull String page) {
        return SummaryReader.pageNumber(page, summary.getKept());
    }

    public int getPages() {
        return SummaryReader.pages(summary.getKept());
    }

    /** The localized words for an outcome code, {@code DELETED/PURGED} as two. */
    public String outcome(@CheckForNull String code) {
        return SummaryWords.outcome(code);
    }

    public String getJobsText() {
        return Messages.Summary_jobs(summary.total);
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

    @Override
    public String getIconFileName() {
        return null; // no link in the side panel: the summary on the build's page links to the full list
    }

    @Override
    public String getDisplayName() {
        return SummaryWords.title(summary);
    }

    @Override
    public String getUrlName() {
        return "codearts-build-summary-" + number;
    }
}
