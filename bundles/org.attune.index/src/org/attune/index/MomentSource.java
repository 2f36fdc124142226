package org.attune.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where the index reads moments from: a corpus, seen as units that are read (and re-indexed)
 * as a whole. For a corpus of the coding model a unit is a case file; for a moment table it
 * is a table file. Each unit has a stamp that changes whenever its moments change, so that
 * {@link CorpusIndex#sync} re-reads only what changed.
 */
public interface MomentSource {

    /** Every unit of the corpus with its current stamp (e.g. file size and modification time). */
    Map<String, String> stamps() throws IOException;

    /** The moments of one unit. Fails with a message naming the file and what is wrong. */
    List<MomentRecord> read(String unit) throws IOException;
}
