package org.attune.schemes;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A change that cannot be made, with the reason a user should read (e.g. "'#12345' is not a
 * colour: ..."). It never executes; a command stack refuses it.
 */
public final class RefusedCommand extends AbstractCommand {

    private final String reason;

    public RefusedCommand(String label, String reason) {
        super(label, reason);
        this.reason = reason;
    }

    /** Why the change is refused. */
    public String reason() {
        return reason;
    }

    @Override
    protected boolean prepare() {
        return false;
    }

    @Override
    public void execute() {
        throw new IllegalStateException(reason);
    }

    @Override
    public void redo() {
        throw new IllegalStateException(reason);
    }
}
