package org.attune.schemes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.attune.model.store.CorpusStore;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Deletes codes, categories or modifiers of a scheme as one undoable command, but refuses
 * (cannot execute, with {@link #reason()}) while coded moments use a code it would delete: the
 * moments would otherwise lose their code. Every deletion in a scheme goes through this command
 * ({@link SchemeCommands#delete}), never through a bare EMF.Edit delete or remove.
 */
public final class SchemeDeleteCommand extends CommandWrapper {

    private final CorpusStore store;
    private final List<Object> objects;
    private String reason;

    SchemeDeleteCommand(EditingDomain domain, CorpusStore store, Collection<?> objects) {
        super("Delete", "Deletes from the scheme unless coded moments use it",
                RemoveCommand.create(domain, new ArrayList<>(objects)));
        this.store = store;
        this.objects = new ArrayList<>(objects);
    }

    @Override
    protected boolean prepare() {
        reason = null;
        try {
            SchemeEditing.Uses uses = SchemeEditing.uses(store, objects);
            if (uses.total() > 0) {
                reason = uses.refusal();
                return false;
            }
        } catch (IOException e) {
            reason = "cannot tell whether coded moments use it, so nothing was deleted: " + e.getMessage();
            return false;
        }
        return super.prepare();
    }

    @Override
    public boolean canExecute() {
        // counted afresh each time: moments may have been coded since the command was made
        isPrepared = false;
        return super.canExecute();
    }

    /** Why the deletion is refused, or null when it can run. */
    public String reason() {
        canExecute();
        return reason;
    }
}
