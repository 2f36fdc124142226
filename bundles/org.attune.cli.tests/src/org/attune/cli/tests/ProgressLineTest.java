package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.attune.cli.ProgressLine;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void pipedOutputGetsOneLinePerTenPercent() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        SubMonitor sub = SubMonitor.convert(line, "Indexing", 200);
        for (int i = 0; i < 200; i++) {
            sub.split(1);
        }
        line.done();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("Indexing: 0%", lines[0]);
        assertEquals("Indexing: 100%", lines[lines.length - 1]);
        assertEquals(11, lines.length, String.join("|", lines));
    }

    @Test
    void lineShowsSubtask() {
        ProgressLine line = new ProgressLine(new PrintStream(new ByteArrayOutputStream()), false);
        line.beginTask("Importing", 4);
        line.worked(1);
        line.subTask("sample.eaf");
        assertEquals("Importing: 25% (sample.eaf)", line.line());
    }

    @Test
    void cancellationReachesSubMonitors() {
        ProgressLine line = new ProgressLine(new PrintStream(new ByteArrayOutputStream()), true);
        SubMonitor sub = SubMonitor.convert(line, "Work", 10);
        assertFalse(sub.isCanceled());
        line.setCanceled(true);
        assertTrue(sub.isCanceled());
        org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.OperationCanceledException.class,
                () -> sub.split(1));
    }

    @Test
    void aCancelledTaskDoesNotClaimToBeComplete() {
        ProgressLine line = new ProgressLine(new PrintStream(new ByteArrayOutputStream()), false);
        SubMonitor sub = SubMonitor.convert(line, "Indexing", 10);
        sub.split(3);
        sub.split(1);
        line.setCanceled(true);
        sub.done(); // what a finally block does while the cancel unwinds
        line.done();
        assertEquals("Indexing: 30%", line.line());
    }
}
