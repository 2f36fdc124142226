package org.attune.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/** What a running command may use: its output streams, the user's folder and progress. */
public interface CliContext {

    /** Results: what a script may parse. */
    PrintStream out();

    /** Messages and the progress line, kept off {@link #out()}. */
    PrintStream err();

    /** The folder the user ran {@code ./attune} in; relative paths are resolved against it. */
    Path workingDirectory();

    /**
     * A monitor that draws a progress line on {@link #err()} and is cancelled when the user
     * presses Ctrl-C. Long work must check {@link IProgressMonitor#isCanceled()}.
     */
    IProgressMonitor monitor();

    /** Resolves a path the user typed against {@link #workingDirectory()}. */
    default Path resolve(String userPath) {
        String expanded = userPath.startsWith("~/")
                ? System.getProperty("user.home") + userPath.substring(1)
                : userPath;
        return workingDirectory().resolve(expanded).normalize();
    }
}
