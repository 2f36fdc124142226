package org.attune.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.ui.CodingSession;
import org.attune.ui.ModifierInput;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the modifiers of a moment just coded, one after another, with the keyboard only: a
 * choice by its number or first letter, text and numbers typed and Enter; Esc skips one. The
 * coding and the values given are then one undoable command. Leaving the popup (a click
 * elsewhere) keeps the coding with the values given so far: a press is never lost.
 */
public final class ModifierPopup {

    private final Shell shell;
    private final CodingSession.Coding coding;
    private final List<Modifier> modifiers;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Label title;
    private final Label prompt;
    private final Text input;
    private final Label hint;
    private final Runnable done;
    private int step;

    private ModifierPopup(Shell parent, CodingSession.Coding coding, Runnable done) {
        this.coding = coding;
        this.modifiers = coding.modifiers();
        this.done = done;
        shell = new Shell(parent, SWT.TOOL | SWT.ON_TOP | SWT.BORDER);
        shell.setText("Modifiers");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        shell.setLayout(layout);
        title = new Label(shell, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        prompt = new Label(shell, SWT.NONE);
        prompt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        input = new Text(shell, SWT.BORDER | SWT.SINGLE);
        input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hint = new Label(shell, SWT.NONE);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        input.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE || e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false; // handled as keys below, not as closing the shell
            }
        });
        input.addListener(SWT.KeyDown, this::key);
        shell.addListener(SWT.Deactivate, e -> shell.getDisplay().asyncExec(this::finish));
        shell.addListener(SWT.Dispose, e -> commit());
        String label = coding.moment().getCode().getLabel() != null ? coding.moment().getCode().getLabel()
                : coding.moment().getCode().getId();
        title.setText(label + " — modifiers");
        show();
    }

    /**
     * Opens the popup for a coding whose code has modifiers, beside {@code beside} (display
     * coordinates; e.g. the code's button): to its left, or to its right where there is no room.
     */
    public static ModifierPopup open(Shell parent, CodingSession.Coding coding, Rectangle beside, Runnable done) {
        ModifierPopup popup = new ModifierPopup(parent, coding, done);
        popup.shell.pack();
        Point size = popup.shell.getSize();
        size.x = Math.max(size.x, 320);
        popup.shell.setSize(size);
        Rectangle area = parent.getMonitor().getClientArea();
        int x = beside.x - size.x - 6;
        if (x < area.x) {
            x = beside.x + beside.width + 6;
        }
        x = Math.max(area.x, Math.min(x, area.x + area.width - size.x));
        int y = Math.max(area.y, Math.min(beside.y, area.y + area.height - size.y));
        popup.shell.setLocation(x, y);
        popup.shell.open();
        popup.shell.forceActive();
        popup.input.setFocus();
        return popup;
    }

    public Shell shell() {
        return shell;
    }

    public boolean isOpen() {
        return !shell.isDisposed();
    }

    /** The modifier being asked for now (for tests). */
    public Modifier current() {
        return step < modifiers.size() ? modifiers.get(step) : null;
    }

    private void show() {
        Modifier modifier = modifiers.get(step);
        prompt.setText(ModifierInput.prompt(modifier) + (modifiers.size() > 1 ? "   (" + (step + 1) + "/" + modifiers.size() + ")" : ""));
        hint.setText(modifier.getType() == ModifierType.CHOICE ? "Type the number or first letter · Esc skips"
                : "Type, then Enter · Esc skips");
        input.setText("");
        input.setMessage(modifier.getType() == ModifierType.CHOICE ? "1, 2, … or a letter" : "");
        shell.layout(true, true);
    }

    private void key(Event e) {
        Modifier modifier = current();
        if (modifier == null) {
            return;
        }
        if (e.keyCode == SWT.ESC) {
            e.doit = false;
            next();
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            e.doit = false;
            String problem = ModifierInput.problem(modifier, input.getText());
            if (problem != null) {
                hint.setText(problem + " · Esc skips");
                shell.layout(true, true);
                return;
            }
            if (!input.getText().isBlank()) {
                values.put(modifier.getName(), ModifierInput.normalise(modifier, input.getText()));
            }
            next();
        } else if (modifier.getType() == ModifierType.CHOICE && e.character != 0 && !Character.isISOControl(e.character)) {
            e.doit = false;
            String value = ModifierInput.choice(modifier, e.character);
            if (value == null) {
                hint.setText("No value for '" + e.character + "' · type a number or first letter, Esc skips");
                shell.layout(true, true);
            } else {
                values.put(modifier.getName(), value);
                next();
            }
        }
    }

    private void next() {
        step++;
        if (step < modifiers.size()) {
            show();
        } else {
            finish();
        }
    }

    private void finish() {
        if (!shell.isDisposed()) {
            shell.dispose(); // commits
        }
    }

    private void commit() {
        if (coding.commit(values)) {
            done.run();
        }
    }

    /** The values given so far (modifier name → value). */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }
}
