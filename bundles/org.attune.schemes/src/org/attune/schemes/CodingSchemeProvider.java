package org.attune.schemes;

import java.util.List;

import org.attune.model.CodingScheme;

/**
 * Contributes coding schemes to Attune. Register an implementation as an OSGi service
 * (Declarative Services {@code @Component(service = CodingSchemeProvider.class)}) and its
 * schemes appear in {@code ./attune schemes}, in the workbench, and can be used by any corpus.
 * Attune's own VIG and VIPP-SD schemes come from such a provider.
 */
public interface CodingSchemeProvider {

    /** Where the schemes come from, as users should read it (e.g. "built-in"). */
    String origin();

    /**
     * The schemes. They are shared: do not change them. To use or edit one, copy it
     * ({@link org.attune.model.store.CorpusStore#addScheme} copies it into a corpus;
     * {@link SchemeEditing#copy} makes an editable copy under a new id).
     */
    List<CodingScheme> schemes();
}
