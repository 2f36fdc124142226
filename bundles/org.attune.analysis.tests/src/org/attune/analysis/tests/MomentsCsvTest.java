package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MomentsCsvTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("moments.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheMomentsFormat() throws IOException {
        MomentSet set = MomentsCsv.read(write("""
                case,coder,scheme,category,code,start_ms,end_ms,duration_ms,modifiers,note
                c1,A,vig,parent,attuned response,1000,2500,1500,,"a note, with a comma"
                c1,B,vig,parent,attuned response,1100,,1000,"tone=\"\"warm\"\"","two
                lines"
                c2,A,vig,child,smile,4000,,,,
                """));
        assertEquals(List.of("c1", "c2"), List.copyOf(set.cases()));
        assertEquals(List.of("A", "B"), List.copyOf(set.coders()));
        assertEquals(new Moment("c1", "A", "parent", "attuned response", 1000, 2500), set.moments("c1", "A").get(0));
        assertEquals(new Moment("c1", "B", "parent", "attuned response", 1100, 2100), set.moments("c1", "B").get(0));
        assertEquals(new Moment("c2", "A", "child", "smile", 4000, 4000), set.moments("c2").get(0));
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() throws IOException {
        MomentSet set = MomentsCsv.read(write("\uFEFFcode,start_ms,coder,case\r\nx,5,A,c9\r\n"));
        assertEquals(new Moment("c9", "A", "", "x", 5, 5), set.moments("c9").get(0));
    }

    @Test
    void badInputIsReportedWithFileAndLine() throws IOException {
        assertMessage("case,coder,code,start_ms\nc1,A,x,12a\n", "line 2: start_ms '12a' is not a whole number");
        assertMessage("case,coder,code,start_ms,end_ms\nc1,A,x,100,50\n", "line 2: end_ms 50 is before start_ms 100");
        assertMessage("case,coder,start_ms\nc1,A,100\n", "line 1: the header has no column 'code'");
        assertMessage("case,coder,code,start_ms\nc1,,x,100\n", "line 2: case, coder and code must not be empty");
        assertMessage("case,coder,code,start_ms\nc1,A,\"x,100\n", "a quoted field is not closed");
        assertMessage("", "the file is empty");
        IOException missing = assertThrows(IOException.class, () -> MomentsCsv.read(dir.resolve("nope.csv")));
        assertTrue(missing.getMessage().contains("nope.csv: no such file"), missing.getMessage());
        IOException folder = assertThrows(IOException.class, () -> MomentsCsv.read(dir));
        assertTrue(folder.getMessage().startsWith(dir + ": is a folder"), folder.getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "case,coder,code,start_ms\nc\u00e9,a,x,1\n".getBytes(StandardCharsets.ISO_8859_1));
        IOException notUtf8 = assertThrows(IOException.class, () -> MomentsCsv.read(latin1));
        assertTrue(notUtf8.getMessage().equals(latin1 + ": not UTF-8 text"), notUtf8.getMessage());
    }

    private void assertMessage(String content, String expected) throws IOException {
        Path file = write(content);
        IOException e = assertThrows(IOException.class, () -> MomentsCsv.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
