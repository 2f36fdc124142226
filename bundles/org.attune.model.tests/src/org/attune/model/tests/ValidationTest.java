package org.attune.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.util.ModelRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation rule on data that breaks it, and on data that keeps it. */
class ValidationTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path dir;

    private final Coder anna = coder("anna", "Anna");
    private final CodingScheme scheme = F.createCodingScheme();
    private final Category exclusive = F.createCategory();
    private final Code look = code("look", "Looks at the child", "l");
    private final Code away = code("away", "Looks away", "a");
    private final Case theCase = F.createCase();

    ValidationTest() {
        scheme.setId("s");
        scheme.setName("Test scheme");
        exclusive.setName("Gaze");
        exclusive.setMutuallyExclusive(true);
        exclusive.getCodes().add(look);
        exclusive.getCodes().add(away);
        scheme.getCategories().add(exclusive);
        theCase.setId("c1");
        theCase.setTitle("Case one");
        theCase.setScheme(scheme);
    }

    private static Coder coder(String id, String name) {
        Coder coder = F.createCoder();
        coder.setId(id);
        coder.setName(name);
        return coder;
    }

    private static Code code(String id, String label, String shortcut) {
        Code code = F.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setShortcut(shortcut);
        code.setKind(CodeKind.INTERVAL);
        return code;
    }

    private CodedMoment moment(Code code, Coder coder, long start, long end) {
        CodedMoment moment = F.createCodedMoment();
        moment.setCode(code);
        moment.setCoder(coder);
        moment.setStartMs(start);
        moment.setEndMs(end);
        theCase.getMoments().add(moment);
        return moment;
    }

    private List<Diagnostic> problems(Diagnostic result, int code) {
        return result.getChildren().stream().filter(d -> d.getCode() == code
                && ModelRulesSource.equals(d.getSource())).collect(Collectors.toList());
    }

    private static final String ModelRulesSource = "org.attune.model";

    @Test
    void validDataHasNoProblems() {
        moment(look, anna, 0, 1000);
        moment(away, anna, 1000, 2000); // touching is not overlapping
        Diagnostic result = ModelRules.validate(theCase);
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> String.join("\n", ModelRules.messages(result)));
    }

    @Test
    void endBeforeStartIsExplained() {
        moment(look, anna, 65_000, 62_300).setId("m7");
        Diagnostic result = ModelRules.validate(theCase);
        List<Diagnostic> found = problems(result, ModelRules.END_BEFORE_START);
        assertEquals(1, found.size(), () -> String.join("\n", ModelRules.messages(result)));
        String message = found.get(0).getMessage();
        assertTrue(message.contains("m7") && message.contains("0:01:02.300") && message.contains("0:01:05.000")
                && message.contains("Looks at the child") && message.contains("Case one"), message);
    }

    @Test
    void codeFromAnotherSchemeIsExplained() {
        CodingScheme other = F.createCodingScheme();
        other.setId("other");
        other.setName("Other scheme");
        Category category = F.createCategory();
        Code foreign = code("praise", "Praises", "p");
        category.getCodes().add(foreign);
        other.getCategories().add(category);
        moment(foreign, anna, 0, 10);
        Diagnostic result = ModelRules.validate(theCase);
        List<Diagnostic> found = problems(result, ModelRules.CODE_NOT_IN_SCHEME);
        assertEquals(1, found.size(), () -> String.join("\n", ModelRules.messages(result)));
        String message = found.get(0).getMessage();
        assertTrue(message.contains("Praises") && message.contains("Other scheme") && message.contains("Test scheme"), message);
    }

    @Test
    void overlapInExclusiveCategoryOnlyForTheSameCoder() {
        Coder ben = coder("ben", "Ben");
        moment(look, anna, 1000, 3000);
        moment(away, ben, 2000, 4000); // another coder: allowed
        assertEquals(Diagnostic.OK, ModelRules.validate(theCase).getSeverity());

        moment(away, anna, 2500, 4000);
        Diagnostic result = ModelRules.validate(theCase);
        List<Diagnostic> found = problems(result, ModelRules.OVERLAP_IN_EXCLUSIVE_CATEGORY);
        assertEquals(1, found.size(), () -> String.join("\n", ModelRules.messages(result)));
        String message = found.get(0).getMessage();
        assertTrue(message.contains("Anna") && message.contains("Gaze") && message.contains("0:00:02.500"), message);

        exclusive.setMutuallyExclusive(false);
        assertEquals(Diagnostic.OK, ModelRules.validate(theCase).getSeverity(), "overlap is fine in a non-exclusive category");
    }

    @Test
    void duplicateShortcutIsExplained() {
        away.setShortcut("l");
        Diagnostic result = ModelRules.validate(scheme);
        List<Diagnostic> found = problems(result, ModelRules.DUPLICATE_SHORTCUT);
        assertEquals(1, found.size(), () -> String.join("\n", ModelRules.messages(result)));
        String message = found.get(0).getMessage();
        assertTrue(message.contains("'l'") && message.contains("Looks at the child") && message.contains("Looks away"), message);
    }

    @Test
    void missingMediaFileIsExplained() throws Exception {
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("media/present.webm"), "x");
        MediaSource present = F.createMediaSource();
        present.setPath("media/present.webm");
        MediaSource missing = F.createMediaSource();
        missing.setPath("media/gone.webm");
        missing.setRole("camera 2 — infant");
        theCase.getMediaSources().add(present);
        theCase.getMediaSources().add(missing);
        Diagnostic result = ModelRules.validate(theCase, Map.of(ModelRules.CORPUS_FOLDER, dir));
        List<Diagnostic> found = problems(result, ModelRules.MISSING_MEDIA_FILE);
        assertEquals(1, found.size(), () -> String.join("\n", ModelRules.messages(result)));
        String message = found.get(0).getMessage();
        assertTrue(message.contains("media/gone.webm") && message.contains("camera 2 — infant")
                && message.contains(dir.resolve("media/gone.webm").toString()), message);
    }
}
