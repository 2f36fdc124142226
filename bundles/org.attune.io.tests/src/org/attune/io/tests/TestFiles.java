package org.attune.io.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The real files in testfiles/, found from the module folder (where Tycho runs tests) or the project root. */
final class TestFiles {

    private TestFiles() {
    }

    static Path root() {
        Path local = Paths.get("testfiles");
        if (Files.isDirectory(local)) {
            return local.toAbsolutePath();
        }
        String project = System.getProperty("attune.project.root");
        if (project != null) {
            Path p = Paths.get(project, "bundles", "org.attune.io.tests", "testfiles");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("testfiles/ not found from " + Paths.get("").toAbsolutePath());
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static List<Path> all(String... formats) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String format : formats) {
            try (Stream<Path> walk = Files.walk(root().resolve(format))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    static final String SAMPLE_27 = "eaf/dopefishh+pympi/test/sample_2.7.eaf";
    static final String SAMPLE_28 = "eaf/dopefishh+pympi/test/sample_2.8.eaf";
    static final String SAMPLE_30 = "eaf/dopefishh+pympi/test/sample_3.0.eaf";
    static final String EXAMPLE = "eaf/TheLanguageArchive+EAF-parser/example.eaf";
    static final String NZILBB = "eaf/nzilbb+ag/formatter/elan/src/test/resources/nzilbb/formatter/elan/";
    static final String BORIS = "boris/olivierfriard+BORIS/tests/files/test.boris";
    static final String BORIS_V4 = "boris/olivierfriard+BORIS/test.boris";
    static final String OPF_UI = "opf/databrary+datavyu/src/test/resources/ui/";
}
