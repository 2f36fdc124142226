package org.attune.media;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligning camera angles by marking the same event in two streams: pause where the event
 * happens in stream A and mark it, step stream B alone to the same event and mark it; B's
 * offset is then A's offset plus the difference of the two marks' media times, so both
 * marked frames start at the same case time. Also reads and writes typed offsets.
 */
public final class Synchronisation {

    /** A marked event: the frame stream {@code stream} showed, its start in media time, the stream's offset then. */
    public record Mark(int stream, long frame, long mediaNs, long offsetMs) {
    }

    private static final Pattern MS = Pattern.compile("([+-]?)\\s*(\\d{1,10})\\s*(ms)?");
    private static final Pattern SECONDS = Pattern.compile("([+-]?)\\s*(\\d{1,7})(?:\\.(\\d{1,3}))?\\s*s");
    private static final Pattern CLOCK = Pattern.compile("([+-]?)\\s*(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,3}))?");

    private Mark first;

    /** The first mark, or null when the next mark is a first one. */
    public Mark first() {
        return first;
    }

    public void clear() {
        first = null;
    }

    /**
     * Marks the event in stream {@code stream} at the frame it shows now. The first mark is
     * kept; a second mark in another stream returns the offset that stream needs and starts
     * over. A second mark in the same stream replaces the first.
     */
    public OptionalLong mark(MediaSet set, int stream) {
        MediaSet.Stream s = set.streams().get(stream);
        long frame = set.shownFrame(stream);
        Mark mark = new Mark(stream, frame, s.info().frameStartNs(frame), s.source().offsetMs());
        if (first == null || first.stream() == stream) {
            first = mark;
            return OptionalLong.empty();
        }
        long offset = offsetFor(first, mark);
        first = null;
        return OptionalLong.of(offset);
    }

    /** The offset that puts {@code b}'s marked frame at the case time of {@code a}'s. */
    public static long offsetFor(Mark a, Mark b) {
        return a.offsetMs() + Math.round((a.mediaNs() - b.mediaNs()) / 1e6);
    }

    /**
     * Reads a typed offset: milliseconds ({@code 1500}, {@code -40}, {@code 250 ms}), seconds
     * ({@code 1.5 s}) or a clock time {@code [hh:]mm:ss[.mmm]} ({@code 00:00:01.500},
     * {@code -1:02.5}); a leading minus means the stream started before the case's time 0.
     *
     * @throws IllegalArgumentException saying what is wrong and what is accepted
     */
    public static long parseOffset(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        Matcher m = MS.matcher(t);
        if (m.matches()) {
            return sign(m.group(1)) * Long.parseLong(m.group(2));
        }
        m = SECONDS.matcher(t);
        if (m.matches()) {
            return sign(m.group(1)) * (Long.parseLong(m.group(2)) * 1000 + millis(m.group(3)));
        }
        m = CLOCK.matcher(t);
        if (m.matches()) {
            long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            long minutes = Long.parseLong(m.group(3));
            long seconds = Long.parseLong(m.group(4));
            if (seconds > 59 || (m.group(2) != null && minutes > 59)) {
                throw new IllegalArgumentException("'" + text.strip() + "' is not a time: minutes and seconds go up to 59");
            }
            return sign(m.group(1)) * (((hours * 60 + minutes) * 60 + seconds) * 1000 + millis(m.group(5)));
        }
        throw new IllegalArgumentException("'" + (text == null ? "" : text.strip())
                + "' is not an offset: type milliseconds (1500, -40) or a time hh:mm:ss.mmm (00:00:01.500)");
    }

    /** "+00:00:01.500", "-00:00:00.040", "00:00:00.000". */
    public static String formatOffset(long ms) {
        String sign = ms > 0 ? "+" : ms < 0 ? "-" : "";
        return sign + Player.formatTime(Math.abs(ms));
    }

    private static long sign(String sign) {
        return "-".equals(sign) ? -1 : 1;
    }

    private static long millis(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Long.parseLong(String.format(Locale.ROOT, "%-3s", fraction).replace(' ', '0'));
    }
}
