package org.attune.schemes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.cli.CliCommand;
import org.attune.cli.UsageException;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.MediaSource;
import org.attune.model.internal.cli.StatsCommand;
import org.attune.model.internal.cli.ValidateCommand;
import org.attune.model.store.CorpusStore;
import org.attune.model.util.ModelRules;
import org.attune.schemes.DemoCorpus;
import org.attune.schemes.internal.cli.DemoCommand;
import org.attune.schemes.internal.cli.SchemesCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./attune demo, stats, validate and schemes, run as the CLI runs them, on real files and real GStreamer video. */
class DemoAndCliTest {

    @TempDir
    Path dir;

    @Test
    void demoCorpusHasTwoCasesTwoAnglesTwoCodersAndBothSchemes() throws Exception {
        TestContext context = new TestContext(dir);
        assertEquals(CliCommand.OK, new DemoCommand().run(context, List.of("demo", "--seconds", "5")), context.errors());
        Path folder = dir.resolve("demo");
        assertTrue(context.output().contains("demo corpus created in " + folder), context.output());

        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals(List.of(DemoCorpus.CASE_VIG, DemoCorpus.CASE_VIPP_SD), store.caseIds());
            assertEquals(2, store.corpus().getCoders().size());
            List<Case> cases = store.loadCases();
            assertEquals("vig", cases.get(0).getScheme().getId());
            assertEquals("vipp-sd", cases.get(1).getScheme().getId());
            for (Case theCase : cases) {
                assertEquals(2, theCase.getMediaSources().size());
                MediaSource camera2 = theCase.getMediaSources().get(1);
                assertEquals(theCase == cases.get(0) ? DemoCorpus.CAMERA2_OFFSET_CASE_VIG : DemoCorpus.CAMERA2_OFFSET_CASE_VIPP_SD,
                        camera2.getOffsetMs());
                for (MediaSource source : theCase.getMediaSources()) {
                    byte[] head = Files.readAllBytes(store.mediaFile(source));
                    assertTrue(head.length > 10_000, source.getPath() + " is a real video");
                    assertEquals(0x1A, head[0] & 0xff, "WebM (EBML) file");
                    assertEquals(0x45, head[1] & 0xff);
                }
                Set<String> coders = theCase.getMoments().stream().map(m -> m.getCoder().getId()).collect(Collectors.toSet());
                assertEquals(Set.of("anna", "ben"), coders);
                for (CodedMoment moment : theCase.getMoments()) {
                    assertTrue(moment.getEndMs() <= 5000 && moment.getStartMs() >= 0);
                }
            }
            Diagnostic result = ModelRules.validate(store.corpus(), Map.<Object, Object>of(ModelRules.CORPUS_FOLDER, folder));
            assertEquals(Diagnostic.OK, result.getSeverity(), () -> String.join("\n", ModelRules.messages(result)));
        }

        TestContext again = new TestContext(dir);
        assertEquals(CliCommand.FAILURE, new DemoCommand().run(again, List.of("demo")), "an existing corpus is never overwritten");

        TestContext stats = new TestContext(dir);
        assertEquals(CliCommand.OK, new StatsCommand().run(stats, List.of("--corpus", "demo")));
        String text = stats.output();
        assertTrue(text.contains("corpus 'Attune demo'") && text.contains("2 cases, 2 coders, 2 schemes"), text);
        assertTrue(text.contains("case family-01") && text.contains("case family-02") && text.contains("coder anna (Anna (coder 1))"), text);
        try (CorpusStore store = CorpusStore.open(folder)) {
            int total = store.loadCases().stream().mapToInt(c -> c.getMoments().size()).sum();
            assertTrue(text.contains(total + " coded moments"), text);
        }

        TestContext validate = new TestContext(dir);
        assertEquals(CliCommand.OK, new ValidateCommand().run(validate, List.of("--corpus", "demo")), validate.output());
        Files.delete(folder.resolve("media/family-02-cam2.webm"));
        TestContext invalid = new TestContext(dir);
        assertEquals(CliCommand.FAILURE, new ValidateCommand().run(invalid, List.of("--corpus", "demo")));
        assertTrue(invalid.output().contains("media/family-02-cam2.webm") && invalid.output().contains("1 problem"), invalid.output());
    }

    @Test
    void schemesListsShowsAndCopies() throws Exception {
        SchemesCommand command = new SchemesCommand();
        command.setCatalog(BuiltInSchemesTest.catalogService());
        TestContext list = new TestContext(dir);
        assertEquals(CliCommand.OK, command.run(list, List.of()));
        assertTrue(list.output().lines().anyMatch(l -> l.startsWith("vig ") && l.contains("built-in") && l.contains(" 24 ")), list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.startsWith("vipp-sd ") && l.contains("built-in")), list.output());

        TestContext show = new TestContext(dir);
        assertEquals(CliCommand.OK, command.run(show, List.of("--show", "vipp-sd")));
        assertTrue(show.output().contains("├─ Sensitivity chain") && show.output().contains("[mutually exclusive]")
                && show.output().contains("vippsd.disc.praise") && show.output().contains("verbal/physical/both"), show.output());

        assertThrows(UsageException.class, () -> command.run(new TestContext(dir), List.of("--show", "nope")));

        CorpusStore.create(dir.resolve("c"), "C").close();
        TestContext copy = new TestContext(dir);
        assertEquals(CliCommand.OK, command.run(copy, List.of("--corpus", "c", "--copy", "vig", "--as", "vig-lab")), copy.errors());
        TestContext listCorpus = new TestContext(dir);
        command.run(listCorpus, List.of("--corpus", "c"));
        assertTrue(listCorpus.output().lines().anyMatch(l -> l.startsWith("vig-lab ") && l.contains("corpus")), listCorpus.output());
    }
}
