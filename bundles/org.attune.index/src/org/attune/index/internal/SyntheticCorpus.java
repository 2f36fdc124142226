package org.attune.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attune.index.MomentRecord;

/**
 * A reproducible corpus of parent–infant visits coded with a VIG-like scheme, for the search
 * benchmark: about 500 moments per case, three coders, notes with words like "smile", and
 * infant initiatives often received by the parent within a few seconds.
 */
public final class SyntheticCorpus {

    public static final String SCHEME = "VIG basic (synthetic)";
    public static final String[] CODERS = { "Anna", "Ben", "Chris" };

    private record Code(String id, String label, String category, boolean point) {
    }

    private static final Code INFANT_INITIATIVE = new Code("ini-inf", "infant initiative", "Initiatives", false);
    private static final Code RECEIVING = new Code("recv", "receiving initiatives", "Receiving", false);
    private static final Code[] OTHERS = {
            new Code("ini-par", "parent initiative", "Initiatives", false),
            new Code("look", "attentive looking", "Receiving", false),
            new Code("turn", "taking turns", "Interaction", false),
            new Code("joint", "joint attention", "Interaction", false),
            new Code("name", "naming", "Guidance", true),
            new Code("guide", "guiding", "Guidance", false),
            new Code("deep", "deepening discussion", "Guidance", false),
            new Code("miss", "missed initiative", "Disattuned", true),
            new Code("intr", "intrusive", "Disattuned", false),
            new Code("pause", "waiting", "Receiving", false) };
    private static final String[] WORDS = { "mother", "looks", "at", "baby", "reaches", "for", "toy", "turns", "head",
            "vocalises", "gently", "waits", "responds", "points", "book", "laughs", "calm", "tone", "face", "hand",
            "holds", "gaze", "follows", "lead", "names", "object", "softly", "again", "then", "eye", "contact" };
    private static final String[] SMILES = { "smiles", "smiling", "smile" };
    private static final String[] UTTERANCES = { "look at that!", "yes, that's the ball", "where did it go?",
            "oh you like that", "shall we read?", "ba ba ba", "good job", "is that funny?" };

    private SyntheticCorpus() {
    }

    public static String caseId(int index) {
        return String.format("case-%05d", index);
    }

    /** The moments of case {@code index} (deterministic for a given seed). */
    public static List<MomentRecord> caseMoments(long seed, int index, int moments) {
        Random random = new Random(seed * 1_000_003L + index);
        String caseId = caseId(index);
        int months = 3 + 3 * (index % 6);
        String title = "Visit at " + months + " months, family " + (index / 6 + 1);
        List<String> participants = List.of("parent", "infant (" + months + " months)");
        List<MomentRecord> result = new ArrayList<>(moments);
        long t = random.nextInt(2000);
        String coder = CODERS[index % CODERS.length];
        while (result.size() < moments) {
            if (result.size() == moments / 2 && random.nextInt(3) == 0) {
                // a second coder codes part of some cases (agreement checks)
                coder = CODERS[(index + 1) % CODERS.length];
                t = random.nextInt(2000);
            }
            int pick = random.nextInt(100);
            Code code = pick < 10 ? INFANT_INITIATIVE : pick < 18 ? RECEIVING : OTHERS[random.nextInt(OTHERS.length)];
            long duration = code.point ? 0 : 300 + random.nextInt(5700);
            result.add(moment(random, caseId, title, participants, coder, code, t, duration));
            if (code == INFANT_INITIATIVE && random.nextInt(10) < 6 && result.size() < moments) {
                // the parent receives the initiative shortly after it ends
                long start = t + duration + 200 + random.nextInt(3800);
                result.add(moment(random, caseId, title, participants, coder, RECEIVING, start,
                        500 + random.nextInt(4000)));
            }
            t += 500 + random.nextInt(3500);
        }
        return result;
    }

    private static MomentRecord moment(Random random, String caseId, String title, List<String> participants,
            String coder, Code code, long start, long duration) {
        StringBuilder note = new StringBuilder();
        int words = 4 + random.nextInt(7);
        for (int i = 0; i < words; i++) {
            note.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(10) == 0) {
            note.append(' ').append(SMILES[random.nextInt(SMILES.length)]);
        }
        String transcript = random.nextInt(10) < 3 ? UTTERANCES[random.nextInt(UTTERANCES.length)] : "";
        Map<String, String> modifiers = random.nextBoolean()
                ? Map.of("intensity", random.nextInt(3) == 0 ? "high" : random.nextBoolean() ? "medium" : "low")
                : Map.of();
        return new MomentRecord(caseId, title, participants, coder, SCHEME, List.of("Attuned interaction", code.category),
                code.id, code.label, modifiers, note.toString(), transcript, start, start + duration);
    }
}
