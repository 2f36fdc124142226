package org.attune.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.ui.CodingSession;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.timeline.TimelineModel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The coding palette: the current coder (switchable), and a button per code of the case's
 * scheme with its colour and key. The keys work wherever the focus is in the workbench window
 * (except in text fields): a display filter turns a code's key into {@link CodingSession#toggle}.
 */
public final class PaletteComposite extends Composite {

    private final WorkbenchSession session;
    private final Combo coders;
    private final Label caseLabel;
    private final ScrolledComposite scroller;
    private Composite buttons;
    private final Map<Code, Button> buttonOf = new HashMap<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Coder> coderItems = new ArrayList<>();
    private final Font bold;
    private final Listener keyFilter = this::keyFiltered;
    private final Runnable editorListener = this::refreshState;
    private final WorkbenchSession.Listener sessionListener = this::sessionChanged;
    private CorpusEditor listenedEditor;
    private ModifierPopup popup;

    public PaletteComposite(Composite parent, WorkbenchSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(3, false));
        FontData data = getFont().getFontData()[0];
        bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);

        Label coderLabel = new Label(this, SWT.NONE);
        coderLabel.setText("Coder:");
        coderLabel.setFont(bold);
        coders = new Combo(this, SWT.READ_ONLY);
        coders.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        coders.setToolTipText("Who is coding now: new moments get this coder");
        coders.addListener(SWT.Selection, e -> {
            int i = coders.getSelectionIndex();
            if (i >= 0 && i < coderItems.size()) {
                session.setCoder(coderItems.get(i));
            }
        });
        Button addCoder = new Button(this, SWT.PUSH);
        addCoder.setText("New…");
        addCoder.setToolTipText("Add a coder to the corpus and code as them");
        addCoder.addListener(SWT.Selection, e -> addCoder());

        caseLabel = new Label(this, SWT.WRAP);
        caseLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        scroller = new ScrolledComposite(this, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);

        getDisplay().addFilter(SWT.KeyDown, keyFilter);
        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            getDisplay().removeFilter(SWT.KeyDown, keyFilter);
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            images.forEach(Image::dispose);
            bold.dispose();
        });
        sessionChanged(WorkbenchSession.Change.CASE);
    }

    /** The button of a code (for tests), or null. */
    public Button buttonOf(Code code) {
        return buttonOf.get(code);
    }

    public Combo coderCombo() {
        return coders;
    }

    private void sessionChanged(WorkbenchSession.Change change) {
        if (isDisposed()) {
            return;
        }
        CorpusEditor editor = session.editor();
        if (listenedEditor != editor) {
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            listenedEditor = editor;
            if (editor != null) {
                editor.addListener(editorListener);
            }
        }
        if (change != WorkbenchSession.Change.PLAYHEAD && change != WorkbenchSession.Change.PREFERENCES) {
            if (change != WorkbenchSession.Change.CODER) {
                rebuildButtons();
            }
            refreshState();
        }
    }

    private void rebuildButtons() {
        if (buttons != null) {
            buttons.dispose();
        }
        images.forEach(Image::dispose);
        images.clear();
        buttonOf.clear();
        buttons = new Composite(scroller, SWT.NONE);
        buttons.setLayout(new GridLayout(1, false));
        CodingSession coding = session.coding();
        if (coding == null) {
            Label hint = new Label(buttons, SWT.WRAP);
            hint.setText(session.editor() == null ? "Open a corpus (File › Open Corpus…), then a case."
                    : "Open a case (double-click it in the corpus) to code it.");
            hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        } else if (coding.theCase().getScheme() != null) {
            for (Category category : coding.theCase().getScheme().getCategories()) {
                addCategory(category);
            }
        }
        scroller.setContent(buttons);
        scroller.setMinHeight(buttons.computeSize(SWT.DEFAULT, SWT.DEFAULT).y); // never wider than the part
        layout(true, true);
    }

    private void addCategory(Category category) {
        if (!category.getCodes().isEmpty()) {
            Label title = new Label(buttons, SWT.NONE);
            title.setText(category.getName() + (category.isMutuallyExclusive() ? "  (one at a time)" : ""));
            title.setFont(bold);
            title.setToolTipText(category.getDescription());
            for (Code code : category.getCodes()) {
                Button button = new Button(buttons, code.getKind() == CodeKind.INTERVAL ? SWT.TOGGLE : SWT.PUSH);
                String key = code.getShortcut() == null || code.getShortcut().isEmpty() ? " " : code.getShortcut();
                button.setText("[" + key + "]  " + code.getLabel() + (code.getKind() == CodeKind.INTERVAL ? "  ▸▸" : ""));
                button.setImage(swatch(TimelineModel.rgb(code)));
                button.setAlignment(SWT.LEFT);
                button.setToolTipText((code.getKind() == CodeKind.INTERVAL ? "Interval: press to start, press again to end"
                        : "Point: one press codes the current time")
                        + (code.getDescription() == null ? "" : "\n\n" + code.getDescription()));
                button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                button.addListener(SWT.Selection, e -> code(code));
                buttonOf.put(code, button);
            }
        }
        for (Category sub : category.getSubCategories()) {
            addCategory(sub);
        }
    }

    private Image swatch(int rgb) {
        Display display = getDisplay();
        Image image = new Image(display, 14, 14);
        GC gc = new GC(image);
        Color color = new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
        gc.setBackground(color);
        gc.fillRectangle(0, 0, 14, 14);
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(0, 0, 13, 13);
        gc.dispose();
        images.add(image);
        return image;
    }

    private void refreshState() {
        if (isDisposed()) {
            return;
        }
        coders.removeAll();
        coderItems.clear();
        if (session.corpus() != null) {
            for (Coder coder : session.corpus().getCoders()) {
                coderItems.add(coder);
                coders.add(coder.getName() != null ? coder.getName() : coder.getId());
                if (coder == session.coder()) {
                    coders.select(coders.getItemCount() - 1);
                }
            }
        }
        CodingSession coding = session.coding();
        if (coding != null) {
            var open = coding.openMoments();
            for (Map.Entry<Code, Button> entry : buttonOf.entrySet()) {
                if ((entry.getValue().getStyle() & SWT.TOGGLE) != 0) {
                    entry.getValue().setSelection(open.stream().anyMatch(m -> m.getCode() == entry.getKey()));
                }
            }
            String title = coding.theCase().getTitle() != null ? coding.theCase().getTitle() : coding.theCase().getId();
            caseLabel.setText("Case: " + title + " — " + coding.theCase().getMoments().size() + " moments"
                    + (open.isEmpty() ? "" : " — " + open.size() + " open (Esc ends)"));
        } else {
            caseLabel.setText("");
        }
        layout(true, true);
    }

    private void code(Code code) {
        CodingSession coding = session.coding();
        if (coding == null) {
            return;
        }
        if (coding.coder() == null) {
            addCoder();
            if (coding.coder() == null) {
                refreshState();
                return;
            }
        }
        closePopup();
        run(coding.prepare(code));
    }

    /** Esc: ends the coder's open moments, asking for their modifiers as their own keys would. */
    private void endAll(CodingSession coding) {
        closePopup();
        run(coding.prepareEndAll());
    }

    private void closePopup() {
        if (popup != null && popup.isOpen()) {
            popup.shell().dispose(); // keeps what was given for the previous moment
        }
    }

    /**
     * Does a key press's coding, asking first (in the popup) for the modifiers of the moments it
     * completes, whichever key completed them. Every way of coding from the keyboard comes here.
     */
    private void run(CodingSession.Coding pending) {
        if (pending == null) {
            return;
        }
        List<CodingSession.Question> questions = pending.questions();
        if (questions.isEmpty()) {
            pending.commitAll(Map.of());
            refreshState();
            return;
        }
        popup = ModifierPopup.open(getShell(), pending, besideButton(questions.get(0).moment().getCode()), this::refreshState);
    }

    /** Where the popup goes: beside the code's button when it is scrolled into view, else beside the palette's top. */
    private Rectangle besideButton(Code code) {
        Rectangle palette = getDisplay().map(this, null, getClientArea());
        Rectangle visible = getDisplay().map(scroller, null, scroller.getClientArea());
        Button button = buttonOf.get(code);
        if (button != null && !button.isDisposed()) {
            Rectangle bounds = getDisplay().map(button.getParent(), null, button.getBounds());
            if (visible.contains(bounds.x, bounds.y) && visible.contains(bounds.x, bounds.y + bounds.height - 1)) {
                return new Rectangle(palette.x, bounds.y, palette.width, bounds.height);
            }
        }
        return new Rectangle(palette.x, visible.y, palette.width, 1);
    }

    /** The modifier popup open now (for tests), or null. */
    public ModifierPopup modifierPopup() {
        return popup != null && popup.isOpen() ? popup : null;
    }

    private void addCoder() {
        if (session.editor() == null) {
            return;
        }
        InputDialog dialog = new InputDialog(getShell(), "New coder", "Name of the coder:",
                System.getProperty("user.name", ""), s -> s == null || s.isBlank() ? "Give a name" : null);
        if (dialog.open() == Window.OK) {
            String name = dialog.getValue().trim();
            String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
            session.addCoder(id, name);
        }
    }

    /**
     * The parts where a letter codes: the coder watches the video and timeline there. Other parts
     * (scheme editor, search, playlists, agreement) have trees, tables and forms whose letters
     * are their own.
     */
    private static final Set<String> CODING_PARTS = Set.of("org.attune.ui.part.video", "org.attune.ui.part.timeline",
            "org.attune.ui.part.palette", "org.attune.ui.part.moments");

    /** e4's key for the model element a part's widget renders (AbstractPartRenderer.OWNING_ME). */
    private static final String OWNING_ME = "modelElement";

    /** Code keys anywhere in the coding parts of the window, except where the user types text. */
    private void keyFiltered(Event e) {
        CodingSession coding = session.coding();
        if (coding == null || isDisposed() || !(e.widget instanceof Control control) || control.getShell() != getShell()) {
            return;
        }
        if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || typesText(control) || inOtherPart(control)) {
            return;
        }
        if (e.keyCode == SWT.ESC && !coding.openMoments().isEmpty()) {
            endAll(coding);
            e.doit = false;
            e.type = SWT.None;
            return;
        }
        if (e.character == 0 || Character.isISOControl(e.character)) {
            return;
        }
        Code code = coding.codeForKey(String.valueOf(e.character));
        if (code != null) {
            code(code);
            e.doit = false;
            e.type = SWT.None;
        }
    }

    /** Whether the control sits in a workbench part that is not one of {@link #CODING_PARTS}. */
    static boolean inOtherPart(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getData(OWNING_ME) instanceof MPart part) {
                return !CODING_PARTS.contains(part.getElementId());
            }
        }
        return false;
    }

    private static boolean typesText(Control control) {
        return control instanceof Text || control instanceof Spinner
                || (control instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) == 0)
                || control.getClass().getName().endsWith("StyledText");
    }

    /** Moments being coded (for tests). */
    public List<CodedMoment> openMoments() {
        CodingSession coding = session.coding();
        return coding == null ? List.of() : new ArrayList<>(coding.openMoments());
    }
}
