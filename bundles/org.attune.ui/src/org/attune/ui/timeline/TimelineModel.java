package org.attune.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.Corpus;
import org.attune.ui.CodingSession;

/**
 * The tracks of a case's timeline: one per category × coder (or per code × coder), each with
 * its moments sorted by start in flat arrays, so that the moments of a visible time range are
 * found by binary search and painting touches only what can be seen.
 */
public final class TimelineModel {

    /** How moments are grouped into tracks. */
    public enum Grouping { CATEGORY, CODE }

    /** One row of the timeline. */
    public static final class Track {
        private final String label;
        private final Object group;
        private final Coder coder;
        private CodedMoment[] moments;
        private long[] starts;
        private long[] ends;
        private int[] colors;
        private boolean[] points;
        private long maxDurationMs;

        Track(String label, Object group, Coder coder) {
            this.label = label;
            this.group = group;
            this.coder = coder;
        }

        public String label() {
            return label;
        }

        /** The category or code the track shows. */
        public Object group() {
            return group;
        }

        public Coder coder() {
            return coder;
        }

        public int size() {
            return moments.length;
        }

        public CodedMoment moment(int i) {
            return moments[i];
        }

        public long start(int i) {
            return starts[i];
        }

        public long end(int i) {
            return ends[i];
        }

        public int color(int i) {
            return colors[i];
        }

        public boolean isPoint(int i) {
            return points[i];
        }

        /** Index of the first moment that may reach into {@code [fromMs, ...)}. */
        public int firstVisible(double fromMs) {
            long key = (long) Math.floor(fromMs) - maxDurationMs;
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Where a moment is in this track (by identity), or -1. */
        int indexOf(CodedMoment moment) {
            for (int i = 0; i < moments.length; i++) {
                if (moments[i] == moment) {
                    return i;
                }
            }
            return -1;
        }

        /** Puts a moment in at its place by start (after those starting at the same time). */
        void insert(CodedMoment m) {
            long start = m.getStartMs();
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int n = moments.length;
            CodedMoment[] newMoments = new CodedMoment[n + 1];
            long[] newStarts = new long[n + 1];
            long[] newEnds = new long[n + 1];
            int[] newColors = new int[n + 1];
            boolean[] newPoints = new boolean[n + 1];
            System.arraycopy(moments, 0, newMoments, 0, lo);
            System.arraycopy(starts, 0, newStarts, 0, lo);
            System.arraycopy(ends, 0, newEnds, 0, lo);
            System.arraycopy(colors, 0, newColors, 0, lo);
            System.arraycopy(points, 0, newPoints, 0, lo);
            System.arraycopy(moments, lo, newMoments, lo + 1, n - lo);
            System.arraycopy(starts, lo, newStarts, lo + 1, n - lo);
            System.arraycopy(ends, lo, newEnds, lo + 1, n - lo);
            System.arraycopy(colors, lo, newColors, lo + 1, n - lo);
            System.arraycopy(points, lo, newPoints, lo + 1, n - lo);
            newMoments[lo] = m;
            newStarts[lo] = start;
            newEnds[lo] = Math.max(start, m.getEndMs());
            newColors[lo] = rgb(m.getCode());
            newPoints[lo] = m.getCode() != null && m.getCode().getKind() == CodeKind.POINT;
            moments = newMoments;
            starts = newStarts;
            ends = newEnds;
            colors = newColors;
            points = newPoints;
            maxDurationMs = Math.max(maxDurationMs, newEnds[lo] - start);
        }

        /** Takes out the moment at an index (the longest duration stays: a safe over-estimate for the search). */
        void delete(int i) {
            int n = moments.length;
            moments = cut(moments, i, new CodedMoment[n - 1]);
            long[] newStarts = new long[n - 1];
            long[] newEnds = new long[n - 1];
            int[] newColors = new int[n - 1];
            boolean[] newPoints = new boolean[n - 1];
            System.arraycopy(starts, 0, newStarts, 0, i);
            System.arraycopy(starts, i + 1, newStarts, i, n - i - 1);
            System.arraycopy(ends, 0, newEnds, 0, i);
            System.arraycopy(ends, i + 1, newEnds, i, n - i - 1);
            System.arraycopy(colors, 0, newColors, 0, i);
            System.arraycopy(colors, i + 1, newColors, i, n - i - 1);
            System.arraycopy(points, 0, newPoints, 0, i);
            System.arraycopy(points, i + 1, newPoints, i, n - i - 1);
            starts = newStarts;
            ends = newEnds;
            colors = newColors;
            points = newPoints;
        }

        private static <T> T[] cut(T[] from, int i, T[] into) {
            System.arraycopy(from, 0, into, 0, i);
            System.arraycopy(from, i + 1, into, i, from.length - i - 1);
            return into;
        }

        void fill(List<CodedMoment> list) {
            list.sort(Comparator.comparingLong(CodedMoment::getStartMs));
            int n = list.size();
            moments = list.toArray(new CodedMoment[n]);
            starts = new long[n];
            ends = new long[n];
            colors = new int[n];
            points = new boolean[n];
            Map<Code, Integer> colorCache = new HashMap<>();
            long max = 0;
            for (int i = 0; i < n; i++) {
                CodedMoment m = moments[i];
                starts[i] = m.getStartMs();
                ends[i] = Math.max(m.getStartMs(), m.getEndMs());
                Code code = m.getCode();
                colors[i] = colorCache.computeIfAbsent(code, TimelineModel::rgb);
                points[i] = code != null && code.getKind() == CodeKind.POINT;
                max = Math.max(max, ends[i] - starts[i]);
            }
            maxDurationMs = max;
        }
    }

    private final List<Track> tracks;
    private long version;

    private TimelineModel(List<Track> tracks) {
        this.tracks = tracks;
    }

    /** Counts the changes made in place ({@link #add}, {@link #remove}, {@link #update}): part of the view's cache key. */
    public long version() {
        return version;
    }

    /**
     * Puts a moment added to the case into its track, in place: only that track's arrays change.
     *
     * @return false when the moment needs a track the model does not have (build it again)
     */
    public boolean add(CodedMoment moment) {
        Track track = trackOf(moment);
        if (track == null) {
            return false;
        }
        if (track.indexOf(moment) < 0) {
            track.insert(moment);
        }
        version++;
        return true;
    }

    /** Takes a moment removed from the case out of its track, in place (true when it was there or in none). */
    public boolean remove(CodedMoment moment) {
        for (Track track : tracks) {
            int i = track.indexOf(moment);
            if (i >= 0) {
                track.delete(i);
                version++;
                return true;
            }
        }
        return true;
    }

    /**
     * Moves a changed moment (times, code or coder) to its place, in place.
     *
     * @return false when it needs a track the model does not have (build it again)
     */
    public boolean update(CodedMoment moment) {
        remove(moment);
        return add(moment);
    }

    public List<Track> tracks() {
        return tracks;
    }

    /** The track a moment is drawn in, or null. */
    public Track trackOf(CodedMoment moment) {
        Object group = moment.getCode();
        for (Track track : tracks) {
            if (track.coder == moment.getCoder()
                    && (track.group == group || track.group == CodingSession.categoryOf(moment.getCode()))) {
                return track;
            }
        }
        return null;
    }

    /**
     * Builds the tracks of a case. Groups come in scheme order; within a group, coders in the
     * corpus's order; {@code current} (the coder coding now) always has a track per group.
     */
    public static TimelineModel build(Case theCase, Grouping grouping, Coder current) {
        List<Object> groups = new ArrayList<>();
        if (theCase.getScheme() != null) {
            if (grouping == Grouping.CODE) {
                groups.addAll(theCase.getScheme().allCodes());
            } else {
                for (Category category : theCase.getScheme().getCategories()) {
                    addCategories(category, groups);
                }
            }
        }
        Map<Object, Map<Coder, List<CodedMoment>>> byGroup = new LinkedHashMap<>();
        for (Object group : groups) {
            byGroup.put(group, new LinkedHashMap<>());
        }
        Object other = "Other";
        Map<Code, Object> groupOfCode = new HashMap<>();
        for (CodedMoment moment : theCase.getMoments()) {
            Object group = groupOfCode.computeIfAbsent(moment.getCode(), code -> {
                Object g = grouping == Grouping.CODE ? code : CodingSession.categoryOf(code);
                return g != null && byGroup.containsKey(g) ? g : other;
            });
            byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .computeIfAbsent(moment.getCoder(), c -> new ArrayList<>()).add(moment);
        }
        List<Coder> coderOrder = new ArrayList<>();
        Corpus corpus = theCase.eContainer() instanceof Corpus c ? c : null;
        if (corpus != null) {
            coderOrder.addAll(corpus.getCoders());
        }
        List<Track> tracks = new ArrayList<>();
        for (Map.Entry<Object, Map<Coder, List<CodedMoment>>> entry : byGroup.entrySet()) {
            Map<Coder, List<CodedMoment>> byCoder = entry.getValue();
            if (current != null && entry.getKey() != other) {
                byCoder.computeIfAbsent(current, c -> new ArrayList<>());
            }
            List<Coder> coders = new ArrayList<>(byCoder.keySet());
            coders.sort(Comparator.comparingInt(c -> {
                int i = coderOrder.indexOf(c);
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
            for (Coder coder : coders) {
                Track track = new Track(groupLabel(entry.getKey()) + " — " + coderLabel(coder), entry.getKey(), coder);
                track.fill(byCoder.get(coder));
                tracks.add(track);
            }
        }
        return new TimelineModel(tracks);
    }

    private static void addCategories(Category category, List<Object> into) {
        if (!category.getCodes().isEmpty()) {
            into.add(category);
        }
        for (Category sub : category.getSubCategories()) {
            addCategories(sub, into);
        }
    }

    static String groupLabel(Object group) {
        if (group instanceof Category category) {
            return category.getName();
        }
        if (group instanceof Code code) {
            return code.getLabel() != null ? code.getLabel() : code.getId();
        }
        return String.valueOf(group);
    }

    static String coderLabel(Coder coder) {
        if (coder == null) {
            return "no coder";
        }
        return coder.getName() != null ? coder.getName() : coder.getId();
    }

    /** A code's colour as 0xRRGGBB (grey when it has none or it cannot be read). */
    public static int rgb(Code code) {
        String color = code == null ? null : code.getColor();
        if (color != null && color.length() == 7 && color.charAt(0) == '#') {
            try {
                return Integer.parseInt(color.substring(1), 16);
            } catch (NumberFormatException e) {
                // fall through to grey
            }
        }
        return 0x888888;
    }

    @Override
    public String toString() {
        return "TimelineModel" + Arrays.toString(tracks.stream().map(Track::label).toArray());
    }
}
