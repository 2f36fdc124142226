package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attune.index.Durations;
import org.attune.index.MomentRecord;
import org.attune.index.MomentTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MomentTableTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryCharacter() throws Exception {
        MomentRecord tricky = MomentRecord.builder("case\t1").caseTitle("a | b \\ c").participants(List.of("mum|dad", "baby"))
                .coder("Anna=B").scheme("VIG").category(List.of("A/B", "C|D")).code("x=1", "label\nwith newline")
                .modifiers(Map.of("who=", "par|ent", "loud", "very\\much")).note("line one\nline two\r\n\ttabbed")
                .transcript("\"quoted\"").time(12, 3456).build();
        List<MomentRecord> records = List.of(tricky, Fixtures.case1().get(5), MomentRecord.builder("c").build());
        Path file = dir.resolve("x" + MomentTable.SUFFIX);
        MomentTable.write(file, records);
        assertEquals(records, MomentTable.read(file));
        assertEquals(4, Files.readAllLines(file).size(), "one line per moment plus the header");
    }

    @Test
    void badRowsNameFileAndLine() throws Exception {
        Path file = dir.resolve("bad" + MomentTable.SUFFIX);
        MomentTable.write(file, Fixtures.case2());
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace("\t3400\t", "\tsoon\t"));
        Files.write(file, lines);
        IOException e = assertThrows(IOException.class, () -> MomentTable.read(file));
        assertTrue(e.getMessage().contains("bad.moments.tsv: line 3: start_ms and end_ms must be whole milliseconds"),
                e.getMessage());
        Files.writeString(file, "case,start\n");
        e = assertThrows(IOException.class, () -> MomentTable.read(file));
        assertTrue(e.getMessage().contains("line 1 is not the header"), e.getMessage());
    }

    @Test
    void aMomentCannotEndBeforeItStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MomentRecord.builder("c7").time(5000, 4000).build());
        assertTrue(e.getMessage().contains("c7"), e.getMessage());
    }

    @Test
    void durations() {
        assertEquals(500, Durations.parse("500ms"));
        assertEquals(2000, Durations.parse("2s"));
        assertEquals(1500, Durations.parse("1.5s"));
        assertEquals(90_000, Durations.parse("1m30s"));
        assertEquals(90_000, Durations.parse("01:30"));
        assertEquals(3_723_500, Durations.parse("1:02:03.5"));
        assertEquals(3_720_000, Durations.parse("1h2m"));
        assertEquals(250, Durations.parse("250"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("2x"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("s"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("2s3"));
        assertEquals("1m30.5s", Durations.format(90_500));
        assertEquals("250ms", Durations.format(250));
        assertEquals("2s", Durations.format(2000));
    }
}
