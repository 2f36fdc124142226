package org.attune.review;

import java.nio.file.Path;
import java.util.List;

import org.attune.media.MediaInfo;

/**
 * One moment of a playlist as it is cut: the window {@code [startMs, endMs)} on its case's
 * timeline (the moment with the playlist's context before and after, clamped to the case's
 * media), every camera angle that shows part of it, and the guider's note.
 *
 * @param number      1-based position in the playlist
 * @param momentStartMs the moment itself, on the case timeline
 * @param sources     the case's camera angles that play, in case order (the first is the master)
 * @param problems    angles left out, each message naming the file and why
 */
public record Clip(String playlist, int number, String caseId, String caseTitle, String momentId, String code,
        String coder, long momentStartMs, long momentEndMs, long startMs, long endMs, String note,
        List<Source> sources, List<String> problems) {

    /** One camera angle: a frame at media time t sits at case time t + offsetMs. */
    public record Source(Path file, String role, long offsetMs, MediaInfo info) {

        /** Where the file's media ends on the case timeline. */
        public long endMs() {
            return offsetMs + info.durationMs();
        }
    }

    public Clip {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /**
     * The angle whose sound the clip carries: the first that has sound (-1 when none has).
     * One angle rather than a mix: cameras in one room pick up the same sound at slightly
     * different times, and mixed they echo.
     */
    public int soundSource() {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).info().hasAudio()) {
                return i;
            }
        }
        return -1;
    }

    public long durationMs() {
        return endMs - startMs;
    }

    /** Names the entry in messages: "playlist 'x', entry 3 (case c1, moment m5)". */
    public String where() {
        return "playlist '" + playlist + "', entry " + number + " (case " + caseId + ", moment " + momentId + ")";
    }

    /** The title shown over the start of the clip: what, where, when, and the note. */
    public String title() {
        StringBuilder text = new StringBuilder();
        text.append(number).append(". ").append(caseTitle == null || caseTitle.isBlank() ? caseId : caseTitle);
        text.append(" — ").append(code);
        if (coder != null && !coder.isBlank()) {
            text.append(" (").append(coder).append(')');
        }
        text.append("  ").append(time(momentStartMs));
        if (momentEndMs > momentStartMs) {
            text.append("–").append(time(momentEndMs));
        }
        if (note != null && !note.isBlank()) {
            text.append('\n').append(note.strip());
        }
        return text.toString();
    }

    /** m:ss.s, or h:mm:ss.s from an hour on. */
    public static String time(long ms) {
        long tenths = Math.max(0, ms) / 100;
        long seconds = tenths / 10;
        String fraction = "." + (tenths % 10);
        if (seconds >= 3600) {
            return String.format(java.util.Locale.ROOT, "%d:%02d:%02d%s", seconds / 3600, seconds / 60 % 60, seconds % 60,
                    fraction);
        }
        return String.format(java.util.Locale.ROOT, "%d:%02d%s", seconds / 60, seconds % 60, fraction);
    }
}
