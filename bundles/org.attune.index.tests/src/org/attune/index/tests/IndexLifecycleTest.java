package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.attune.index.CorpusIndex;
import org.attune.index.MomentRecord;
import org.attune.index.MomentSource;
import org.attune.index.MomentTable;
import org.attune.index.SearchOptions;
import org.attune.index.internal.SyntheticCorpus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as derived data: incremental updates, rebuilds, cancellation, searching while indexing. */
class IndexLifecycleTest {

    @TempDir
    Path corpus;

    private long count(CorpusIndex index, String query) throws Exception {
        return index.search(query, SearchOptions.defaults().withLimit(0), null).total();
    }

    private void openAndSync() throws Exception {
        Fixtures.writeCorpus(corpus);
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals("created", index.openedAs());
            index.sync(MomentTable.folder(corpus), null);
            assertEquals(10, index.size());
        }
    }

    @Test
    void updatesAreSearchableAtOnceAndSyncRereadsOnlyWhatChanged() throws Exception {
        openAndSync();
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals("opened", index.openedAs());
            CorpusIndex.SyncReport nothing = index.sync(MomentTable.folder(corpus), null);
            assertEquals(0, nothing.unitsIndexed());
            assertEquals(3, nothing.unitsUnchanged());

            // near-real-time: a moment coded now is found by the next search
            List<MomentRecord> c3 = new ArrayList<>(Fixtures.case3());
            c3.add(Fixtures.m("c3", "Anna", "ini", "infant initiative", Fixtures.INITIATIVES, 5000, 6000,
                    "giggles at the spoon"));
            index.update("c3" + MomentTable.SUFFIX, "edited", c3);
            assertEquals(1, count(index, "note:giggles"));
            assertEquals(11, index.size());
            index.remove("c2" + MomentTable.SUFFIX);
            assertEquals(0, count(index, "case:c2"));
            assertEquals(8, index.size());

            // the files did not change that way: sync puts the index back in line with them
            CorpusIndex.SyncReport back = index.sync(MomentTable.folder(corpus), null);
            assertEquals(2, back.unitsIndexed(), "c2 came back, c3 differs from its file");
            assertEquals(10, index.size());
            assertEquals(0, count(index, "note:giggles"));

            // a changed file is re-read, a deleted one removed
            List<MomentRecord> c1 = new ArrayList<>(Fixtures.case1());
            c1.remove(0);
            MomentTable.write(corpus.resolve("c1" + MomentTable.SUFFIX), c1);
            Files.delete(corpus.resolve("c3" + MomentTable.SUFFIX));
            CorpusIndex.SyncReport changed = index.sync(MomentTable.folder(corpus), null);
            assertEquals(1, changed.unitsIndexed());
            assertEquals(1, changed.unitsRemoved());
            assertEquals(1, changed.unitsUnchanged());
            assertEquals(8, index.size());
            assertEquals(0, count(index, "modifier.intensity:high"));
        }
        // and all that was committed
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals(8, index.size());
            assertEquals(0, index.sync(MomentTable.folder(corpus), null).unitsIndexed());
        }
    }

    @Test
    void rebuiltWhenDeleted() throws Exception {
        openAndSync();
        deleteTree(CorpusIndex.folderOf(corpus));
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals("created", index.openedAs());
            assertEquals(0, index.size());
            assertEquals(3, index.sync(MomentTable.folder(corpus), null).unitsIndexed());
            assertEquals(4, count(index, "code:recv"));
        }
    }

    @Test
    void rebuiltWhenTheCommitIsGarbage() throws Exception {
        openAndSync();
        try (Stream<Path> files = Files.list(CorpusIndex.folderOf(corpus))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, "this is not a Lucene commit".getBytes());
            }
        }
        assertRebuilt("damaged");
    }

    @Test
    void rebuiltWhenASegmentIsTruncated() throws Exception {
        openAndSync();
        Path biggest;
        try (Stream<Path> files = Files.list(CorpusIndex.folderOf(corpus))) {
            biggest = files.filter(f -> !f.getFileName().toString().startsWith("segments_")
                    && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        long size = Files.size(biggest);
        try (var channel = Files.newByteChannel(biggest, StandardOpenOption.WRITE)) {
            channel.truncate(size / 2);
        }
        assertRebuilt("damaged");
    }

    @Test
    void rebuiltWhenBuiltByAnOlderFormat() throws Exception {
        openAndSync();
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.folderOf(corpus));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("attune.format", "0").entrySet());
            writer.commit();
        }
        assertRebuilt("older format (0, now " + CorpusIndex.FORMAT + ")");
    }

    @Test
    void rebuiltWhenASearchFoundItDamaged() throws Exception {
        openAndSync();
        // what CorpusIndex.search leaves when a checksum fails while reading
        Files.writeString(CorpusIndex.folderOf(corpus).resolve("DAMAGED"), "CorruptIndexException: checksum failed");
        assertRebuilt("found damaged while searching");
    }

    private void assertRebuilt(String why) throws Exception {
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertTrue(index.openedAs().startsWith("rebuilt: ") && index.openedAs().contains(why), index.openedAs());
            assertEquals(0, index.size());
            assertEquals(3, index.sync(MomentTable.folder(corpus), null).unitsIndexed());
            assertEquals(10, index.size());
            assertEquals(2, count(index, "code:\"infant initiative\" THEN code:recv WITHIN 3s"));
        }
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals("opened", index.openedAs());
        }
    }

    /** Units of 20 synthetic moments each; reading one takes {@code delayMs}. */
    private static MomentSource synthetic(int units, long delayMs) {
        return new MomentSource() {
            @Override
            public Map<String, String> stamps() {
                Map<String, String> stamps = new LinkedHashMap<>();
                for (int i = 0; i < units; i++) {
                    stamps.put(SyntheticCorpus.caseId(i), "v1");
                }
                return stamps;
            }

            @Override
            public List<MomentRecord> read(String unit) throws IOException {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return SyntheticCorpus.caseMoments(7, Integer.parseInt(unit.substring(5)), 20);
            }
        };
    }

    /** Cancels when a share of the work is done, like Ctrl-C in the middle of ./attune index. */
    static final class CancelAt extends NullProgressMonitor {
        private final double share;
        private double total;
        private double worked;

        CancelAt(double share) {
            this.share = share;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
            if (worked >= total * share) {
                setCanceled(true);
            }
        }
    }

    @Test
    void interruptedIndexingLeavesAUsableIndexAndTheNextRunContinues() throws Exception {
        MomentSource source = synthetic(50, 0);
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            CorpusIndex.SyncReport report = index.sync(source, new CancelAt(0.4));
            assertTrue(report.cancelled());
            assertTrue(report.unitsIndexed() >= 20 && report.unitsIndexed() < 50, "indexed " + report.unitsIndexed());
            assertEquals(report.unitsIndexed() * 20, index.size());
        }
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals("opened", index.openedAs(), "an interrupted run leaves a valid index");
            int before = index.size();
            assertTrue(before >= 400);
            assertEquals(before / 20, index.stamps().size());
            CorpusIndex.SyncReport rest = index.sync(source, null);
            assertFalse(rest.cancelled());
            assertEquals(50 - before / 20, rest.unitsIndexed(), "only the rest is indexed");
            assertEquals(1000, index.size());
            assertEquals(1000, count(index, "*:*"));
        }
    }

    @Test
    void searchingWhileIndexingSeesProgressAndNeverFails() throws Exception {
        MomentSource source = synthetic(150, 10); // about 1.5 s of indexing
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            List<Long> seen = new CopyOnWriteArrayList<>();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            AtomicBoolean done = new AtomicBoolean();
            Thread searcher = new Thread(() -> {
                try {
                    while (!done.get()) {
                        seen.add(count(index, "*:*"));
                        count(index, "code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s");
                        Thread.sleep(20);
                    }
                } catch (Throwable t) {
                    errors.add(t);
                }
            });
            searcher.start();
            index.sync(source, null);
            done.set(true);
            searcher.join();
            assertEquals(List.of(), errors);
            assertEquals(3000, count(index, "*:*"));
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "counts only grow: " + seen);
            }
            assertTrue(seen.stream().anyMatch(n -> n > 0 && n < 3000),
                    "moments became searchable while indexing went on: " + seen);
        }
    }

    @Test
    void aSecondOpenWhileTheFirstWritesIsReadOnly() throws Exception {
        openAndSync();
        try (CorpusIndex writer = CorpusIndex.open(corpus); CorpusIndex reader = CorpusIndex.open(corpus)) {
            assertFalse(writer.isReadOnly());
            assertTrue(reader.isReadOnly(), reader.openedAs());
            assertEquals(4, count(reader, "code:recv"));
        }
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersIndexed() throws Exception {
        Fixtures.writeCorpus(corpus);
        Files.writeString(corpus.resolve("broken" + MomentTable.SUFFIX), MomentTable.HEADER + "\nc9\tonly three\tcells\n");
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            CorpusIndex.SyncReport report = index.sync(MomentTable.folder(corpus), null);
            assertEquals(3, report.unitsIndexed());
            String message = report.failures().get("broken" + MomentTable.SUFFIX);
            assertTrue(message.contains("broken.moments.tsv: line 2: has 3 columns"), message);
            assertEquals(10, index.size());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
