package org.attune.model.internal;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/** Turns what EMF throws when a file cannot be read into a line, a column and a plain message. */
public final class LoadProblems {

    /** Where and what. Line and column are 0 when unknown. */
    public record Problem(int line, int column, String message) {
    }

    private LoadProblems() {
    }

    public static Problem describe(Throwable failure, Resource resource) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new Problem(sax.getLineNumber(), sax.getColumnNumber(), plain(sax.getMessage()));
            }
            if (t instanceof XMIException xmi && xmi.getLine() > 0) {
                return new Problem(xmi.getLine(), xmi.getColumn(), plain(xmi.getMessage()));
            }
        }
        if (resource != null) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                if (error.getLine() > 0) {
                    return new Problem(error.getLine(), error.getColumn(), plain(error.getMessage()));
                }
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        if (root instanceof java.io.EOFException || message.contains("Premature end")) {
            message = "the file ends too early (" + message + ")";
        }
        return new Problem(0, 0, plain(message));
    }

    private static String plain(String message) {
        if (message == null) {
            return "unreadable content";
        }
        // EMF repeats the location inside its messages: "... (file:/x.attune, 12, 5)"
        return message.replaceAll("\\s*\\((file|platform):[^)]*\\)\\s*$", "").trim();
    }
}
