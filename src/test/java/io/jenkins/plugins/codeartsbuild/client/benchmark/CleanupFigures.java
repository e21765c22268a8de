package io.jenkins.plugins.codeartsbuild.client.benchmark;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of the cleanup by age and of the recycle bin: (6a) filtering {@value FakeHuaweiCloud#STALE_JOBS} listed
 * jobs by age against the same look-up without the filter, interleaved in one run (target: at most 5 % more time).
 * Every listed job has a last build time, so the figure measures reading and judging the entries; a job never built
 * would cost one info call each (its creation time), which is not in it: the info calls made are printed to show it;
 * (6b) restoring {@value FakeHuaweiCloud#BINNED_JOBS} ids with a 20 ms server delay on each restore, parallelism 8
 * against 1, one authentication each (target: at least 7 times faster).
 */
final class CleanupFigures {

    /** A new client on a cold token cache (a fresh AK), as a Jenkins build makes one. */
    @FunctionalInterface
    interface Clients {
        CodeArtsBuildClient coldClient() throws Exception;
    }

    private static final int AGE_ROUNDS = 30;

    private final FakeHuaweiCloud cloud;
    private final Clients clients;
    private long sink;

    CleanupFigures(FakeHuaweiCloud cloud, Clients clients) {
        this.cloud = cloud;
        this.clients = clients;
    }

    long sink() {
        return sink;
    }

    Figure ageFilter() throws Exception {
        CodeArtsBuildClient client = clients.coldClient();
        for (int i = 0; i < 3; i++) {
            lookUp(client, false);
            lookUp(client, true);
        }
        int infoBefore = cloud.infoCalls();
        double[] plain = new double[AGE_ROUNDS];
        double[] filtered = new double[AGE_ROUNDS];
        int kept = 0;
        for (int r = 0; r < AGE_ROUNDS; r++) {
            boolean filterFirst = r % 2 == 1; // alternate the order: neither path always runs on a warmer machine
            for (int k = 0; k < 2; k++) {
                boolean filter = filterFirst == (k == 0);
                long start = System.nanoTime();
                int n = lookUp(client, filter);
                double s = (System.nanoTime() - start) / 1e9;
                if (filter) {
                    filtered[r] = s;
                    kept = n;
                } else {
                    plain[r] = s;
                }
            }
        }
        int infoCalls = cloud.infoCalls() - infoBefore;
        double p = median(plain);
        double f = median(filtered);
        double[] ratios = new double[AGE_ROUNDS];
        for (int r = 0; r < AGE_ROUNDS; r++) {
            ratios[r] = filtered[r] / plain[r]; // side by side in one round: the machine's drift cancels out
        }
        double ratio = median(ratios);
        return new Figure(String.format(
                        Locale.ROOT,
                        "6a) Look-up of %,d listed jobs (200 pages of 100, no delay), with and without notBuiltForDays:"
                                + " 30, %d interleaved rounds; times are medians, the ratio the median of the rounds'"
                                + " ratios",
                        FakeHuaweiCloud.STALE_JOBS,
                        AGE_ROUNDS))
                .row("without the filter", String.format(Locale.ROOT, "%.1f ms", p * 1e3))
                .row("notBuiltForDays: 30", String.format(Locale.ROOT, "%.1f ms", f * 1e3))
                .note(String.format(Locale.ROOT, "the filter kept %,d of %,d jobs", kept, FakeHuaweiCloud.STALE_JOBS))
                .note(String.format(
                        Locale.ROOT,
                        "info calls: %d (no listed job is never built, so no creation time is asked)",
                        infoCalls))
                .target(
                        "time with the filter <= 1.05x without",
                        String.format(Locale.ROOT, "x%.3f", ratio),
                        ratio <= 1.05);
    }

    private int lookUp(CodeArtsBuildClient client, boolean filter) throws Exception {
        Chosen s = new Chosen();
        s.setJobNamePrefix("stale-");
        s.setMaxJobs(JobSelection.MAX_MAX_JOBS);
        if (filter) {
            s.setNotBuiltForDays(30);
        }
        List<BuildJob> jobs = client.findJobs(s.check(), CodeArtsBuildClient.MAX_FOUND);
        sink += jobs.size();
        return jobs.size();
    }

    Figure restore() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < FakeHuaweiCloud.BINNED_JOBS; i++) {
            ids.add(FakeHuaweiCloud.binnedJobId(i));
        }
        restore(ids.subList(0, 100), 8); // encode the bin's pages and compile the path, without the delay
        cloud.server().setRouteDelayMillis("POST", FakeHuaweiCloud.RESTORE, 20);
        try {
            restore(ids.subList(0, 64), 8); // open the connections with the delay on
            long start = System.nanoTime();
            restore(ids, 1);
            double one = (System.nanoTime() - start) / 1e9;
            int before = cloud.tokenExchanges();
            start = System.nanoTime();
            restore(ids, 8);
            double eight = (System.nanoTime() - start) / 1e9;
            int exchanges = cloud.tokenExchanges() - before;
            double speedUp = one / eight;
            return new Figure(String.format(
                            Locale.ROOT,
                            "6b) Restore of %,d ids from the recycle bin (its list read first, 10 pages), 20 ms server"
                                    + " delay on each restore, one call per id, a client and a cold token cache per run",
                            FakeHuaweiCloud.BINNED_JOBS))
                    .row("parallelism 1", String.format(Locale.ROOT, "%.2f s", one))
                    .row("parallelism 8", String.format(Locale.ROOT, "%.2f s", eight))
                    .target(
                            "parallelism 8 >= 7x parallelism 1",
                            String.format(Locale.ROOT, "%.2fx", speedUp),
                            speedUp >= 7)
                    .target("IAM exchanges of the parallel run exactly 1", String.valueOf(exchanges), exchanges == 1);
        } finally {
            cloud.server().setRouteDelayMillis("POST", FakeHuaweiCloud.RESTORE, 0);
        }
    }

    private void restore(List<String> ids, int parallelism) throws Exception {
        Chosen s = new Chosen();
        s.setJobIds(ids);
        s.setMaxJobs(ids.size());
        s.setParallelism(parallelism);
        Result r = clients.coldClient().restoreJobs(s.check());
        if (r.count(Status.Restore.RESTORED) != ids.size()) {
            throw new IllegalStateException("restored " + r.count(Status.Restore.RESTORED) + " of " + ids.size() + ": "
                    + r.outcomes().get(0));
        }
        sink += r.outcomes().size();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
