package org.attune.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.attune.model.Coder;

/** What the status line says about saving and who codes, e.g. "3 unsaved changes · Autosaved 14:05". */
public final class SaveStatus {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SaveStatus() {
    }

    /** The save state of an open corpus (or that none is open). */
    public static String of(CorpusEditor editor, ZoneId zone) {
        if (editor == null) {
            return "No corpus open";
        }
        return describe(editor.unsavedChanges(), editor.savedAt(), editor.autosavedAt(), editor.isAutosaveCurrent(), zone);
    }

    /**
     * @param unsaved changes not saved (0: clean)
     * @param savedAt last save in this session, or null
     * @param autosavedAt last autosave, or null
     * @param autosaveCurrent whether the autosave copies hold every unsaved change
     */
    public static String describe(int unsaved, Instant savedAt, Instant autosavedAt, boolean autosaveCurrent, ZoneId zone) {
        if (unsaved == 0) {
            return savedAt == null ? "No unsaved changes" : "Saved " + TIME.format(savedAt.atZone(zone));
        }
        String text = unsaved + (unsaved == 1 ? " unsaved change" : " unsaved changes");
        if (autosaveCurrent && autosavedAt != null) {
            text += " · Autosaved " + TIME.format(autosavedAt.atZone(zone));
        }
        return text;
    }

    /** "Coder: Anna", or that nobody is chosen. */
    public static String coder(Coder coder) {
        if (coder == null) {
            return "Coder: none (choose or add one in the palette)";
        }
        return "Coder: " + (coder.getName() != null && !coder.getName().isBlank() ? coder.getName() : coder.getId());
    }
}
