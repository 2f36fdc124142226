package org.attune.schemes;

import java.nio.file.Path;

import org.attune.model.CodingScheme;

/**
 * A scheme that can be used, with where it comes from.
 *
 * @param scheme the scheme (shared: copy it before changing it)
 * @param origin e.g. "built-in", "corpus", "file"
 * @param file   the scheme's file, or null for schemes inside a bundle
 */
public record AvailableScheme(CodingScheme scheme, String origin, Path file) {

    public String id() {
        return scheme.getId();
    }

    /** Number of codes, over all categories and sub-categories. */
    public int codeCount() {
        return scheme.allCodes().size();
    }
}
