package org.attune.io.internal;

/** Bounds that keep a hostile or broken file from exhausting memory or time. */
public final class Limits {

    private Limits() {
    }

    /** Largest file read (EAF, BORIS, CSV). ELAN's big real files are a few MB. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Largest uncompressed zip entry (Datavyu's db), whatever the zip header claims. */
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Most entries in a zip. */
    public static final int MAX_ZIP_ENTRIES = 1000;
    /** Longest attribute value or text of one element. */
    public static final int MAX_VALUE_CHARS = 1024 * 1024;
    /** Deepest nesting of JSON arrays/objects. */
    public static final int MAX_JSON_DEPTH = 64;
}
