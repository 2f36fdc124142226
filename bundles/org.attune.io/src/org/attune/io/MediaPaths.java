package org.attune.io;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.attune.io.Interchange.Media;

/**
 * Where an imported media reference lives in a corpus. Media paths in a corpus are relative
 * to the corpus folder and never leave it:
 * <ol>
 * <li>a reference (or the format's relative reference, taken against the imported file) that
 * names an existing file inside the corpus becomes that file's relative path;</li>
 * <li>an absolute reference from elsewhere (another machine's {@code file:///Users/...},
 * {@code C:\...}) keeps only its file name, to be relinked;</li>
 * <li>a relative reference that would climb out of the corpus ({@code ../../x.mp4}) is refused.</li>
 * </ol>
 */
public final class MediaPaths {

    private MediaPaths() {
    }

    /** @return the path to store, relative to the corpus, with '/' separators */
    public static String corpusPath(Media media, Path sourceFile, Path corpus) throws ImportException {
        Path root = realOrAbsolute(corpus);
        Path base = sourceFile.toAbsolutePath().getParent();
        for (String candidate : new String[] { media.reference, media.relativeReference }) {
            Path path = toPath(candidate, base);
            if (path != null && Files.isRegularFile(path)) {
                Path real = realOrAbsolute(path);
                if (real.startsWith(root)) {
                    return slashes(root.relativize(real));
                }
            }
        }
        String reference = media.reference;
        if (isAbsolute(reference)) {
            String name = fileName(reference);
            if (name.isEmpty() || name.equals("..") || name.equals(".")) {
                throw new ImportException(sourceFile.getFileName().toString(), "media '" + reference + "'", "names no file");
            }
            return name;
        }
        String relative = stripFileScheme(reference).replace('\\', '/');
        Path normalised;
        try {
            normalised = Paths.get(relative).normalize();
        } catch (InvalidPathException e) {
            throw new ImportException(sourceFile.getFileName().toString(), "media '" + reference + "'", "is not a valid path");
        }
        if (relative.isBlank() || normalised.toString().isEmpty() || normalised.startsWith("..")) {
            throw new ImportException(sourceFile.getFileName().toString(), "media '" + reference + "'",
                    "the media path climbs out of the corpus folder; media must lie inside the corpus");
        }
        return slashes(normalised);
    }

    private static Path realOrAbsolute(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    static boolean isAbsolute(String reference) {
        String r = reference.trim();
        if (r.matches("(?i)[a-z]:[\\\\/].*") || r.startsWith("/") || r.startsWith("\\\\")) {
            return true;
        }
        if (r.regionMatches(true, 0, "file:", 0, 5)) {
            String rest = r.substring(5);
            return rest.startsWith("/") && !rest.startsWith("/./") && !rest.startsWith("/../");
        }
        return r.matches("(?i)[a-z][a-z0-9+.-]+://.*"); // http:// and the like
    }

    private static String stripFileScheme(String reference) {
        String r = reference.trim();
        if (r.regionMatches(true, 0, "file:", 0, 5)) {
            r = r.substring(5);
            if (r.startsWith("/./") || r.startsWith("/../")) {
                r = r.substring(1); // ELAN writes "file:/./name" for a relative path
            }
        }
        return r;
    }

    private static Path toPath(String reference, Path base) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        try {
            String r = reference.trim();
            if (r.regionMatches(true, 0, "file:", 0, 5) && isAbsolute(r)) {
                return Paths.get(URI.create(r.replace(" ", "%20")));
            }
            Path path = Paths.get(stripFileScheme(r));
            return path.isAbsolute() ? path : base == null ? null : base.resolve(path).normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    static String fileName(String reference) {
        String path = reference.replace('\\', '/');
        int q = path.indexOf('?');
        if (q >= 0 && path.contains("://")) {
            path = path.substring(0, q);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
