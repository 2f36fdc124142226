package org.attune.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.attune.model.Corpus;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * How the workbench reads and writes a corpus folder. One small interface so that the
 * workbench does not care about file names, formats or the way a save is made safe.
 */
public interface CorpusStore {

    /** Loads the corpus of a folder into a resource set (cases may load when first touched). */
    Corpus load(Path folder, ResourceSet resourceSet) throws IOException;

    /** Writes these resources (corpus, case or scheme files) so that a crash never leaves a broken file. */
    void save(Collection<Resource> resources) throws IOException;
}
