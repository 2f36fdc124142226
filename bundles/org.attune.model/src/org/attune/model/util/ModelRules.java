package org.attune.model.util;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * The rules a coding model must keep, with messages that say what is wrong, where, and how
 * to fix it. {@link ModelValidator} (the model's EMF validator) calls them; use
 * {@link #validate(EObject)} to check a corpus, case or scheme.
 *
 * <p>Every problem is a {@link Diagnostic} with {@link ModelValidator#DIAGNOSTIC_SOURCE} as
 * source and one of the codes below; its data lists the objects involved.
 */
public final class ModelRules {

    /** A moment ends before it starts. */
    public static final int END_BEFORE_START = 1;
    /** A moment uses a code that is not in its case's scheme. */
    public static final int CODE_NOT_IN_SCHEME = 2;
    /** One coder's moments overlap inside a mutually exclusive category. */
    public static final int OVERLAP_IN_EXCLUSIVE_CATEGORY = 3;
    /** Two codes of a scheme have the same shortcut. */
    public static final int DUPLICATE_SHORTCUT = 4;
    /** A media file of a case is not on disk. */
    public static final int MISSING_MEDIA_FILE = 5;
    /** Two codes of a scheme have the same id. */
    public static final int DUPLICATE_CODE_ID = 6;
    /** Two coders of a corpus have the same id. */
    public static final int DUPLICATE_CODER_ID = 7;
    /** Two cases of a corpus have the same id. */
    public static final int DUPLICATE_CASE_ID = 8;
    /** A moment has no code or no coder. */
    public static final int INCOMPLETE_MOMENT = 9;
    /** A case or scheme file of a corpus cannot be read. */
    public static final int UNREADABLE_FILE = 10;

    /**
     * Validation context key: the corpus folder ({@link Path}) that media paths are relative to.
     * Without it the folder is found from the corpus's or the case's file.
     */
    public static final String CORPUS_FOLDER = "org.attune.model.corpusFolder";

    private ModelRules() {
    }

    /**
     * Validates an object and everything it contains; the result lists every problem. A corpus
     * is validated with all its cases and schemes (files not read yet are read now).
     */
    public static Diagnostic validate(EObject object) {
        return validate(object, Map.of());
    }

    /** Validates with a context, e.g. {@link #CORPUS_FOLDER}. */
    public static Diagnostic validate(EObject object, Map<Object, Object> context) {
        Map<Object, Object> full = Diagnostician.INSTANCE.createDefaultContext();
        full.putAll(context);
        if (object instanceof Corpus corpus) {
            // Cases and schemes live in files of their own: resolve them first, so that the
            // validator sees the objects (a file that cannot be read is reported as such).
            List<String> unreadable = new ArrayList<>();
            resolveAll(corpus.getCases(), unreadable);
            resolveAll(corpus.getSchemes(), unreadable);
            if (!unreadable.isEmpty()) {
                BasicDiagnostic result = new BasicDiagnostic(ModelValidator.DIAGNOSTIC_SOURCE, 0,
                        "corpus '" + corpus.getName() + "' has files that cannot be read", new Object[] {corpus});
                for (String uri : unreadable) {
                    result.add(new BasicDiagnostic(Diagnostic.ERROR, ModelValidator.DIAGNOSTIC_SOURCE, UNREADABLE_FILE,
                            "The file " + uri + " of corpus '" + corpus.getName()
                                    + "' is missing or cannot be read: open the corpus to see why (the message names the line).",
                            new Object[] {corpus}));
                }
                for (EObject child : corpus.eContents()) {
                    if (!child.eIsProxy()) {
                        result.add(Diagnostician.INSTANCE.validate(child, full));
                    }
                }
                return result;
            }
        }
        return Diagnostician.INSTANCE.validate(object, full);
    }

    private static void resolveAll(List<? extends EObject> list, List<String> unreadable) {
        for (int i = 0; i < list.size(); i++) {
            EObject object = list.get(i); // a resolving list replaces a proxy it can resolve
            if (object.eIsProxy()) {
                URI uri = ((org.eclipse.emf.ecore.InternalEObject) object).eProxyURI().trimFragment();
                unreadable.add(uri.isFile() ? uri.toFileString() : uri.toString());
            }
        }
    }

    /** Every problem message of a validation result, one per line (empty when there is none). */
    public static List<String> messages(Diagnostic diagnostic) {
        List<String> messages = new ArrayList<>();
        collect(diagnostic, messages);
        return messages;
    }

    private static void collect(Diagnostic diagnostic, List<String> messages) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                messages.add(diagnostic.getMessage());
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, messages);
        }
    }

    /** {@code h:mm:ss.mmm} of a time in ms, as shown to users. */
    public static String formatTime(long ms) {
        String sign = ms < 0 ? "-" : "";
        long a = Math.abs(ms);
        return String.format("%s%d:%02d:%02d.%03d", sign, a / 3_600_000, a / 60_000 % 60, a / 1000 % 60, a % 1000);
    }

    /** A short description of a moment that a user can find it by. */
    public static String describe(CodedMoment moment) {
        StringBuilder text = new StringBuilder("moment");
        if (moment.getId() != null) {
            text.append(' ').append(moment.getId());
        }
        text.append(" at ").append(formatTime(moment.getStartMs()));
        Code code = moment.getCode();
        if (code != null && !code.eIsProxy()) {
            text.append(" (code '").append(code.getLabel()).append("'");
        } else {
            text.append(" (no code");
        }
        Coder coder = moment.getCoder();
        if (coder != null && !coder.eIsProxy()) {
            text.append(", coder ").append(coder.getName() != null ? coder.getName() : coder.getId());
        }
        text.append(')');
        Case theCase = moment.getCase();
        if (theCase != null) {
            text.append(" in ").append(describe(theCase));
        }
        return text.toString();
    }

    private static String describe(Case theCase) {
        return "case '" + (theCase.getTitle() != null ? theCase.getTitle() : theCase.getId()) + "'";
    }

    private static String describe(CodingScheme scheme) {
        return "scheme '" + (scheme.getName() != null ? scheme.getName() : scheme.getId()) + "'";
    }

    private static String describe(Code code) {
        return "'" + code.getLabel() + "' (id " + code.getId() + ")";
    }

    private static boolean report(DiagnosticChain diagnostics, int code, String message, Object... data) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, ModelValidator.DIAGNOSTIC_SOURCE, code, message, data));
        }
        return false;
    }

    // --- moments

    public static boolean endNotBeforeStart(CodedMoment moment, DiagnosticChain diagnostics) {
        if (moment.getEndMs() >= moment.getStartMs()) {
            return true;
        }
        return report(diagnostics, END_BEFORE_START,
                "The " + describe(moment) + " ends before it starts: end " + formatTime(moment.getEndMs())
                        + " is earlier than start " + formatTime(moment.getStartMs())
                        + ". Set the end at or after the start.",
                moment);
    }

    public static boolean codeInCaseScheme(CodedMoment moment, DiagnosticChain diagnostics) {
        Code code = moment.getCode();
        if (code == null || moment.getCoder() == null) {
            return report(diagnostics, INCOMPLETE_MOMENT, "The " + describe(moment) + " has no "
                    + (code == null ? "code" : "coder") + ". Every moment needs a code and a coder.", moment);
        }
        Case theCase = moment.getCase();
        if (theCase == null || theCase.getScheme() == null || code.eIsProxy()) {
            return true; // an unresolved code is reported by the proxy check
        }
        CodingScheme scheme = theCase.getScheme();
        CodingScheme codeScheme = schemeOf(code);
        if (codeScheme == scheme) {
            return true;
        }
        return report(diagnostics, CODE_NOT_IN_SCHEME,
                "The " + describe(moment) + " uses code " + describe(code)
                        + (codeScheme != null ? " of " + describe(codeScheme) : "")
                        + ", but the case is coded with " + describe(scheme)
                        + ". Recode the moment with a code of that scheme, or change the case's scheme.",
                moment, code, scheme);
    }

    /** The scheme a code belongs to, or null. */
    public static CodingScheme schemeOf(Code code) {
        for (EObject container = code.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof CodingScheme scheme) {
                return scheme;
            }
        }
        return null;
    }

    /** The nearest mutually exclusive category that holds a code, or null. */
    public static Category exclusiveCategoryOf(Code code) {
        for (EObject container = code.eContainer(); container instanceof Category category; container = container.eContainer()) {
            if (category.isMutuallyExclusive()) {
                return category;
            }
        }
        return null;
    }

    // --- cases

    public static boolean noOverlapInExclusiveCategory(Case theCase, DiagnosticChain diagnostics) {
        // Group by (coder, exclusive category), sort by start, compare neighbours.
        Map<Coder, Map<Category, List<CodedMoment>>> groups = new LinkedHashMap<>();
        for (CodedMoment moment : theCase.getMoments()) {
            Code code = moment.getCode();
            Coder coder = moment.getCoder();
            if (code == null || coder == null || code.eIsProxy()) {
                continue;
            }
            Category category = exclusiveCategoryOf(code);
            if (category != null) {
                groups.computeIfAbsent(coder, c -> new HashMap<>())
                        .computeIfAbsent(category, c -> new ArrayList<>()).add(moment);
            }
        }
        boolean result = true;
        for (Map<Category, List<CodedMoment>> byCategory : groups.values()) {
            for (Map.Entry<Category, List<CodedMoment>> entry : byCategory.entrySet()) {
                List<CodedMoment> moments = entry.getValue();
                moments.sort(Comparator.comparingLong(CodedMoment::getStartMs).thenComparingLong(CodedMoment::getEndMs));
                CodedMoment reach = null; // the moment reaching furthest so far
                for (CodedMoment moment : moments) {
                    if (reach != null && overlap(reach, moment)) {
                        result = false;
                        Coder coder = moment.getCoder();
                        report(diagnostics, OVERLAP_IN_EXCLUSIVE_CATEGORY,
                                "Coder " + (coder.getName() != null ? coder.getName() : coder.getId())
                                        + " has two overlapping moments in category '" + entry.getKey().getName()
                                        + "', whose codes are mutually exclusive: '" + reach.getCode().getLabel() + "' "
                                        + formatTime(reach.getStartMs()) + "–" + formatTime(reach.getEndMs())
                                        + " and '" + moment.getCode().getLabel() + "' " + formatTime(moment.getStartMs())
                                        + "–" + formatTime(moment.getEndMs()) + " in " + describe(theCase)
                                        + ". Shorten or move one of them.",
                                theCase, reach, moment);
                        if (diagnostics == null) {
                            return false;
                        }
                    }
                    if (reach == null || moment.getEndMs() > reach.getEndMs()) {
                        reach = moment;
                    }
                }
            }
        }
        return result;
    }

    /** Intervals overlap when they share more than a boundary; a point overlaps what strictly contains it, or an equal point. */
    private static boolean overlap(CodedMoment a, CodedMoment b) {
        if (a.getStartMs() == a.getEndMs() && b.getStartMs() == b.getEndMs()) {
            return a.getStartMs() == b.getStartMs();
        }
        if (a.getStartMs() == a.getEndMs()) {
            return b.getStartMs() < a.getStartMs() && a.getStartMs() < b.getEndMs();
        }
        if (b.getStartMs() == b.getEndMs()) {
            return a.getStartMs() < b.getStartMs() && b.getStartMs() < a.getEndMs();
        }
        return a.getStartMs() < b.getEndMs() && b.getStartMs() < a.getEndMs();
    }

    public static boolean mediaFilesExist(Case theCase, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (theCase.getMediaSources().isEmpty()) {
            return true;
        }
        Path folder = context != null && context.get(CORPUS_FOLDER) instanceof Path p ? p : corpusFolder(theCase);
        if (folder == null) {
            return true; // not on disk yet: nothing to check against
        }
        boolean result = true;
        for (MediaSource source : theCase.getMediaSources()) {
            if (source.getPath() == null || source.getPath().isBlank()) {
                result = report(diagnostics, MISSING_MEDIA_FILE, "A media source"
                        + (source.getRole() != null ? " ('" + source.getRole() + "')" : "") + " of " + describe(theCase)
                        + " has no file path. Choose its file.", theCase, source);
                continue;
            }
            Path file = folder.resolve(source.getPath()).normalize();
            if (!Files.isRegularFile(file)) {
                result = report(diagnostics, MISSING_MEDIA_FILE, "The media file '" + source.getPath() + "'"
                        + (source.getRole() != null ? " (" + source.getRole() + ")" : "") + " of " + describe(theCase)
                        + " is missing: there is no file " + file + ". Put the file back, or correct its path"
                        + " (relative to the corpus folder " + folder + ").", theCase, source);
            }
        }
        return result;
    }

    /** The folder that a case's media paths are relative to, from the corpus or case file; null when not saved. */
    public static Path corpusFolder(Case theCase) {
        if (theCase.eContainer() instanceof Corpus corpus) {
            Path corpusFile = fileOf(corpus.eResource());
            if (corpusFile != null) {
                return corpusFile.getParent();
            }
        }
        Path caseFile = fileOf(theCase.eResource());
        if (caseFile == null) {
            return null;
        }
        Path parent = caseFile.getParent();
        return parent.getFileName() != null && parent.getFileName().toString().equals("cases") ? parent.getParent() : parent;
    }

    private static Path fileOf(Resource resource) {
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return null;
        }
        URI uri = resource.getURI();
        return Paths.get(uri.toFileString()).toAbsolutePath();
    }

    // --- schemes

    public static boolean uniqueShortcuts(CodingScheme scheme, DiagnosticChain diagnostics) {
        Map<String, Code> seen = new HashMap<>();
        boolean result = true;
        for (Code code : scheme.allCodes()) {
            String shortcut = code.getShortcut();
            if (shortcut == null || shortcut.isEmpty()) {
                continue;
            }
            Code other = seen.putIfAbsent(shortcut, code);
            if (other != null) {
                result = report(diagnostics, DUPLICATE_SHORTCUT, describe(scheme).substring(0, 1).toUpperCase()
                        + describe(scheme).substring(1) + " gives the shortcut '" + shortcut + "' to two codes: "
                        + describe(other) + " and " + describe(code)
                        + ". A shortcut must select one code: change one of them.", scheme, other, code);
            }
        }
        return result;
    }

    public static boolean uniqueCodeIds(CodingScheme scheme, DiagnosticChain diagnostics) {
        Map<String, Code> seen = new HashMap<>();
        boolean result = true;
        for (Code code : scheme.allCodes()) {
            if (code.getId() == null || code.getId().isEmpty()) {
                result = report(diagnostics, DUPLICATE_CODE_ID, "Code '" + code.getLabel() + "' of "
                        + describe(scheme) + " has no id. Give it an id that no other code of the scheme has.",
                        scheme, code);
                continue;
            }
            Code other = seen.putIfAbsent(code.getId(), code);
            if (other != null) {
                result = report(diagnostics, DUPLICATE_CODE_ID, "Codes '" + other.getLabel() + "' and '"
                        + code.getLabel() + "' of " + describe(scheme) + " have the same id '" + code.getId()
                        + "', so coded moments cannot tell them apart. Give one of them another id.",
                        scheme, other, code);
            }
        }
        return result;
    }

    // --- corpus

    public static boolean uniqueCoderIds(Corpus corpus, DiagnosticChain diagnostics) {
        Map<String, Coder> seen = new HashMap<>();
        boolean result = true;
        for (Coder coder : corpus.getCoders()) {
            Coder other = coder.getId() == null ? null : seen.putIfAbsent(coder.getId(), coder);
            if (coder.getId() == null || other != null) {
                result = report(diagnostics, DUPLICATE_CODER_ID, "Coder '" + coder.getName() + "' of corpus '"
                        + corpus.getName() + "' " + (other != null ? "has the same id '" + coder.getId()
                                + "' as coder '" + other.getName() + "'" : "has no id")
                        + ". Each coder needs an id of their own.", corpus, coder);
            }
        }
        return result;
    }

    public static boolean uniqueCaseIds(Corpus corpus, DiagnosticChain diagnostics) {
        Map<String, Case> seen = new HashMap<>();
        boolean result = true;
        for (Case theCase : corpus.getCases()) {
            if (theCase.eIsProxy()) {
                continue;
            }
            Case other = theCase.getId() == null ? null : seen.putIfAbsent(theCase.getId(), theCase);
            if (theCase.getId() == null || other != null) {
                result = report(diagnostics, DUPLICATE_CASE_ID, "Case '" + theCase.getTitle() + "' of corpus '"
                        + corpus.getName() + "' " + (other != null ? "has the same id '" + theCase.getId()
                                + "' as case '" + other.getTitle() + "'" : "has no id")
                        + ". Each case needs an id of its own (it names the case's file).", corpus, theCase);
            }
        }
        return result;
    }
}
