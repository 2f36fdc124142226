package org.attune.schemes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.model.store.CorpusStore;
import org.attune.model.util.ModelRules;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Every change a scheme editor makes, as an EMF command for the corpus's editing domain: each is
 * one undoable step. A change that cannot be made (a malformed colour, a deletion of a code that
 * coded moments use) comes back as a command that cannot execute, and {@link #reason(Command)}
 * says why. Duplicate shortcuts are allowed (so two keys can be swapped in two steps) but
 * flagged by {@link #duplicateShortcut(Code)}, which names both codes.
 */
public final class SchemeCommands {

    private static final ModelPackage P = ModelPackage.eINSTANCE;

    /** A colour as schemes store it. */
    public static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** Colours given to new codes of an empty category, in turn (Tableau 10, as the built-in schemes). */
    private static final List<String> NEW_COLORS = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    private SchemeCommands() {
    }

    // ---------------------------------------------------------------- checks

    /** Why a text is not a scheme colour ({@code #rrggbb}), or null when it is one. */
    public static String colorProblem(String color) {
        if (color == null || !COLOR.matcher(color.trim()).matches()) {
            return "'" + color + "' is not a colour: write it as #rrggbb, six hexadecimal digits (e.g. #4e79a7)";
        }
        return null;
    }

    /**
     * Why a text cannot be a code's shortcut, or null when it can. A shortcut is one key that
     * types a visible character (the coding palette reads the typed character); empty means none.
     */
    public static String shortcutProblem(String shortcut) {
        if (shortcut == null || shortcut.isEmpty()) {
            return null;
        }
        if (shortcut.codePointCount(0, shortcut.length()) != 1) {
            return "'" + shortcut + "' is not one key: a shortcut is a single character (e.g. a or 7)";
        }
        int c = shortcut.codePointAt(0);
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            return "a space or control key cannot be a shortcut: choose a letter, digit or sign";
        }
        return null;
    }

    /** The problems of ModelRules' duplicate-shortcut rule in a scheme, each naming both codes. */
    public static List<String> duplicateShortcuts(CodingScheme scheme) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic d : shortcutDiagnostics(scheme)) {
            messages.add(d.getMessage());
        }
        return messages;
    }

    /**
     * The duplicate-shortcut problem a code is part of (the message names both codes), or null
     * when its shortcut is its own.
     */
    public static String duplicateShortcut(Code code) {
        CodingScheme scheme = schemeOf(code);
        if (scheme == null) {
            return null;
        }
        for (Diagnostic d : shortcutDiagnostics(scheme)) {
            if (d.getData().contains(code)) {
                return d.getMessage();
            }
        }
        return null;
    }

    private static List<Diagnostic> shortcutDiagnostics(CodingScheme scheme) {
        BasicDiagnostic chain = new BasicDiagnostic();
        ModelRules.uniqueShortcuts(scheme, chain);
        return chain.getChildren();
    }

    /**
     * What a POINT code's coded moments look like when some of them last (the code was an
     * interval code before): they keep their start and end, and the palette codes new ones as
     * points. Null when there are none (or the code is an interval code).
     */
    public static String kindWarning(CorpusStore store, Code code) {
        if (code.getKind() != CodeKind.POINT) {
            return null;
        }
        int lasting = 0;
        try {
            for (org.attune.model.Case theCase : store.loadCases()) {
                for (org.attune.model.CodedMoment moment : theCase.getMoments()) {
                    if (moment.getCode() == code && moment.getEndMs() > moment.getStartMs()) {
                        lasting++;
                    }
                }
            }
        } catch (java.io.IOException e) {
            return null; // the case that cannot be read is reported when it is opened
        }
        if (lasting == 0) {
            return null;
        }
        return lasting + (lasting == 1 ? " coded moment" : " coded moments") + " of '" + code.getLabel()
                + "' last longer than an instant: they keep their start and end; new ones are points";
    }

    /**
     * For a mutually exclusive category: how many times one coder's moments overlap in it (the
     * validation rule's problem, which {@code ./attune validate} lists one by one). Null when none.
     */
    public static String exclusiveWarning(CorpusStore store, Category category) {
        if (!category.isMutuallyExclusive()) {
            return null;
        }
        CodingScheme scheme = schemeOf(category);
        int overlaps = 0;
        try {
            for (org.attune.model.Case theCase : store.loadCases()) {
                if (theCase.getScheme() != scheme) {
                    continue;
                }
                BasicDiagnostic chain = new BasicDiagnostic();
                ModelRules.noOverlapInExclusiveCategory(theCase, chain);
                for (Diagnostic d : chain.getChildren()) {
                    if (d.getData().size() > 2 && d.getData().get(2) instanceof org.attune.model.CodedMoment moment
                            && moment.getCode() != null && ModelRules.exclusiveCategoryOf(moment.getCode()) == category) {
                        overlaps++;
                    }
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        if (overlaps == 0) {
            return null;
        }
        return "one coder's moments overlap " + overlaps + (overlaps == 1 ? " time" : " times")
                + " in this category, against its exclusive rule: ./attune validate lists them (shorten or move one of each pair)";
    }

    /** Why a command cannot execute, as a user should read it; null when it can. */
    public static String reason(Command command) {
        if (command == null) {
            return "nothing to change";
        }
        if (command instanceof RefusedCommand refused) {
            return refused.reason();
        }
        if (command instanceof SchemeDeleteCommand delete) {
            return delete.reason();
        }
        return command.canExecute() ? null : "this change cannot be made here";
    }

    // ---------------------------------------------------------------- schemes

    /**
     * Adds a scheme to the corpus (stored in {@code schemes/<id>.attune-scheme}); undo takes it
     * out again. A scheme that belongs elsewhere (a built-in one) is copied with its ids; use
     * {@link SchemeEditing#copy} first for a copy under a new id. Refused when the id is not
     * usable, the corpus has that scheme already, or a scheme file of that id is in the folder.
     */
    public static Command addScheme(CorpusStore store, CodingScheme scheme) {
        String label = "Add scheme " + scheme.getId();
        String id = scheme.getId();
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            return new RefusedCommand(label, "'" + id + "' cannot be a scheme id: use letters, digits, '.', '_' and '-'"
                    + " (at most 100, starting with a letter or digit)");
        }
        if (store.findScheme(id) != null) {
            return new RefusedCommand(label, "corpus '" + store.corpus().getName() + "' already has a scheme with id '" + id
                    + "': give the new scheme another id");
        }
        if (java.nio.file.Files.exists(store.schemeFile(id)) && !readFrom(scheme, store.schemeFile(id))) {
            return new RefusedCommand(label, "the corpus folder has a scheme file " + store.schemeFile(id)
                    + " already (not used by the corpus): import that file, or give the new scheme another id");
        }
        return new AbstractCommand(label) {
            private CodingScheme added;

            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                added = store.addScheme(added != null ? added : scheme);
            }

            @Override
            public void redo() {
                execute();
            }

            @Override
            public void undo() {
                store.corpus().getSchemes().remove(added);
                Resource resource = added.eResource();
                if (resource != null) {
                    resource.getContents().remove(added);
                    store.resourceSet().getResources().remove(resource);
                }
            }

            @Override
            public Collection<?> getResult() {
                return added == null ? List.of() : List.of(added);
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return getResult();
            }
        };
    }

    /** Renames a scheme (its id, which cases point at, stays). */
    public static Command renameScheme(EditingDomain domain, CodingScheme scheme, String name) {
        if (name == null || name.isBlank()) {
            return new RefusedCommand("Rename scheme", "a scheme needs a name");
        }
        return set(domain, "Rename scheme", scheme, P.getCodingScheme_Name(), name.trim());
    }

    /** Sets a scheme's version (e.g. {@link SchemeEditing#nextVersion} of the current one). */
    public static Command setVersion(EditingDomain domain, CodingScheme scheme, String version) {
        if (version == null || version.isBlank()) {
            return new RefusedCommand("Change version", "a scheme needs a version (e.g. 1, 1.1, 2.0-lab)");
        }
        return set(domain, "Change version", scheme, P.getCodingScheme_Version(), version.trim());
    }

    /** Sets who wrote or keeps the scheme (empty clears it). */
    public static Command setAuthor(EditingDomain domain, CodingScheme scheme, String author) {
        return set(domain, "Change author", scheme, P.getCodingScheme_Author(), author == null || author.isBlank() ? null : author.trim());
    }

    /** Whether a scheme was read from this file (importing a file dropped into schemes/ reads it from there). */
    private static boolean readFrom(CodingScheme scheme, java.nio.file.Path file) {
        Resource resource = scheme.eResource();
        return resource != null && resource.getURI() != null && resource.getURI().isFile()
                && java.nio.file.Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize()
                        .equals(file.toAbsolutePath().normalize());
    }

    /** A new, empty scheme (version 1) to add with {@link #addScheme}. */
    public static CodingScheme newScheme(String id, String name, String author) {
        CodingScheme scheme = ModelFactory.eINSTANCE.createCodingScheme();
        scheme.setId(id);
        scheme.setName(name);
        scheme.setVersion("1");
        scheme.setAuthor(author);
        return scheme;
    }

    // ---------------------------------------------------------------- categories

    /** Adds a category at the end of a scheme or, when {@code parent} is a category, as its sub-category. */
    public static Command addCategory(EditingDomain domain, EObject parent, String name) {
        Category category = ModelFactory.eINSTANCE.createCategory();
        category.setName(blankTo(name, "New category"));
        if (parent instanceof CodingScheme scheme) {
            return labelled("Add category", AddCommand.create(domain, scheme, P.getCodingScheme_Categories(), category));
        }
        if (parent instanceof Category category2) {
            return labelled("Add category", AddCommand.create(domain, category2, P.getCategory_SubCategories(), category));
        }
        return new RefusedCommand("Add category", "a category goes into a scheme or another category");
    }

    /** Renames a category. */
    public static Command renameCategory(EditingDomain domain, Category category, String name) {
        if (name == null || name.isBlank()) {
            return new RefusedCommand("Rename category", "a category needs a name");
        }
        return set(domain, "Rename category", category, P.getCategory_Name(), name.trim());
    }

    /** Whether a coder can have only one code of the category at a time. */
    public static Command setMutuallyExclusive(EditingDomain domain, Category category, boolean exclusive) {
        return set(domain, exclusive ? "Make category exclusive" : "Make category non-exclusive", category,
                P.getCategory_MutuallyExclusive(), exclusive);
    }

    // ---------------------------------------------------------------- codes

    /**
     * Adds a code at the end of a category: a POINT code with a new id (from the scheme id and
     * the label; ids never change afterwards, so moments keep their code), the category's
     * colour, no shortcut. The command's result is the code.
     */
    public static Command addCode(EditingDomain domain, Category category, String label) {
        Code code = ModelFactory.eINSTANCE.createCode();
        code.setLabel(blankTo(label, "New code"));
        CodingScheme scheme = schemeOf(category);
        code.setId(newCodeId(scheme, category, code.getLabel()));
        code.setKind(CodeKind.POINT);
        code.setColor(newColor(scheme, category));
        return labelled("Add code", AddCommand.create(domain, category, P.getCategory_Codes(), code));
    }

    /** An id no code of the scheme has: {@code <scheme id>.<label as a word>}, with -2, -3... when taken. */
    public static String newCodeId(CodingScheme scheme, Category category, String label) {
        String word = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = (scheme != null && scheme.getId() != null ? scheme.getId() + "." : "") + (word.isEmpty() ? "code" : word);
        String id = base;
        for (int n = 2; scheme != null && scheme.findCode(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String newColor(CodingScheme scheme, Category category) {
        if (!category.getCodes().isEmpty() && category.getCodes().get(0).getColor() != null) {
            return category.getCodes().get(0).getColor();
        }
        int index = scheme == null ? 0 : scheme.getCategories().indexOf(category);
        return NEW_COLORS.get(Math.floorMod(index, NEW_COLORS.size()));
    }

    /** Renames a code: the label changes, the id that coded moments point at stays. */
    public static Command renameCode(EditingDomain domain, Code code, String label) {
        if (label == null || label.isBlank()) {
            return new RefusedCommand("Rename code", "a code needs a label");
        }
        return set(domain, "Rename code", code, P.getCode_Label(), label.trim());
    }

    /** Sets the description of a scheme, category or code (empty clears it). */
    public static Command setDescription(EditingDomain domain, EObject object, String description) {
        String value = description == null || description.isBlank() ? null : description;
        if (object instanceof Code code) {
            return set(domain, "Change description", code, P.getCode_Description(), value);
        }
        if (object instanceof Category category) {
            return set(domain, "Change description", category, P.getCategory_Description(), value);
        }
        if (object instanceof CodingScheme scheme) {
            return set(domain, "Change description", scheme, P.getCodingScheme_Description(), value);
        }
        return new RefusedCommand("Change description", "only schemes, categories and codes have descriptions");
    }

    /** Sets a code's colour; refused unless it is {@code #rrggbb}. Stored in lower case. */
    public static Command setColor(EditingDomain domain, Code code, String color) {
        String problem = colorProblem(color);
        if (problem != null) {
            return new RefusedCommand("Change colour", problem);
        }
        return set(domain, "Change colour", code, P.getCode_Color(), color.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Sets a code's shortcut (empty: none). Refused when it is not one visible character; a key
     * another code of the scheme has is set, and flagged by {@link #duplicateShortcut(Code)}.
     */
    public static Command setShortcut(EditingDomain domain, Code code, String shortcut) {
        String problem = shortcutProblem(shortcut);
        if (problem != null) {
            return new RefusedCommand("Change shortcut", problem);
        }
        return set(domain, "Change shortcut", code, P.getCode_Shortcut(), shortcut == null || shortcut.isEmpty() ? null : shortcut);
    }

    /** POINT (one press codes a time) or INTERVAL (press to start, press again to end). */
    public static Command setKind(EditingDomain domain, Code code, CodeKind kind) {
        return set(domain, "Change kind", code, P.getCode_Kind(), kind);
    }

    // ---------------------------------------------------------------- modifiers

    /** Adds a modifier to a code (for CHOICE, the allowed values). The command's result is the modifier. */
    public static Command addModifier(EditingDomain domain, Code code, String name, ModifierType type, List<String> allowedValues) {
        if (name == null || name.isBlank()) {
            return new RefusedCommand("Add modifier", "a modifier needs a name");
        }
        for (Modifier existing : code.getModifiers()) {
            if (name.trim().equals(existing.getName())) {
                return new RefusedCommand("Add modifier", "code '" + code.getLabel() + "' has a modifier '" + name.trim() + "' already");
            }
        }
        Modifier modifier = ModelFactory.eINSTANCE.createModifier();
        modifier.setName(name.trim());
        modifier.setType(type);
        if (allowedValues != null) {
            modifier.getAllowedValues().addAll(clean(allowedValues));
        }
        return labelled("Add modifier", AddCommand.create(domain, code, P.getCode_Modifiers(), modifier));
    }

    /** Renames a modifier (refused when its code has another modifier of that name). */
    public static Command renameModifier(EditingDomain domain, Modifier modifier, String name) {
        if (name == null || name.isBlank()) {
            return new RefusedCommand("Rename modifier", "a modifier needs a name");
        }
        if (modifier.eContainer() instanceof Code code) {
            for (Modifier other : code.getModifiers()) {
                if (other != modifier && name.trim().equals(other.getName())) {
                    return new RefusedCommand("Rename modifier", "code '" + code.getLabel() + "' has a modifier '" + name.trim() + "' already");
                }
            }
        }
        return set(domain, "Rename modifier", modifier, P.getModifier_Name(), name.trim());
    }

    /** CHOICE (one of the allowed values), TEXT or NUMBER. */
    public static Command setModifierType(EditingDomain domain, Modifier modifier, ModifierType type) {
        return set(domain, "Change modifier type", modifier, P.getModifier_Type(), type);
    }

    /** Replaces a modifier's allowed values (blank ones dropped, each kept once, in order). */
    public static Command setAllowedValues(EditingDomain domain, Modifier modifier, List<String> values) {
        return set(domain, "Change allowed values", modifier, P.getModifier_AllowedValues(), clean(values));
    }

    /** "a, b ,c" → [a, b, c]: how a user types allowed values. */
    public static List<String> splitValues(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String value : text.split(",")) {
                values.add(value);
            }
        }
        return clean(values);
    }

    private static List<String> clean(List<String> values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            String v = value == null ? "" : value.trim();
            if (!v.isEmpty() && !result.contains(v)) {
                result.add(v);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- deleting

    /**
     * Deletes codes, categories (with what they hold) or modifiers from their scheme as one step.
     * Refused (with the count of moments and their cases, see {@link #reason}) while coded moments
     * use a code it would delete. This is the only way the scheme editor deletes.
     */
    public static Command delete(EditingDomain domain, CorpusStore store, Collection<?> objects) {
        if (objects.isEmpty()) {
            return new RefusedCommand("Delete", "nothing is selected");
        }
        for (Object object : objects) {
            if (!(object instanceof Code || object instanceof Category || object instanceof Modifier)) {
                return new RefusedCommand("Delete", "only codes, categories and modifiers are deleted here");
            }
        }
        return new SchemeDeleteCommand(domain, store, objects);
    }

    // ---------------------------------------------------------------- helpers

    private static Command set(EditingDomain domain, String label, EObject owner, EStructuralFeature feature, Object value) {
        return labelled(label, SetCommand.create(domain, owner, feature, value));
    }

    private static Command labelled(String label, Command command) {
        return new CommandWrapper(label, label, command) {
        };
    }

    /** The scheme holding an object of a scheme, or null. */
    public static CodingScheme schemeOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof CodingScheme scheme) {
                return scheme;
            }
        }
        return null;
    }

    private static String blankTo(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.trim();
    }
}
