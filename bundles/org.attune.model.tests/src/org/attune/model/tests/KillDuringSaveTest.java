package org.attune.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.CodingScheme;
import org.attune.model.store.AtomicFiles;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The real thing: a separate JVM saves a corpus in a loop and is killed with SIGKILL at random
 * moments; every time, the corpus reopens and each file holds either the version being
 * replaced or the new one — complete, never empty or half-written.
 */
class KillDuringSaveTest {

    private static final int ROUNDS = 6;
    private static final int BASE_MOMENTS = 10_000;

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingAlwaysLeavesOldOrNewVersion() throws Exception {
        Path folder = dir.resolve("corpus");
        try (CorpusStore store = CorpusStore.create(folder, "v0")) {
            var coder = store.addCoder("anna", "Anna");
            CodingScheme scheme = store.addScheme(StoreFixtures.scheme());
            Case theCase = store.createCase("c1", "v0");
            theCase.setNotes("v0");
            theCase.setScheme(scheme);
            for (int i = 0; i < BASE_MOMENTS; i++) {
                CorpusStore.addMoment(theCase, scheme.allCodes().get(i % 3), coder, i * 100L, i * 100L + 50);
            }
            store.save();
        }

        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        int killedMidSave = 0;
        int corpusBefore = 0; // the corpus file's version after the previous round
        for (int round = 1; round <= ROUNDS; round++) {
            // odd rounds write XMI, even rounds EMF binary (the reader recognises either)
            Process child = new ProcessBuilder(javaCommand(folder, round % 2 == 0 ? "binary" : "xmi")).redirectErrorStream(true).start();
            AtomicReference<String> lastLine = new AtomicReference<>("");
            List<String> output = new ArrayList<>();
            Object firstSave = new Object();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null;) {
                        synchronized (output) {
                            output.add(line);
                        }
                        lastLine.set(line);
                        if (line.startsWith("saved ")) {
                            synchronized (firstSave) {
                                firstSave.notifyAll();
                            }
                        }
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 60_000;
            synchronized (firstSave) {
                while (!lastLine.get().startsWith("saved ") && !lastLine.get().startsWith("begin ")
                        && child.isAlive() && System.currentTimeMillis() < deadline) {
                    firstSave.wait(100);
                }
            }
            if (!child.isAlive()) {
                fail("the saving process ended by itself: " + String.join("\n", output));
            }
            Thread.sleep(100 + random.nextInt(900));
            String before = lastLine.get();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            String last = lastLine.get();
            assertTrue(last.startsWith("saved ") || last.startsWith("begin "),
                    "round " + round + ": unexpected output of the saving process (seed " + seed + "):\n" + String.join("\n", output));
            int lastVersion = Integer.parseInt(last.substring(last.indexOf(' ') + 1));
            boolean midSave = last.startsWith("begin ");
            if (midSave) {
                killedMidSave++;
            }
            // Acceptable: the last completed version, or the one being written when killed.
            Set<Integer> acceptable = new LinkedHashSet<>();
            acceptable.add(midSave ? lastVersion - 1 : lastVersion);
            acceptable.add(lastVersion);
            if (!before.equals(last)) {
                acceptable.add(lastVersion); // output raced the kill: same set
            }

            try (CorpusStore store = CorpusStore.open(folder)) {
                Case theCase = store.loadCase("c1");
                int version = Integer.parseInt(theCase.getNotes().substring(1));
                assertTrue(acceptable.contains(version), "round " + round + ": case version " + version
                        + " after the process printed '" + last + "' (seed " + seed + ")");
                assertEquals("v" + version, theCase.getTitle(), "title and notes are from the same version");
                assertEquals(BASE_MOMENTS + version * SaveLoopMain.MOMENTS_PER_VERSION, theCase.getMoments().size(),
                        "round " + round + ": every moment of version " + version + " is there, no more");
                CodedMoment lastMoment = theCase.getMoments().get(theCase.getMoments().size() - 1);
                if (version > 0) {
                    assertEquals("v" + version, lastMoment.getNote());
                }
                assertTrue(lastMoment.getCode() != null && !lastMoment.getCode().eIsProxy(), "references resolve");
                int corpusVersion = Integer.parseInt(store.corpus().getName().substring(1));
                // The corpus file is saved after the case: never ahead of it. A kill between the two
                // leaves it behind, possibly for several rounds; it never goes back, and a version the
                // process reported "saved" is in it.
                int savedThisRound = -1;
                synchronized (output) {
                    for (String line : output) {
                        if (line.startsWith("saved ")) {
                            savedThisRound = Math.max(savedThisRound, Integer.parseInt(line.substring(6)));
                        }
                    }
                }
                int atLeast = Math.max(corpusBefore, savedThisRound);
                assertTrue(corpusVersion <= version && corpusVersion >= atLeast, "round " + round
                        + ": the corpus file (saved after the case, case at version " + version + ") is at version "
                        + corpusVersion + ", expected " + atLeast + " to " + version + " (seed " + seed + ")");
                corpusBefore = corpusVersion;
            }
            // The backup is a complete earlier version too.
            Path backup = AtomicFiles.backupOf(folder.resolve("cases/c1.attune-case"));
            if (Files.exists(backup)) {
                // the backup reads as a complete case too
                var set = CorpusStore.newResourceSet();
                var resource = set.getResource(org.eclipse.emf.common.util.URI.createFileURI(backup.toString()), true);
                Case old = (Case) resource.getContents().get(0);
                int oldVersion = Integer.parseInt(old.getNotes().substring(1));
                assertEquals(BASE_MOMENTS + oldVersion * SaveLoopMain.MOMENTS_PER_VERSION, old.getMoments().size());
            }
            try (var files = Files.list(folder.resolve("cases"))) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp-")),
                        "opening the corpus removed the temporary files the killed process left");
            }
        }
        System.out.println("kill -9 test: " + ROUNDS + " rounds, " + killedMidSave + " killed in the middle of a save (seed " + seed + ")");
    }

    /** java -cp <the bundles this needs> SaveLoopMain folder c1 */
    private static List<String> javaCommand(Path folder, String format) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Set<String> classpath = new LinkedHashSet<>();
        for (String name : List.of("org.attune.model", "org.attune.model.tests", "org.eclipse.emf.common",
                "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.edit", "org.eclipse.equinox.common", "org.eclipse.osgi")) {
            Bundle bundle = Platform.getBundle(name);
            if (bundle == null) {
                throw new IllegalStateException("bundle " + name + " is not in the test runtime");
            }
            File location = FileLocator.getBundleFileLocation(bundle)
                    .orElseThrow(() -> new IllegalStateException("no file for bundle " + name));
            classpath.add(location.getAbsolutePath());
            if (location.isDirectory()) { // a reactor project: its classes are in an output folder
                for (String output : List.of("target/classes", "bin")) {
                    File classes = new File(location, output);
                    if (classes.isDirectory()) {
                        classpath.add(classes.getAbsolutePath());
                    }
                }
            }
        }
        return List.of(java, "-Xmx512m", "-cp", String.join(File.pathSeparator, classpath),
                SaveLoopMain.class.getName(), folder.toString(), "c1", format);
    }
}
