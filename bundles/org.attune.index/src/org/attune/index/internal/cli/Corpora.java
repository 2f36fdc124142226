package org.attune.index.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.index.ModelMomentSource;
import org.attune.index.MomentSource;
import org.attune.index.MomentTable;

/** Finds what a corpus folder holds and how to read its moments. */
final class Corpora {

    private Corpora() {
    }

    static MomentSource source(Path corpusDir) throws IOException {
        if (!Files.isDirectory(corpusDir)) {
            throw new IOException("the corpus folder " + corpusDir + " does not exist");
        }
        if (ModelMomentSource.isModelCorpus(corpusDir)) {
            return new ModelMomentSource(corpusDir);
        }
        MomentSource tables = MomentTable.folder(corpusDir);
        if (tables.stamps().isEmpty()) {
            throw new IOException(corpusDir + " holds no corpus: no corpus file (*" + ModelMomentSource.CORPUS_EXTENSION
                    + "), case files (*" + ModelMomentSource.CASE_EXTENSION + ") or moment tables (*"
                    + MomentTable.SUFFIX + ") found");
        }
        return tables;
    }
}
