package org.attune.io.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.io.ImportException;
import org.attune.io.ui.internal.ImportHandler;
import org.attune.model.Case;
import org.attune.model.store.CorpusStore;
import org.attune.ui.CorpusEditor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Import… in the workbench: one undoable step on the corpus editor's command stack. */
class ImportHandlerTest {

    @TempDir
    Path dir;

    private static final String EAF = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2020-01-01T00:00:00Z\" FORMAT=\"3.0\" VERSION=\"3.0\"><HEADER TIME_UNITS=\"milliseconds\"/>\n"
            + "<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"1000\"/><TIME_SLOT TIME_SLOT_ID=\"ts2\" TIME_VALUE=\"2500\"/></TIME_ORDER>\n"
            + "<TIER TIER_ID=\"gaze\" ANNOTATOR=\"anna\" LINGUISTIC_TYPE_REF=\"t\"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" "
            + "TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\"><ANNOTATION_VALUE>looks at the child</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION>"
            + "</ANNOTATION></TIER>\n<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"t\" TIME_ALIGNABLE=\"true\"/></ANNOTATION_DOCUMENT>\n";

    @Test
    void importIsOneUndoableStepAndIsSaved() throws Exception {
        Path folder = dir.resolve("corpus");
        CorpusStore.create(folder, "Lab").close();
        Path eaf = dir.resolve("family-01.eaf");
        Files.writeString(eaf, EAF, StandardCharsets.UTF_8);
        CorpusEditor editor = CorpusEditor.open(folder);
        try {
            ImportHandler.importFiles(editor, List.of(eaf), new NullProgressMonitor());
            assertEquals(1, editor.corpus().getCases().size());
            assertTrue(editor.isDirty());
            editor.undo();
            assertEquals(0, editor.corpus().getCases().size());
            assertEquals(0, editor.corpus().getCoders().size());
            assertFalse(editor.isDirty());
            editor.redo();
            assertEquals(1, editor.corpus().getCases().size());
            editor.save();
        } finally {
            editor.close();
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            Case kase = store.loadCase("family-01");
            assertEquals(1, kase.getMoments().size());
            assertEquals(1000, kase.getMoments().get(0).getStartMs());
            assertEquals("looks at the child", kase.getMoments().get(0).getTranscript());
            assertEquals("anna", kase.getMoments().get(0).getCoder().getName());
        }
    }

    @Test
    void aRefusedFileImportsNothing() throws Exception {
        Path folder = dir.resolve("corpus");
        CorpusStore.create(folder, "Lab").close();
        Path good = dir.resolve("good.eaf");
        Files.writeString(good, EAF, StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.eaf");
        Files.writeString(bad, EAF.substring(0, 300), StandardCharsets.UTF_8);
        CorpusEditor editor = CorpusEditor.open(folder);
        try {
            ImportException e = assertThrows(ImportException.class,
                    () -> ImportHandler.importFiles(editor, List.of(good, bad), new NullProgressMonitor()));
            assertTrue(e.getMessage().startsWith("bad.eaf: line "), e.getMessage());
            assertEquals(0, editor.corpus().getCases().size());
            assertFalse(editor.canUndo());
        } finally {
            editor.close();
        }
    }
}
