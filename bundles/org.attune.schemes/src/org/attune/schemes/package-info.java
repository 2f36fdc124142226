/**
 * Coding schemes: {@link org.attune.schemes.CodingSchemeProvider} (the OSGi service through
 * which bundles contribute schemes; the built-in VIG and VIPP-SD come through one),
 * {@link org.attune.schemes.SchemeCatalog} (every available scheme, including a corpus's own),
 * {@link org.attune.schemes.SchemeEditing} (copy, version, rename, delete safely, export, import)
 * and {@link org.attune.schemes.DemoCorpus}.
 */
package org.attune.schemes;
