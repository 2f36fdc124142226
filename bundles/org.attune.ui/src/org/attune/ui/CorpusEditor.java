package org.attune.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.model.Corpus;
import org.attune.model.provider.ModelItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * An open corpus: its editing domain, one command stack (every change is a command, so it can
 * be undone), one dirty state, and Save.
 */
public final class CorpusEditor {

    private final Path folder;
    private final CorpusStore store;
    private final AdapterFactoryEditingDomain domain;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final Corpus corpus;
    /** Files touched by commands since the last save (the case files usually). */
    private final Set<Resource> touched = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private CorpusEditor(Path folder, CorpusStore store) throws IOException {
        this.folder = folder;
        this.store = store;
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ModelItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
        corpus = store.load(folder, domain.getResourceSet());
        CommandStackListener listener = this::commandStackChanged;
        commandStack.addCommandStackListener(listener);
    }

    /** Opens the corpus in a folder. */
    public static CorpusEditor open(Path folder, CorpusStore store) throws IOException {
        return new CorpusEditor(folder, store);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Path folder() {
        return folder;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    /** Runs a change as an undoable command; false when the command cannot run. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    public void undo() {
        if (commandStack.canUndo()) {
            commandStack.undo();
        }
    }

    public void redo() {
        if (commandStack.canRedo()) {
            commandStack.redo();
        }
    }

    /** Writes every file changed since the last save. */
    public void save() throws IOException {
        List<Resource> resources = new ArrayList<>(touched);
        for (Resource resource : domain.getResourceSet().getResources()) {
            if (resource.isModified() && !resources.contains(resource)) {
                resources.add(resource);
            }
        }
        store.save(resources);
        touched.clear();
        commandStack.saveIsDone();
        fire();
    }

    /** Hears every change of the command stack (execute, undo, redo, save); on the caller's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void commandStackChanged(EventObject event) {
        Command command = commandStack.getMostRecentCommand();
        if (command != null) {
            collectResources(command.getAffectedObjects());
        }
        fire();
    }

    private void collectResources(Collection<?> objects) {
        for (Object object : objects) {
            if (object instanceof EObject eObject && eObject.eResource() != null) {
                touched.add(eObject.eResource());
            } else if (object instanceof Resource resource) {
                touched.add(resource);
            }
        }
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
