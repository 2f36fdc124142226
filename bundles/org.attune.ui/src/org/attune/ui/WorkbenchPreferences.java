package org.attune.ui;

import java.time.Duration;

import org.attune.model.Coder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's preferences (Edit › Preferences…), kept with Eclipse preferences in the
 * instance scope (node {@value #NODE}, in {@code ~/.attune/workspace/.metadata/.plugins/
 * org.eclipse.core.runtime/.settings/org.attune.ui.prefs}): who codes, how often unsaved coding
 * is autosaved, video defaults. {@link #apply} makes them take effect at once.
 */
public final class WorkbenchPreferences {

    public static final String NODE = "org.attune.ui";
    public static final String CODER_NAME = "coder.name";
    public static final String CODER_ID = "coder.id";
    public static final String AUTOSAVE_SECONDS = "autosave.seconds";
    public static final String FRAME_RATE = "video.frameRate";
    public static final String STEP_FRAMES = "video.stepFrames";
    public static final String BIG_STEP_MS = "video.bigStepMs";

    /** One set of preference values, checked. */
    public record Values(String coderName, String coderId, int autosaveSeconds, VideoDefaults video) {
        public Values {
            coderName = coderName == null ? "" : coderName.strip();
            coderId = coderId == null ? "" : coderId.strip();
            if (autosaveSeconds < 5 || autosaveSeconds > 3600) {
                throw new IllegalArgumentException("Autosave every 5 to 3600 seconds: " + autosaveSeconds);
            }
        }

        public Duration autosaveInterval() {
            return Duration.ofSeconds(autosaveSeconds);
        }
    }

    public static final Values DEFAULTS = new Values("", "", (int) WorkbenchSession.AUTOSAVE_INTERVAL.toSeconds(), VideoDefaults.DEFAULT);

    private WorkbenchPreferences() {
    }

    /** The workbench's preference node. */
    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** Reads the values; a value that is out of range or unreadable gives the default. */
    public static Values read(IEclipsePreferences node) {
        int autosave = node.getInt(AUTOSAVE_SECONDS, DEFAULTS.autosaveSeconds());
        if (autosave < 5 || autosave > 3600) {
            autosave = DEFAULTS.autosaveSeconds();
        }
        VideoDefaults video;
        try {
            video = new VideoDefaults(node.getDouble(FRAME_RATE, VideoDefaults.DEFAULT.frameRate()),
                    node.getInt(STEP_FRAMES, VideoDefaults.DEFAULT.stepFrames()),
                    node.getLong(BIG_STEP_MS, VideoDefaults.DEFAULT.bigStepMs()));
        } catch (IllegalArgumentException e) {
            video = VideoDefaults.DEFAULT;
        }
        return new Values(node.get(CODER_NAME, ""), node.get(CODER_ID, ""), autosave, video);
    }

    /** Writes the values and flushes them to disk. */
    public static void write(IEclipsePreferences node, Values values) throws BackingStoreException {
        node.put(CODER_NAME, values.coderName());
        node.put(CODER_ID, values.coderId());
        node.putInt(AUTOSAVE_SECONDS, values.autosaveSeconds());
        node.putDouble(FRAME_RATE, values.video().frameRate());
        node.putInt(STEP_FRAMES, values.video().stepFrames());
        node.putLong(BIG_STEP_MS, values.video().bigStepMs());
        node.flush();
    }

    /**
     * Makes the values take effect: the autosave of the open corpus restarts with the new
     * interval, the video defaults apply to the next step and case, and the coder becomes the
     * current one (added to the open corpus, undoably, when it has no such coder).
     */
    public static void apply(Values values, WorkbenchSession session) {
        session.setAutosaveInterval(values.autosaveInterval());
        session.setVideoDefaults(values.video());
        session.setPreferredCoder(values.coderId(), values.coderName());
        if (session.corpus() == null || (values.coderId().isEmpty() && values.coderName().isEmpty())) {
            return;
        }
        Coder coder = session.preferredCoder(session.corpus());
        if (coder == null) {
            String id = values.coderId().isEmpty() ? values.coderName().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "") : values.coderId();
            session.addCoder(id.isEmpty() ? "coder" : id, values.coderName().isEmpty() ? id : values.coderName());
        } else if (coder != session.coder()) {
            session.setCoder(coder);
        }
    }
}
