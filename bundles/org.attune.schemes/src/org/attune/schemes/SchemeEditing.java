package org.attune.schemes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.CodingScheme;
import org.attune.model.store.CorpusStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Changing schemes without losing coded moments: copies under a new id, versions, renames that
 * keep ids, deletions refused while moments use a code, export and import of scheme files.
 */
public final class SchemeEditing {

    private SchemeEditing() {
    }

    /**
     * An editable copy of a scheme under a new id (e.g. a lab's variant of VIG). Codes keep their
     * ids; the description records where the copy comes from.
     */
    public static CodingScheme copy(CodingScheme source, String newId, String newName) {
        CodingScheme copy = EcoreUtil.copy(source);
        copy.setId(newId);
        copy.setName(newName != null ? newName : source.getName() + " (copy)");
        copy.setVersion("1");
        String origin = "Copied from " + source.getName() + " (id " + source.getId() + ", version " + source.getVersion() + ").";
        copy.setDescription(source.getDescription() == null ? origin : origin + " " + source.getDescription());
        return copy;
    }

    /** The version after this one: "1.0" → "1.1", "3" → "4", "2.0-lab" → "2.0-lab.1", none → "1". */
    public static String nextVersion(String version) {
        if (version == null || version.isBlank()) {
            return "1";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)(\\d+)$").matcher(version.trim());
        if (m.matches()) {
            return m.group(1) + (Long.parseLong(m.group(2)) + 1);
        }
        return version.trim() + ".1";
    }

    /** Moves a scheme to its next version (call before changing a scheme that is in use); returns it. */
    public static String newVersion(CodingScheme scheme) {
        scheme.setVersion(nextVersion(scheme.getVersion()));
        return scheme.getVersion();
    }

    /** Renames a code: only the label changes; the id, which coded moments point at, stays. */
    public static void renameCode(Code code, String newLabel) {
        code.setLabel(newLabel);
    }

    /** Moments using a code, per case id (reads every case of the corpus). */
    public static Map<String, Integer> usesByCase(CorpusStore store, Code code) throws IOException {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Case theCase : store.loadCases()) {
            int count = 0;
            for (CodedMoment moment : theCase.getMoments()) {
                if (moment.getCode() == code) {
                    count++;
                }
            }
            if (count > 0) {
                uses.put(theCase.getId(), count);
            }
        }
        return uses;
    }

    /** Number of moments using a code in the whole corpus. */
    public static int countUses(CorpusStore store, Code code) throws IOException {
        return usesByCase(store, code).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * How many coded moments use the codes that deleting some scheme objects (codes, categories
     * with their codes and sub-categories, modifiers) would delete, per case.
     *
     * @param what     "code 'Waiting' (id ...) is used by", "category '...' has codes used by": how the refusal starts
     * @param total    moments over all cases
     * @param perCase  case id → moments
     */
    public record Uses(String what, int total, Map<String, Integer> perCase) {

        /** The message refusing the deletion (names the count and the cases). */
        public String refusal() {
            return what + " " + total + (total == 1 ? " coded moment" : " coded moments") + " ("
                    + describe(perCase) + "): recode or delete those moments first. Renaming keeps them.";
        }
    }

    /** The coded moments that use the codes among, or inside, these objects. */
    public static Uses uses(CorpusStore store, java.util.Collection<?> objects) throws IOException {
        java.util.Set<Code> codes = new java.util.LinkedHashSet<>();
        for (Object object : objects) {
            if (object instanceof Code code) {
                codes.add(code);
            } else if (object instanceof Category category) {
                for (var it = category.eAllContents(); it.hasNext();) {
                    if (it.next() instanceof Code code) {
                        codes.add(code);
                    }
                }
            }
        }
        Map<String, Integer> perCase = new LinkedHashMap<>();
        int total = 0;
        if (!codes.isEmpty()) {
            for (Case theCase : store.loadCases()) {
                int count = 0;
                for (CodedMoment moment : theCase.getMoments()) {
                    if (codes.contains(moment.getCode())) {
                        count++;
                    }
                }
                if (count > 0) {
                    perCase.put(theCase.getId(), count);
                    total += count;
                }
            }
        }
        String what;
        if (objects.size() == 1 && objects.iterator().next() instanceof Code code) {
            what = "code '" + code.getLabel() + "' (id " + code.getId() + ") is used by";
        } else if (objects.size() == 1 && objects.iterator().next() instanceof Category category) {
            what = "category '" + category.getName() + "' has codes used by";
        } else {
            what = "the codes to delete are used by";
        }
        return new Uses(what, total, perCase);
    }

    /**
     * Deletes a code from its scheme, unless coded moments use it. (In an editing domain, use
     * {@link SchemeCommands#delete}, which refuses the same way and can be undone.)
     *
     * @throws CodeInUseException with the number of moments (and cases) that use it
     */
    public static void deleteCode(CorpusStore store, Code code) throws IOException {
        refuseIfUsed(uses(store, List.of(code)));
        EcoreUtil.remove(code);
    }

    /** Deletes a category with its codes and sub-categories, unless coded moments use one of them. */
    public static void deleteCategory(CorpusStore store, Category category) throws IOException {
        refuseIfUsed(uses(store, List.of(category)));
        EcoreUtil.remove(category);
    }

    private static void refuseIfUsed(Uses uses) {
        if (uses.total() > 0) {
            throw new CodeInUseException(uses.refusal(), uses.total());
        }
    }

    private static String describe(Map<String, Integer> uses) {
        StringBuilder text = new StringBuilder();
        uses.forEach((caseId, count) -> text.append(text.length() > 0 ? ", " : "").append(count).append(" in case ").append(caseId));
        return text.toString();
    }

    /** Writes a scheme to a file others can import (atomically). */
    public static void export(CodingScheme scheme, Path file) throws IOException {
        CorpusStore.writeScheme(scheme, file);
    }

    /**
     * Imports a scheme file into a corpus ({@code schemes/<id>.attune-scheme}).
     *
     * @throws IllegalArgumentException when the corpus has a scheme with that id already (import
     *                                  it as a copy under another id, or as a new version)
     */
    public static CodingScheme importInto(CorpusStore store, Path file) throws IOException {
        return store.addScheme(readForImport(store, file));
    }

    /**
     * Reads a scheme file to import into a corpus (add it with {@link SchemeCommands#addScheme}
     * to make the import undoable).
     *
     * @throws org.attune.model.store.CorruptFileException when the file cannot be read (names file and line)
     * @throws IllegalArgumentException when the corpus has a scheme with that id already
     */
    public static CodingScheme readForImport(CorpusStore store, Path file) throws IOException {
        CodingScheme scheme = CorpusStore.readScheme(file);
        CodingScheme existing = store.findScheme(scheme.getId());
        if (existing != null) {
            throw new IllegalArgumentException("cannot import " + file + ": corpus '" + store.corpus().getName()
                    + "' already has scheme '" + scheme.getId() + "' (version " + existing.getVersion()
                    + "); import it under another id (./attune schemes --copy) or edit the existing one");
        }
        return scheme;
    }
}
