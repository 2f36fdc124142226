package org.attune.model.tests;

import java.nio.file.Path;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coder;
import org.attune.model.store.CorpusStore;

/**
 * Run in a separate JVM by {@link KillDuringSaveTest}: saves a corpus over and over, each
 * version recognisable (case notes/title "v&lt;k&gt;", 50 more moments per version, corpus
 * name "v&lt;k&gt;"), printing "begin k" before and "saved k" after each save, until killed.
 * A third argument "binary" saves the case in EMF binary instead of XMI.
 */
public final class SaveLoopMain {

    public static final int MOMENTS_PER_VERSION = 50;

    private SaveLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String caseId = args[1];
        try (CorpusStore store = CorpusStore.open(folder)) {
            if (args.length > 2 && args[2].equals("binary")) {
                store.setBinaryThreshold(0);
            }
            Case theCase = store.loadCase(caseId);
            Coder coder = store.corpus().getCoders().get(0);
            Code code = theCase.getScheme().allCodes().get(0);
            int start = Integer.parseInt(theCase.getNotes().substring(1));
            for (int k = start + 1; ; k++) {
                theCase.setNotes("v" + k);
                theCase.setTitle("v" + k);
                for (int i = 0; i < MOMENTS_PER_VERSION; i++) {
                    CorpusStore.addMoment(theCase, code, coder, k * 1000L + i, k * 1000L + i + 10).setNote("v" + k);
                }
                store.corpus().setName("v" + k);
                System.out.println("begin " + k);
                System.out.flush();
                store.save();
                System.out.println("saved " + k);
                System.out.flush();
            }
        }
    }
}
