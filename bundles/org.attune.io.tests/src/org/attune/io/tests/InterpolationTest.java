package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.io.Importer;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Moment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times of unaligned slots and reference annotations, as ELAN shows them. */
class InterpolationTest {

    @TempDir
    Path dir;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2020-01-01T00:00:00Z\" "
            + "FORMAT=\"3.0\" VERSION=\"3.0\"><HEADER TIME_UNITS=\"milliseconds\"/>\n";

    private static String alignable(String id, String ts1, String ts2, String value) {
        return "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"" + id + "\" TIME_SLOT_REF1=\"" + ts1 + "\" TIME_SLOT_REF2=\"" + ts2
                + "\"><ANNOTATION_VALUE>" + value + "</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n";
    }

    private static String ref(String id, String parent, String previous, String value) {
        return "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"" + id + "\" ANNOTATION_REF=\"" + parent + "\""
                + (previous == null ? "" : " PREVIOUS_ANNOTATION=\"" + previous + "\"") + "><ANNOTATION_VALUE>" + value
                + "</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n";
    }

    private List<Moment> read(String body) throws Exception {
        Path file = dir.resolve("t.eaf");
        Files.writeString(file, HEAD + body + "</ANNOTATION_DOCUMENT>", StandardCharsets.UTF_8);
        Document d = Importer.read(file, Importer.Options.DEFAULT).get(0);
        return d.cases.get(0).moments;
    }

    private static String times(List<Moment> moments, String category) {
        StringBuilder s = new StringBuilder();
        for (Moment m : moments) {
            if (m.category.equals(category)) {
                s.append(m.transcript).append(' ').append(m.startMs).append('-').append(m.endMs).append(' ');
            }
        }
        return s.toString().trim();
    }

    @Test
    void timeSubdivisionSpreadsUnalignedSlotsEvenly() throws Exception {
        List<Moment> moments = read("<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"1000\"/><TIME_SLOT TIME_SLOT_ID=\"ts2\"/>"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts3\"/><TIME_SLOT TIME_SLOT_ID=\"ts4\" TIME_VALUE=\"4000\"/>"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts5\" TIME_VALUE=\"5000\"/><TIME_SLOT TIME_SLOT_ID=\"ts6\"/><TIME_SLOT TIME_SLOT_ID=\"ts7\" TIME_VALUE=\"6000\"/>"
                + "</TIME_ORDER>\n"
                + "<TIER TIER_ID=\"utt\" LINGUISTIC_TYPE_REF=\"free\">" + alignable("a1", "ts1", "ts4", "one two three")
                + alignable("a2", "ts5", "ts7", "four five") + "</TIER>\n"
                + "<TIER TIER_ID=\"words\" LINGUISTIC_TYPE_REF=\"sub\" PARENT_REF=\"utt\">" + alignable("a3", "ts1", "ts2", "one")
                + alignable("a4", "ts2", "ts3", "two") + alignable("a5", "ts3", "ts4", "three") + alignable("a6", "ts5", "ts6", "four")
                + alignable("a7", "ts6", "ts7", "five") + "</TIER>\n"
                + "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"free\" TIME_ALIGNABLE=\"true\"/>"
                + "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"sub\" CONSTRAINTS=\"Time_Subdivision\" TIME_ALIGNABLE=\"true\"/>");
        assertEquals("one 1000-2000 two 2000-3000 three 3000-4000 four 5000-5500 five 5500-6000", times(moments, "words"));
    }

    @Test
    void symbolicSubdivisionDividesTheParentInOrder() throws Exception {
        List<Moment> moments = read("<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"0\"/><TIME_SLOT TIME_SLOT_ID=\"ts2\" TIME_VALUE=\"4000\"/>"
                + "</TIME_ORDER>\n"
                + "<TIER TIER_ID=\"utt\" LINGUISTIC_TYPE_REF=\"free\">" + alignable("a1", "ts1", "ts2", "w x y z") + "</TIER>\n"
                // written out of order: PREVIOUS_ANNOTATION decides
                + "<TIER TIER_ID=\"tokens\" LINGUISTIC_TYPE_REF=\"symsub\" PARENT_REF=\"utt\">" + ref("a4", "a1", "a3", "y")
                + ref("a2", "a1", null, "w") + ref("a5", "a1", "a4", "z") + ref("a3", "a1", "a2", "x") + "</TIER>\n"
                + "<TIER TIER_ID=\"pos\" LINGUISTIC_TYPE_REF=\"assoc\" PARENT_REF=\"tokens\">" + ref("a6", "a4", null, "Y") + "</TIER>\n"
                + "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"free\" TIME_ALIGNABLE=\"true\"/>"
                + "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"symsub\" CONSTRAINTS=\"Symbolic_Subdivision\" TIME_ALIGNABLE=\"false\"/>"
                + "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"assoc\" CONSTRAINTS=\"Symbolic_Association\" TIME_ALIGNABLE=\"false\"/>");
        assertEquals("y 2000-3000 w 0-1000 z 3000-4000 x 1000-2000", times(moments, "tokens"));
        assertEquals("Y 2000-3000", times(moments, "pos"), "an association takes its parent's time, down the chain");
    }

    @Test
    void aRunWithNoAlignedEndUsesTheNeighboursInTimeOrder() throws Exception {
        List<Moment> moments = read("<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"100\"/><TIME_SLOT TIME_SLOT_ID=\"ts2\"/>"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts3\"/><TIME_SLOT TIME_SLOT_ID=\"ts4\" TIME_VALUE=\"400\"/></TIME_ORDER>\n"
                + "<TIER TIER_ID=\"a\" LINGUISTIC_TYPE_REF=\"free\">" + alignable("a1", "ts2", "ts3", "lost") + "</TIER>\n"
                + "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"free\" TIME_ALIGNABLE=\"true\"/>");
        assertEquals("lost 200-300", times(moments, "a"));
    }
}
