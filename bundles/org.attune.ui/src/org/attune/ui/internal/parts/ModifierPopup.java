package org.attune.ui.internal.parts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.CodedMoment;
import org.attune.model.CodeKind;
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
 * Asks for the modifiers of the moments a key press completed (a point, an interval ended by
 * its key, by Esc or by another code of its one-at-a-time category), one after another, with the
 * keyboard only: a choice by its number or first letter, text and numbers typed and Enter; Esc
 * skips one. The coding and the values given are then one undoable command. Leaving the popup
 * (a click elsewhere) keeps the coding with the values given so far: a press is never lost.
 */
public final class ModifierPopup {

    private final Shell shell;
    private final CodingSession.Coding coding;
    private final List<CodingSession.Question> questions;
    private final Map<CodedMoment, Map<String, String>> values = new HashMap<>();
    private final Label title;
    private final Label prompt;
    private final Text input;
    private final Label hint;
    private final Runnable done;
    private int step;

    private ModifierPopup(Shell parent, CodingSession.Coding coding, Runnable done) {
        this.coding = coding;
        this.questions = coding.questions();
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
        return step < questions.size() ? questions.get(step).modifier() : null;
    }

    /** The moment whose modifier is asked for now (for tests). */
    public CodedMoment currentMoment() {
        return step < questions.size() ? questions.get(step).moment() : null;
    }

    private void show() {
        CodingSession.Question question = questions.get(step);
        Modifier modifier = question.modifier();
        CodedMoment moment = question.moment();
        String label = moment.getCode().getLabel() != null ? moment.getCode().getLabel() : moment.getCode().getId();
        boolean ended = moment.getCode().getKind() == CodeKind.INTERVAL;
        title.setText(label + (ended ? " (ended)" : "") + " — modifiers");
        prompt.setText(ModifierInput.prompt(modifier) + (questions.size() > 1 ? "   (" + (step + 1) + "/" + questions.size() + ")" : ""));
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
                put(modifier, ModifierInput.normalise(modifier, input.getText()));
            }
            next();
        } else if (modifier.getType() == ModifierType.CHOICE && e.character != 0 && !Character.isISOControl(e.character)) {
            e.doit = false;
            String value = ModifierInput.choice(modifier, e.character);
            if (value == null) {
                hint.setText("No value for '" + e.character + "' · type a number or first letter, Esc skips");
                shell.layout(true, true);
            } else {
                put(modifier, value);
                next();
            }
        }
    }

    private void next() {
        step++;
        if (step < questions.size()) {
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
        if (coding.commitAll(values)) {
            done.run();
        }
    }

    private void put(Modifier modifier, String value) {
        values.computeIfAbsent(currentMoment(), m -> new LinkedHashMap<>()).put(modifier.getName(), value);
    }

    /** The values given so far for a moment (modifier name → value). */
    public Map<String, String> values(CodedMoment moment) {
        return Map.copyOf(values.getOrDefault(moment, Map.of()));
    }
}
