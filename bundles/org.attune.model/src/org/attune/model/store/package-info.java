/**
 * Attune's data on disk, headless: {@link org.attune.model.store.CorpusStore} opens or creates
 * a corpus folder and reads and saves its cases and schemes; {@link org.attune.model.store.AtomicFiles}
 * writes any file so that a crash leaves the old or the new version;
 * {@link org.attune.model.store.Autosave} keeps unsaved coding in {@code .autosave} copies;
 * {@link org.attune.model.store.CorruptFileException} names a damaged file, its line and its backup.
 */
package org.attune.model.store;
