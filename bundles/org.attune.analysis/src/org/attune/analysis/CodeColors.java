package org.attune.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodedMoment;

/**
 * The colour of each code in charts: the scheme's colour ({@code Code.color}, '#rrggbb') where the
 * corpus knows it, else a colour of {@link #PALETTE} given out in the order codes are first asked for
 * (charts ask in sorted order, so a chart of the same data always gets the same colours).
 */
public final class CodeColors {

    /** Tableau 10: distinct colours that survive printing in grey. */
    public static final int[] PALETTE = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
            0xff9da7, 0x9c755f, 0xbab0ac};

    private final Map<String, Integer> known = new HashMap<>();
    private final Map<String, Integer> assigned = new HashMap<>();

    /** No colours known: every code gets a palette colour. */
    public static CodeColors none() {
        return new CodeColors();
    }

    /** The scheme colours of every code used in the cases. */
    public static CodeColors of(List<Case> cases) {
        CodeColors colors = new CodeColors();
        for (Case c : cases) {
            for (CodedMoment m : c.getMoments()) {
                Code code = m.getCode();
                if (code != null && !code.eIsProxy()) {
                    Integer rgb = parse(code.getColor());
                    if (rgb != null) {
                        colors.known.put(key(CorpusMoments.categoryPath(code), CorpusMoments.codeName(code)), rgb);
                    }
                }
            }
        }
        return colors;
    }

    /** Sets a code's colour (0xRRGGBB). */
    public CodeColors with(String category, String code, int rgb) {
        known.put(key(category, code), rgb & 0xffffff);
        return this;
    }

    /** The colour of a code (0xRRGGBB). */
    public synchronized int color(String category, String code) {
        Integer rgb = known.get(key(category, code));
        if (rgb != null) {
            return rgb;
        }
        return assigned.computeIfAbsent(key(category, code), k -> PALETTE[assigned.size() % PALETTE.length]);
    }

    /** '#rrggbb' (or 'rrggbb') as 0xRRGGBB; null when it is not one. */
    public static Integer parse(String hex) {
        if (hex == null) {
            return null;
        }
        String h = hex.strip();
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.length() != 6) {
            return null;
        }
        try {
            return Integer.parseInt(h, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 0xRRGGBB as '#rrggbb'. */
    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }

    private static String key(String category, String code) {
        return (category == null ? "" : category) + '\u001f' + code;
    }
}
