package io.jenkins.plugins.codeartsbuild.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side file: pages read from the start and only as far as needed, rows appended as further gzip members, and
 * bounds that hold whatever the file holds (it lies in the build's directory, where anyone with access to the
 * controller's disk can put something else); and a stored summary that lost what its page needs, refused on load.
 */
class SummaryReaderTest {

    @TempDir
    Path dir;

    private static List<Row> rows(int n, String name) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(name + i, String.format("%032x", i), null, "DELETED", 1, "req-" + i));
        }
        return rows;
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::getName).toList();
    }

    /** Writes a gzip member of these lines, each followed by a line break; a {@code long} is that many 'a's. */
    private static void writeLines(Path file, Object... lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (Object line : lines) {
                if (line instanceof Long n) {
                    for (long left = n; left > 0; left -= block.length) {
                        out.write(block, 0, (int) Math.min(left, block.length));
                    }
                } else {
                    out.write(line.toString().getBytes(StandardCharsets.UTF_8));
                }
                out.write('\n');
            }
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void pagesAreReadOneAtATimeAndBadPageNumbersGiveNothing() throws IOException {
        Path file = dir.resolve("s.txt.gz");
        CleanupSummary.write(file, rows(250, "job-"), false);

        assertThat(names(SummaryReader.page(file, 1, 250))).hasSize(100).first().isEqualTo("job-0");
        assertThat(names(SummaryReader.page(file, 3, 250))).hasSize(50).first().isEqualTo("job-200");
        assertThat(SummaryReader.page(file, 4, 250)).isEmpty();
        assertThat(SummaryReader.page(file, 0, 250)).isEmpty();
        assertThat(SummaryReader.page(file, -1, 250)).isEmpty();
        assertThat(SummaryReader.page(file, Integer.MAX_VALUE, 250)).isEmpty();
        assertThat(SummaryReader.page(dir.resolve("missing"), 1, 250)).isEmpty();
        assertThat(SummaryReader.pages(250)).isEqualTo(3);
        assertThat(SummaryReader.pages(0)).isEqualTo(1);
    }

    @Test
    void theFirstPageDoesNotReadTheRest() throws IOException {
        // a side file of 10,000 rows cut in half: page 1 reads, as it only needs the start; page 100 cannot
        Path file = dir.resolve("cut.txt.gz");
        CleanupSummary.write(file, rows(10_000, "row-"), false);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));

        assertThat(names(SummaryReader.page(file, 1, 10_000)))
                .hasSize(100)
                .first()
                .isEqualTo("row-0");
        assertThatThrownBy(() -> SummaryReader.page(file, 100, 10_000)).isInstanceOf(IOException.class);
    }

    @Test
    void appendedRowsFollowOnTheSamePages() throws IOException {
        Path file = dir.resolve("s.txt.gz");
        CleanupSummary.write(file, rows(70, "a-"), false);
        CleanupSummary.write(file, rows(70, "b-"), true);
        CleanupSummary.write(file, List.of(), true);
        CleanupSummary.write(file, rows(1, "c-"), true);

        assertThat(names(SummaryReader.page(file, 1, 141)))
                .hasSize(100)
                .startsWith("a-0")
                .contains("b-29");
        assertThat(names(SummaryReader.page(file, 2, 141)))
                .hasSize(41)
                .startsWith("b-30")
                .endsWith("c-0");
    }

    @Test
    void aPageReadsNoFurtherThanTheRowsTheSummaryCounts() throws IOException {
        // rows being appended while the page is shown: the new member is only partly written
        Path file = dir.resolve("s.txt.gz");
        Path next = dir.resolve("next.txt.gz");
        CleanupSummary.write(file, rows(150, "kept-"), false);
        CleanupSummary.write(next, rows(500, "new-"), false);
        byte[] partial = Files.readAllBytes(next);
        Files.write(file, Arrays.copyOf(partial, partial.length / 2), java.nio.file.StandardOpenOption.APPEND);

        assertThat(names(SummaryReader.page(file, 2, 150))).hasSize(50).endsWith("kept-149");
    }

    @Test
    void anEnormousLineIsSkippedWithoutBeingHeldAndTheOtherRowsAreRead() throws IOException {
        Path file = dir.resolve("huge.txt.gz");
        List<Row> before = rows(3, "before-");
        List<Row> after = rows(3, "after-");
        writeLines(
                file,
                before.get(0).toLine(),
                before.get(1).toLine(),
                before.get(2).toLine(),
                50_000_000L,
                after.get(0).toLine(),
                after.get(1).toLine(),
                after.get(2).toLine());
        assertThat(Files.size(file)).isLessThan(1 << 20);

        List<Row> page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long start = allocatedBytes();
            List<Row> read = SummaryReader.page(file, 1, 7);
            assertThat(allocatedBytes() - start).as("bytes allocated").isLessThan(8L << 20);
            return read;
        });

        assertThat(names(page)).containsExactly("before-0", "before-1", "before-2", "after-0", "after-1", "after-2");
    }

    @Test
    void aPageStopsReadingAtItsBoundWhateverTheFileDecompressesTo() throws IOException {
        // three lines of 40 MB, then a row: more than a page reads, so the row is never reached
        Path file = dir.resolve("bomb.txt.gz");
        writeLines(
                file,
                40_000_000L,
                40_000_000L,
                40_000_000L,
                rows(1, "far-").get(0).toLine());

        List<Row> page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SummaryReader.page(file, 1, 4));

        assertThat(page).isEmpty();
    }

    @Test
    void aSymbolicLinkIsNeitherWrittenThroughNorRead() throws IOException {
        Path elsewhere = dir.resolve("elsewhere.txt");
        Files.writeString(elsewhere, "not ours");
        Path link = dir.resolve("codearts-build-summary-1.txt.gz");
        Path real = dir.resolve("real.txt.gz");
        CleanupSummary.write(real, rows(5, "real-"), false);
        Path readLink = dir.resolve("codearts-build-summary-2.txt.gz");
        try {
            Files.createSymbolicLink(link, elsewhere);
            Files.createSymbolicLink(readLink, real);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }

        assertThatThrownBy(() -> CleanupSummary.write(link, rows(5, "w-"), false))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CleanupSummary.write(link, rows(5, "w-"), true))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(elsewhere)).isEqualTo("not ours");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        List<Row> read;
        try {
            read = SummaryReader.page(readLink, 1, 5);
        } catch (IOException refused) {
            read = List.of();
        }
        assertThat(read).isEmpty();
    }

    @Test
    void aNameWithBackslashesAndNonAsciiSurvivesTheSideFile() throws IOException {
        Row r = new Row("构建\\任务 \\t", "0123456789abcdef0123456789abcdef", null, "RESTORED", 1, null);
        Path file = dir.resolve("s.txt.gz");
        CleanupSummary.write(file, List.of(r), false);

        assertThat(SummaryReader.page(file, 1, 1))
                .singleElement()
                .usingRecursiveComparison()
                .isEqualTo(r);
    }

    /** What XStream leaves of a build record that lacks a field: the field unset, whatever the constructor does. */
    private static CleanupSummary loadedWithout(String field) throws ReflectiveOperationException {
        CleanupSummary s = CleanupSummary.of(Result.Operation.DELETE, false, 3, rows(3, "w-"));
        java.lang.reflect.Field f = CleanupSummary.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(s, f.getType() == int.class ? (Object) 0 : null);
        return s;
    }

    @Test
    void aStoredSummaryThatLostWhatThePageNeedsIsRefused() throws ReflectiveOperationException {
        CleanupSummary whole = CleanupSummary.of(Result.Operation.DELETE, false, 3, rows(3, "w-"));
        SummaryReader.requireWhole(whole, 1);

        assertThatThrownBy(() -> SummaryReader.requireWhole(null, 1)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SummaryReader.requireWhole(whole, 0))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("number");
        for (String field : List.of("operation", "counts", "firstRows")) {
            CleanupSummary broken = loadedWithout(field);
            assertThatThrownBy(() -> SummaryReader.requireWhole(broken, 1))
                    .isInstanceOf(RuntimeException.class)
                    .hasMessageContaining(field);
        }
        // a record from before folds has neither of these: it is whole
        SummaryReader.requireWhole(loadedWithout("runs"), 1);
        SummaryReader.requireWhole(loadedWithout("keptBytes"), 1);
    }
}
