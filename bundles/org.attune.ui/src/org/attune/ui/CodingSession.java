package org.attune.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.model.Modifier;
import org.attune.model.ModifierValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Coding one case with the keyboard: a key press becomes an undoable command on the case.
 *
 * <ul>
 * <li>A POINT code codes the current time with one press.</li>
 * <li>An INTERVAL code starts at the first press and ends at the second. While it is open
 * the moment is in the case with {@code endMs == startMs}.</li>
 * <li>Starting any code of a mutually exclusive category ends the coder's open moment in that
 * category, in the same command.</li>
 * <li>Every moment a press completes (however it ends) gets its code's modifier values in the
 * same command: see {@link Coding#questions()}.</li>
 * </ul>
 */
public final class CodingSession {

    private static final ModelPackage P = ModelPackage.eINSTANCE;

    private final CorpusEditor editor;
    private final Case theCase;
    private Playhead playhead;
    private Coder coder;
    private final LongSupplier wallClock;
    /**
     * Interval moments started in this session; one is open while it is in the case and its
     * end equals its start (so undoing the end re-opens it, undoing the start drops it).
     */
    private final Set<CodedMoment> started = new LinkedHashSet<>();

    public CodingSession(CorpusEditor editor, Case theCase, Playhead playhead, Coder coder) {
        this(editor, theCase, playhead, coder, System::currentTimeMillis);
    }

    public CodingSession(CorpusEditor editor, Case theCase, Playhead playhead, Coder coder, LongSupplier wallClock) {
        this.editor = editor;
        this.theCase = theCase;
        this.playhead = playhead;
        this.coder = coder;
        this.wallClock = wallClock;
    }

    public CorpusEditor editor() {
        return editor;
    }

    public Case theCase() {
        return theCase;
    }

    public Coder coder() {
        return coder;
    }

    /** Switches the coder; the open moments of the previous coder stay open for when they return. */
    public void setCoder(Coder coder) {
        this.coder = coder;
    }

    public Playhead playhead() {
        return playhead;
    }

    public void setPlayhead(Playhead playhead) {
        this.playhead = playhead;
    }

    /** The codes of the case's scheme in scheme order (empty without a scheme). */
    public List<Code> codes() {
        return theCase.getScheme() == null ? List.of() : theCase.getScheme().allCodes();
    }

    /** The code whose shortcut is this key (exact match first, then ignoring case), or null. */
    public Code codeForKey(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        Code loose = null;
        for (Code code : codes()) {
            String shortcut = code.getShortcut();
            if (shortcut == null || shortcut.isEmpty()) {
                continue;
            }
            if (shortcut.equals(key)) {
                return code;
            }
            if (loose == null && shortcut.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                loose = code;
            }
        }
        return loose;
    }

    /** Codes the code whose key this is; returns the moment made or ended, or null when no code has this key. */
    public CodedMoment keyPressed(String key) {
        Code code = codeForKey(key);
        return code == null ? null : toggle(code);
    }

    /**
     * Codes at the playhead: a POINT moment, or starts / ends an INTERVAL moment.
     *
     * @return the moment made or ended
     */
    public CodedMoment toggle(Code code) {
        Coding coding = prepare(code);
        coding.commit(Map.of());
        return coding.moment();
    }

    /**
     * What a key press of {@code code} does at the playhead, not yet done: {@link Coding#commit}
     * runs it, with the modifier values the coder gave, as one undoable command. The time is
     * taken now, so asking for modifiers while the video plays on codes the moment of the press.
     */
    public Coding prepare(Code code) {
        if (coder == null) {
            throw new IllegalStateException("Choose a coder before coding");
        }
        long now = playhead.positionMs();
        CodedMoment open = openMoment(code);
        if (open != null) {
            return new Coding(open, endCommand(open, now, "End " + label(code)), List.of(open), false);
        }
        CompoundCommand command = new CompoundCommand((code.getKind() == CodeKind.INTERVAL ? "Start " : "Code ") + label(code));
        List<CodedMoment> completed = new ArrayList<>();
        Category category = categoryOf(code);
        if (category != null && category.isMutuallyExclusive()) {
            for (CodedMoment other : openMoments()) {
                if (other.getCode() != code && categoryOf(other.getCode()) == category) {
                    command.append(endCommand(other, now, "End " + label(other.getCode())));
                    completed.add(other);
                }
            }
        }
        CodedMoment moment = ModelFactory.eINSTANCE.createCodedMoment();
        moment.setId("m-" + UUID.randomUUID());
        moment.setCode(code);
        moment.setCoder(coder);
        moment.setStartMs(now);
        moment.setEndMs(now);
        long stamp = wallClock.getAsLong();
        moment.setCreated(stamp);
        moment.setModified(stamp);
        command.append(AddCommand.create(editor.domain(), theCase, P.getCase_Moments(), moment));
        boolean interval = code.getKind() == CodeKind.INTERVAL;
        if (!interval) {
            completed.add(moment);
        }
        return new Coding(moment, command, completed, interval);
    }

    /**
     * Esc, not yet done: ends every open moment of the current coder at the playhead. Like a code's
     * key, it asks for the modifiers of the moments it ends; null when nothing is open.
     */
    public Coding prepareEndAll() {
        List<CodedMoment> open = new ArrayList<>(openMoments());
        if (open.isEmpty()) {
            return null;
        }
        long now = playhead.positionMs();
        CompoundCommand command = new CompoundCommand(open.size() == 1 ? "End " + label(open.get(0).getCode()) : "End open moments");
        for (CodedMoment moment : open) {
            command.append(endCommand(moment, now, "End " + label(moment.getCode())));
        }
        return new Coding(open.get(0), command, open, false);
    }

    /** One modifier to ask for one moment a coding completes. */
    public record Question(CodedMoment moment, Modifier modifier) {
    }

    /**
     * A key press's coding waiting to be done. It completes moments (a point, the end of an
     * interval, the intervals a code of a one-at-a-time category or Esc ends) or starts one; every
     * moment it completes asks for its code's modifiers, whichever way it was completed.
     */
    public final class Coding {
        private final CodedMoment moment;
        private final Command command;
        private final List<CodedMoment> completed;
        private final boolean starts;
        private boolean done;

        Coding(CodedMoment moment, Command command, List<CodedMoment> completed, boolean starts) {
            this.moment = moment;
            this.command = command;
            this.completed = List.copyOf(completed);
            this.starts = starts;
        }

        /** The moment made or ended (for Esc: the first one ended). */
        public CodedMoment moment() {
            return moment;
        }

        /** Whether this press completes {@link #moment()} (a point, or an interval's end). */
        public boolean completes() {
            return completed.contains(moment);
        }

        /** The moments this press completes, in the order their modifiers are asked for. */
        public List<CodedMoment> completed() {
            return completed;
        }

        /** The modifiers to ask for {@link #moment()}: those of its code when the press completes it. */
        public List<Modifier> modifiers() {
            return modifiersOf(moment);
        }

        /** Every modifier to ask for: of each completed moment, in turn. The one place that decides what is asked. */
        public List<Question> questions() {
            List<Question> questions = new ArrayList<>();
            for (CodedMoment m : completed) {
                for (Modifier modifier : modifiersOf(m)) {
                    questions.add(new Question(m, modifier));
                }
            }
            return questions;
        }

        private List<Modifier> modifiersOf(CodedMoment m) {
            return completed.contains(m) && m.getCode() != null ? List.copyOf(m.getCode().getModifiers()) : List.of();
        }

        /** Does the coding with values for {@link #moment()} (modifier name → value); see {@link #commitAll}. */
        public boolean commit(Map<String, String> values) {
            return commitAll(Map.of(moment, values));
        }

        /**
         * Does the coding and sets the given modifier values (per completed moment: modifier name →
         * value; blank values are left out) in the same undoable command. Runs once; false when it
         * could not run.
         */
        public boolean commitAll(Map<CodedMoment, Map<String, String>> values) {
            if (done) {
                return false;
            }
            done = true;
            CompoundCommand all = new CompoundCommand(command.getLabel());
            all.append(command);
            for (CodedMoment m : completed) {
                appendValues(all, m, values.getOrDefault(m, Map.of()));
            }
            boolean ran = editor.execute(all.unwrap());
            if (ran && starts) {
                started.add(moment);
            }
            return ran;
        }

        private void appendValues(CompoundCommand all, CodedMoment m, Map<String, String> values) {
            List<ModifierValue> given = new ArrayList<>();
            for (Modifier modifier : modifiersOf(m)) {
                String value = values.get(modifier.getName());
                if (value != null && !value.isBlank()) {
                    ModifierValue modifierValue = ModelFactory.eINSTANCE.createModifierValue();
                    modifierValue.setName(modifier.getName());
                    modifierValue.setValue(value.strip());
                    given.add(modifierValue);
                }
            }
            for (ModifierValue old : m.getModifierValues()) {
                if (given.stream().anyMatch(v -> v.getName().equals(old.getName()))) {
                    all.append(RemoveCommand.create(editor.domain(), m, P.getCodedMoment_ModifierValues(), old));
                }
            }
            if (!given.isEmpty()) {
                all.append(AddCommand.create(editor.domain(), m, P.getCodedMoment_ModifierValues(), given));
            }
        }
    }

    /** Ends every open moment of the current coder at the playhead (one command, no modifier values). */
    public void endAll() {
        Coding ending = prepareEndAll();
        if (ending != null) {
            ending.commitAll(Map.of());
        }
    }

    /** The current coder's open INTERVAL moment of a code, or null. */
    public CodedMoment openMoment(Code code) {
        for (CodedMoment moment : openMoments()) {
            if (moment.getCode() == code) {
                return moment;
            }
        }
        return null;
    }

    /** The current coder's open INTERVAL moments. */
    public Collection<CodedMoment> openMoments() {
        List<CodedMoment> open = new ArrayList<>();
        for (CodedMoment moment : started) {
            if (moment.getCase() == theCase && moment.getEndMs() == moment.getStartMs() && moment.getCoder() == coder) {
                open.add(moment);
            }
        }
        return open;
    }

    /** Deletes moments (one undoable command). */
    public void delete(Collection<CodedMoment> moments) {
        if (!moments.isEmpty()) {
            editor.execute(RemoveCommand.create(editor.domain(), theCase, P.getCase_Moments(), new ArrayList<>(moments)));
        }
    }

    /** Sets a moment's note (undoable). */
    public void setNote(CodedMoment moment, String note) {
        CompoundCommand command = new CompoundCommand("Edit note");
        command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_Note(), note));
        command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_Modified(), wallClock.getAsLong()));
        editor.execute(command);
    }

    /** Moves a moment's start and end (undoable); an end before the start is swapped. */
    public void setTimes(CodedMoment moment, long startMs, long endMs) {
        long start = Math.max(0, Math.min(startMs, endMs));
        long end = moment.getCode() != null && moment.getCode().getKind() == CodeKind.POINT ? start : Math.max(startMs, endMs);
        CompoundCommand command = new CompoundCommand("Move " + label(moment.getCode()));
        command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_StartMs(), start));
        command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_EndMs(), end));
        command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_Modified(), wallClock.getAsLong()));
        editor.execute(command);
    }

    private Command endCommand(CodedMoment moment, long now, String label) {
        CompoundCommand command = new CompoundCommand(label);
        if (now == moment.getStartMs()) {
            // the time did not move: the interval lasts one frame rather than staying open
            command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_EndMs(), now + frameMs()));
        } else if (now > moment.getStartMs()) {
            command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_EndMs(), now));
        } else {
            // the coder went back before the start: the interval is [now, start]
            command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_EndMs(), moment.getStartMs()));
            command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_StartMs(), now));
        }
        command.append(SetCommand.create(editor.domain(), moment, P.getCodedMoment_Modified(), wallClock.getAsLong()));
        return command;
    }

    private long frameMs() {
        double fps = playhead.frameRate();
        return fps > 0 ? Math.max(1, Math.round(1000.0 / fps)) : 40;
    }

    /** The category a code sits in (the innermost), or null. */
    public static Category categoryOf(Code code) {
        EObject container = code == null ? null : code.eContainer();
        return container instanceof Category category ? category : null;
    }

    static String label(Code code) {
        if (code == null) {
            return "moment";
        }
        return code.getLabel() != null ? code.getLabel() : code.getId();
    }
}
