package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.model.Case;
import org.attune.ui.CorpusEditor;
import org.attune.ui.internal.bench.SyntheticCorpus;
import org.attune.ui.internal.bench.TimelineBenchCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs (small) and its corpus can be written and opened like any other. */
class TimelineBenchTest {

    @TempDir
    Path dir;

    @Test
    void benchmarkPaintsEveryZoomAndPrintsJson() {
        String json = TimelineBenchCommand.run(Display.getDefault(), 3_000, 600_000, 800, 300, 3,
                SubMonitor.convert(new NullProgressMonitor()));
        for (String key : new String[] {"\"moments\": 3000", "\"whole_session\"", "\"frames\"", "\"playhead_moved\"",
            "\"full_repaint\"", "\"p95\"", "\"load_average\"", "\"one_moment_added\"", "\"update_track_in_place\"",
            "\"rebuild_all_tracks_before\""}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void writtenCorpusOpensWithAllItsMoments() throws Exception {
        TimelineBenchCommand.writeCorpus(dir.resolve("bench"), SyntheticCorpus.create(5_000, 600_000, 1));
        CorpusEditor editor = CorpusEditor.open(dir.resolve("bench"));
        try {
            Case theCase = editor.corpus().getCases().get(0);
            assertEquals(5_000, theCase.getMoments().size());
            assertEquals(24, theCase.getScheme().allCodes().size());
            assertTrue(theCase.getMoments().stream().allMatch(m -> m.getCode() != null && m.getCoder() != null
                    && m.getCode().eResource() == theCase.getScheme().eResource()));
        } finally {
            editor.close();
        }
    }
}
