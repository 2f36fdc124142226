package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attune.index.Hit;
import org.attune.index.MomentRecord;
import org.attune.index.SearchCsv;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search hits as CSV: the CLI's columns, quoting, atomic writing, cancellation. */
class SearchCsvTest {

    @TempDir
    Path dir;

    private static MomentRecord m(String caseId, String coder, String code, long start, long end, String note) {
        return Fixtures.m(caseId, coder, code.substring(0, 3), code, Fixtures.INITIATIVES, start, end, note);
    }

    @Test
    void momentsAndPairsHaveTheColumnsOfTheCommandLine() throws Exception {
        Hit single = new Hit(m("c1", "Anna", "infant initiative", 1000, 2500, "x"), null,
                "mother [smiles], \"warmly\"\nthen waits", null);
        Hit pair = new Hit(m("c1", "Anna", "infant initiative", 1000, 2500, "x"),
                m("c1", "Ben", "receiving initiatives", 3000, 4000, "y"), "a [ball]", "b");
        Path file = dir.resolve("hits.csv");
        SearchCsv.write(file, List.of(single), false, new NullProgressMonitor());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("case,start_ms,end_ms,coder,code,snippet\r\n"
                + "c1,1000,2500,Anna,infant initiative,\"mother [smiles], \"\"warmly\"\"\nthen waits\"\r\n", text);

        SearchCsv.write(file, List.of(pair), true, new NullProgressMonitor());
        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", SearchCsv.PAIR_HEADER), lines.get(0));
        assertEquals("c1,1000,2500,Anna,infant initiative,a [ball],3000,4000,Ben,receiving initiatives,b", lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    void aCancelledExportLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("hits.csv");
        Files.writeString(file, "the previous export\n");
        byte[] before = Files.readAllBytes(file);
        List<Hit> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new Hit(m("c" + i, "Anna", "infant initiative", i, i + 10, ""), null, "s" + i, null));
        }
        NullProgressMonitor cancelling = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                setCanceled(true); // the user presses Cancel after the first thousand rows
            }

            @Override
            public void internalWorked(double work) {
                setCanceled(true);
            }
        };
        assertThrows(OperationCanceledException.class, () -> SearchCsv.write(file, many, false, cancelling));
        assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }

        SearchCsv.write(file, many, false, new NullProgressMonitor());
        assertEquals(5001, Files.readAllLines(file).size());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file");
        IOException e = assertThrows(IOException.class,
                () -> SearchCsv.write(blocked.resolve("hits.csv"), List.of(), false, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains(blocked.resolve("hits.csv").toString()), e.getMessage());
        assertFalse(Files.exists(blocked.resolve("hits.csv")));
    }
}
