package org.attune.schemes.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodingScheme;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.schemes.AvailableScheme;
import org.attune.schemes.SchemeCommands;
import org.attune.schemes.SchemeEditing;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The scheme editor: the corpus's schemes (new, copied from a built-in one, imported, exported),
 * a tree of a scheme's categories and codes, and a form for the selected one. Every change is a
 * {@link SchemeCommands} command on the corpus's command stack (Ctrl+Z undoes it, Ctrl+S saves
 * it); a refused change shows its reason in red under the form. Text fields apply on Enter, when
 * they lose the focus, or when typing pauses; the shortcut applies as it is typed, so a
 * duplicate key is flagged at once.
 */
public final class SchemeEditorComposite extends Composite {

    private final WorkbenchSession session;
    private final Supplier<List<AvailableScheme>> builtIns;
    private final Runnable editorListener = this::stackChanged;
    private final WorkbenchSession.Listener sessionListener = this::sessionChanged;
    private CorpusEditor listenedEditor;

    private final Combo schemeCombo;
    private final List<CodingScheme> schemeItems = new ArrayList<>();
    private final Button copyButton;
    private final Button exportButton;
    private final TreeViewer tree;
    private final Button addCategoryButton;
    private final Button addCodeButton;
    private final Button deleteButton;
    private final Composite pages;
    private final StackLayout pageLayout = new StackLayout();
    private final Composite emptyPage;
    private final Composite schemePage;
    private final Composite categoryPage;
    private final Composite codePage;
    private final Label status;
    private final Font bold;
    private final Map<String, Image> swatches = new HashMap<>();
    private final List<Runnable> fillers = new ArrayList<>();

    // scheme page
    private Text schemeName;
    private Text schemeVersion;
    private Text schemeAuthor;
    private Text schemeDescription;
    private Label schemeId;
    // category page
    private Text categoryName;
    private Text categoryDescription;
    private Button exclusive;
    private Label exclusiveWarning;
    // code page
    private Text codeLabel;
    private Label codeId;
    private Text codeDescription;
    private Button colorButton;
    private Text colorHex;
    private Text shortcut;
    private Label shortcutWarning;
    private Label kindWarning;
    private Combo kind;
    private Table modifiers;
    private Text modifierName;
    private Combo modifierType;
    private Text modifierValues;
    private Button removeModifier;

    private CodingScheme scheme;
    private EObject selected;
    private Modifier selectedModifier;
    /** How long typing pauses before a text field's change is made (Enter or leaving the field makes it at once). */
    static final int TYPING_PAUSE_MS = 700;

    /** Set while the form is filled from the model, so that filling does not edit. */
    private boolean filling;

    public SchemeEditorComposite(Composite parent, WorkbenchSession session, Supplier<List<AvailableScheme>> builtIns) {
        super(parent, SWT.NONE);
        this.session = session;
        this.builtIns = builtIns;
        FontData data = getFont().getFontData()[0];
        bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
        setLayout(new GridLayout(1, false));

        Composite top = new Composite(this, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        top.setLayout(new GridLayout(6, false));
        Label schemeLabel = new Label(top, SWT.NONE);
        schemeLabel.setText("Scheme:");
        schemeLabel.setFont(bold);
        schemeCombo = new Combo(top, SWT.READ_ONLY);
        schemeCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        schemeCombo.setToolTipText("The corpus's schemes: each case is coded with one of them");
        schemeCombo.addListener(SWT.Selection, e -> {
            int i = schemeCombo.getSelectionIndex();
            if (i >= 0 && i < schemeItems.size()) {
                showScheme(schemeItems.get(i));
            }
        });
        Button newButton = button(top, "New Scheme…", "A new, empty scheme in the corpus", this::newSchemeDialog);
        copyButton = button(top, "Copy Built-in ▾", "An editable copy of VIG, VIPP-SD or another built-in scheme, under a new id", this::copyMenu);
        Button importButton = button(top, "Import…", "Adds a scheme file (.attune-scheme) to the corpus", this::importDialog);
        exportButton = button(top, "Export…", "Writes this scheme to a file another lab or corpus can import", this::exportDialog);
        newButton.setData("id", "new");
        importButton.setData("id", "import");

        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(3, false));
        tree = new TreeViewer(left, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        tree.setContentProvider(new SchemeContent());
        tree.setLabelProvider(new SchemeLabels());
        tree.addSelectionChangedListener(e -> selectionChanged());
        tree.getTree().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteSelected();
                e.doit = false;
            }
        });
        addCategoryButton = button(left, "+ Category", "Adds a category to the scheme (to the selected category: a sub-category)", this::addCategory);
        addCodeButton = button(left, "+ Code", "Adds a code to the selected category", this::addCode);
        deleteButton = button(left, "Delete", "Deletes the selected codes or categories (refused while coded moments use them)", this::deleteSelected);

        ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        pages = new Composite(scroller, SWT.NONE);
        pages.setLayout(pageLayout);
        scroller.setContent(pages);
        scroller.addListener(SWT.Resize, e -> fitPages());
        emptyPage = new Composite(pages, SWT.NONE);
        emptyPage.setLayout(new GridLayout(1, false));
        Label hint = new Label(emptyPage, SWT.WRAP);
        hint.setText("Open a corpus to edit its coding schemes: create one (New Scheme…), copy a built-in one (VIG, VIPP-SD), "
                + "or import a scheme file. Then select a category or code on the left.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        schemePage = schemePage(pages);
        categoryPage = categoryPage(pages);
        codePage = codePage(pages);
        sash.setWeights(38, 62);

        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));

        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            swatches.values().forEach(Image::dispose);
            bold.dispose();
        });
        sessionChanged(WorkbenchSession.Change.CORPUS);
    }

    // ---------------------------------------------------------------- pages

    private Composite page(Composite parent, String title) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Label heading = new Label(page, SWT.NONE);
        heading.setText(title);
        heading.setFont(bold);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return page;
    }

    private Composite schemePage(Composite parent) {
        Composite page = page(parent, "Scheme");
        schemeId = info(page, "Id:");
        schemeName = field(page, "Name:", SWT.SINGLE, () -> scheme, () -> scheme.getName(), text -> SchemeCommands.renameScheme(domain(), scheme, text));
        schemeVersion = field(page, "Version:", SWT.SINGLE, () -> scheme, () -> scheme.getVersion(), text -> SchemeCommands.setVersion(domain(), scheme, text));
        new Label(page, SWT.NONE);
        button(page, "Next Version", "Moves the scheme to its next version (1.0 → 1.1): do it before changing a scheme that is in use",
                () -> apply(SchemeCommands.setVersion(domain(), scheme, SchemeEditing.nextVersion(scheme.getVersion()))));
        schemeAuthor = field(page, "Author:", SWT.SINGLE, () -> scheme, () -> scheme.getAuthor(), text -> SchemeCommands.setAuthor(domain(), scheme, text));
        schemeDescription = field(page, "Description:", SWT.MULTI, () -> scheme, () -> scheme.getDescription(),
                text -> SchemeCommands.setDescription(domain(), scheme, text));
        fillers.add(() -> {
            if (scheme != null) {
                schemeId.setText(scheme.getId() + "   (never changes: cases point at it)");
            }
        });
        return page;
    }

    private Composite categoryPage(Composite parent) {
        Composite page = page(parent, "Category");
        categoryName = field(page, "Name:", SWT.SINGLE, this::category, () -> category().getName(),
                text -> SchemeCommands.renameCategory(domain(), category(), text));
        categoryDescription = field(page, "Description:", SWT.MULTI, this::category, () -> category().getDescription(),
                text -> SchemeCommands.setDescription(domain(), category(), text));
        new Label(page, SWT.NONE);
        exclusive = new Button(page, SWT.CHECK);
        exclusive.setText("Mutually exclusive: a coder codes one of its codes at a time");
        exclusive.setToolTipText("Starting a code of an exclusive category ends the coder's open one in it");
        exclusive.addListener(SWT.Selection, e -> {
            if (!filling && category() != null) {
                apply(SchemeCommands.setMutuallyExclusive(domain(), category(), exclusive.getSelection()));
            }
        });
        exclusiveWarning = warning(page);
        fillers.add(() -> {
            if (category() != null) {
                exclusive.setSelection(category().isMutuallyExclusive());
                showWarning(exclusiveWarning, SchemeCommands.exclusiveWarning(listenedEditor.store(), category()));
            }
        });
        return page;
    }

    private Composite codePage(Composite parent) {
        Composite page = page(parent, "Code");
        codeLabel = field(page, "Label:", SWT.SINGLE, this::code, () -> code().getLabel(), text -> SchemeCommands.renameCode(domain(), code(), text));
        codeId = info(page, "Id:");
        codeDescription = field(page, "Behaviours:", SWT.MULTI, this::code, () -> code().getDescription(),
                text -> SchemeCommands.setDescription(domain(), code(), text));

        label(page, "Colour:");
        Composite keyRow = new Composite(page, SWT.NONE);
        GridLayout keyLayout = new GridLayout(4, false);
        keyLayout.marginWidth = 0;
        keyLayout.marginHeight = 0;
        keyRow.setLayout(keyLayout);
        keyRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        colorButton = new Button(keyRow, SWT.PUSH);
        colorButton.setText("Choose…");
        colorButton.setToolTipText("Pick the code's colour (palette and timeline)");
        colorButton.addListener(SWT.Selection, e -> chooseColor());
        colorHex = new Text(keyRow, SWT.BORDER | SWT.SINGLE);
        colorHex.setLayoutData(new GridData(80, SWT.DEFAULT));
        colorHex.setToolTipText("#rrggbb, e.g. #4e79a7");
        bind(colorHex, this::code, () -> code().getColor(), text -> SchemeCommands.setColor(domain(), code(), text));

        Label keyLabel = label(keyRow, "   Key:");
        keyLabel.setToolTipText("The shortcut key");
        shortcut = new Text(keyRow, SWT.BORDER | SWT.SINGLE);
        shortcut.setTextLimit(1);
        shortcut.setLayoutData(new GridData(30, SWT.DEFAULT));
        shortcut.setToolTipText("One key that codes this code in the palette (empty: none)");
        shortcut.addListener(SWT.FocusIn, e -> shortcut.selectAll());
        shortcut.addListener(SWT.Modify, e -> {
            if (!filling && code() != null && !Objects.equals(blankToNull(shortcut.getText()), code().getShortcut())) {
                apply(SchemeCommands.setShortcut(domain(), code(), shortcut.getText()));
            }
        });

        label(page, "Kind:");
        kind = new Combo(page, SWT.READ_ONLY);
        kind.setItems("point", "interval");
        kind.setToolTipText("Point: one key press codes the current time. Interval: press to start, press again to end");
        kind.addListener(SWT.Selection, e -> {
            if (!filling && code() != null) {
                apply(SchemeCommands.setKind(domain(), code(), kind.getSelectionIndex() == 1 ? CodeKind.INTERVAL : CodeKind.POINT));
            }
        });

        shortcutWarning = warning(page);

        kindWarning = warning(page);

        Label modifiersLabel = label(page, "Modifiers:");
        modifiersLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Composite modifierBox = new Composite(page, SWT.NONE);
        modifierBox.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout boxLayout = new GridLayout(4, false);
        boxLayout.marginWidth = 0;
        boxLayout.marginHeight = 0;
        modifierBox.setLayout(boxLayout);
        modifiers = new Table(modifierBox, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        modifiers.setHeaderVisible(true);
        modifiers.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        tableData.heightHint = 60;
        modifiers.setLayoutData(tableData);
        for (String[] column : new String[][] {{"Name", "110"}, {"Type", "80"}, {"Allowed values", "220"}}) {
            TableColumn tc = new TableColumn(modifiers, SWT.NONE);
            tc.setText(column[0]);
            tc.setWidth(Integer.parseInt(column[1]));
        }
        modifiers.addListener(SWT.Selection, e -> {
            int i = modifiers.getSelectionIndex();
            selectedModifier = code() != null && i >= 0 && i < code().getModifiers().size() ? code().getModifiers().get(i) : null;
            fill();
        });
        modifierName = field(modifierBox, "Name:", SWT.SINGLE, () -> selectedModifier, () -> selectedModifier.getName(),
                text -> SchemeCommands.renameModifier(domain(), selectedModifier, text));
        label(modifierBox, "Type:");
        modifierType = new Combo(modifierBox, SWT.READ_ONLY);
        modifierType.setItems("choice", "free text", "number");
        modifierType.addListener(SWT.Selection, e -> {
            if (!filling && selectedModifier != null) {
                apply(SchemeCommands.setModifierType(domain(), selectedModifier, ModifierType.get(modifierType.getSelectionIndex())));
            }
        });
        modifierValues = field(modifierBox, "Values:", SWT.SINGLE, () -> selectedModifier,
                () -> String.join(", ", selectedModifier.getAllowedValues()),
                text -> SchemeCommands.setAllowedValues(domain(), selectedModifier, SchemeCommands.splitValues(text)));
        modifierValues.setToolTipText("For a choice: the allowed values, separated by commas");
        ((GridData) modifierValues.getLayoutData()).horizontalSpan = 3;
        ((GridData) modifierName.getLayoutData()).widthHint = 100;
        Composite modifierButtons = new Composite(modifierBox, SWT.NONE);
        modifierButtons.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
        modifierButtons.setLayout(new RowLayout());
        button(modifierButtons, "+ Modifier", "Adds a modifier (asked for when coding, e.g. who: parent, child)", this::addModifier);
        removeModifier = button(modifierButtons, "Remove Modifier", "Removes the selected modifier (moments keep the values they have)",
                () -> {
                    if (selectedModifier != null) {
                        apply(SchemeCommands.delete(domain(), listenedEditor.store(), List.of(selectedModifier)));
                    }
                });

        fillers.add(this::fillCode);
        return page;
    }

    private void fillCode() {
        Code code = code();
        if (code == null) {
            return;
        }
        codeId.setText(code.getId() + "   (never changes, so moments keep it)");
        colorButton.setImage(swatch(code.getColor()));
        String duplicate = SchemeCommands.duplicateShortcut(code);
        showWarning(shortcutWarning, duplicate);
        showWarning(kindWarning, SchemeCommands.kindWarning(listenedEditor.store(), code));
        if (!Objects.equals(blankToNull(shortcut.getText()), code.getShortcut())) {
            shortcut.setText(code.getShortcut() == null ? "" : code.getShortcut());
        }
        kind.select(code.getKind() == CodeKind.INTERVAL ? 1 : 0);
        if (selectedModifier != null && selectedModifier.eContainer() != code) {
            selectedModifier = null;
        }
        modifiers.removeAll();
        for (Modifier modifier : code.getModifiers()) {
            TableItem item = new TableItem(modifiers, SWT.NONE);
            item.setText(new String[] {nonNull(modifier.getName()), typeName(modifier.getType()),
                    String.join(", ", modifier.getAllowedValues())});
            item.setData(modifier);
        }
        if (selectedModifier != null) {
            modifiers.setSelection(code.getModifiers().indexOf(selectedModifier));
        }
        boolean hasModifier = selectedModifier != null;
        modifierName.setEnabled(hasModifier);
        modifierType.setEnabled(hasModifier);
        modifierValues.setEnabled(hasModifier);
        removeModifier.setEnabled(hasModifier);
        if (hasModifier) {
            modifierType.select(selectedModifier.getType().getValue());
        } else {
            modifierType.deselectAll();
            modifierName.setText("");
            modifierValues.setText("");
        }
    }

    private static String typeName(ModifierType type) {
        return type == ModifierType.TEXT ? "free text" : type == ModifierType.NUMBER ? "number" : "choice";
    }

    // ---------------------------------------------------------------- fields

    /** A red line across the form, shown only while there is something to say. */
    private Label warning(Composite page) {
        Label warning = new Label(page, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 300;
        data.exclude = true;
        warning.setLayoutData(data);
        warning.setVisible(false);
        warning.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        return warning;
    }

    private static void showWarning(Label warning, String text) {
        warning.setText(text == null ? "" : "⚠ " + text);
        warning.setVisible(text != null);
        ((GridData) warning.getLayoutData()).exclude = text == null;
    }

    private Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private Label info(Composite parent, String title) {
        label(parent, title);
        Label info = new Label(parent, SWT.NONE);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        info.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        return info;
    }

    private Button button(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /**
     * A labelled text field showing {@code value} of {@code owner} (empty while there is no owner),
     * applying {@code change} on Enter (single line) or when the field is left.
     */
    private Text field(Composite parent, String title, int style, Supplier<Object> owner, Supplier<String> value,
            Function<String, Command> change) {
        Label label = label(parent, title);
        Text text = new Text(parent, SWT.BORDER | style | (style == SWT.MULTI ? SWT.WRAP | SWT.V_SCROLL : 0));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if (style == SWT.MULTI) {
            label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            data.heightHint = 52;
            data.widthHint = 300;
        }
        text.setLayoutData(data);
        bind(text, owner, value, change);
        return text;
    }

    private void bind(Text text, Supplier<Object> owner, Supplier<String> value, Function<String, Command> change) {
        Runnable applyText = () -> {
            if (filling || text.isDisposed() || !text.isEnabled() || owner.get() == null) {
                return;
            }
            if (!Objects.equals(nonNull(value.get()), text.getText())) {
                apply(change.apply(text.getText()));
            }
        };
        if ((text.getStyle() & SWT.MULTI) == 0) {
            text.addListener(SWT.DefaultSelection, e -> applyText.run());
        }
        text.addListener(SWT.FocusOut, e -> applyText.run());
        // A pause in typing keeps the text too (so Ctrl+S right after typing saves it); a text
        // the change would refuse, such as half a colour, waits for Enter or leaving the field.
        int[] typed = {0};
        text.addListener(SWT.Modify, e -> {
            if (filling) {
                return;
            }
            int mine = ++typed[0];
            Object target = owner.get();
            getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
                if (typed[0] != mine || text.isDisposed() || target == null || owner.get() != target || !text.isFocusControl()
                        || session.editor() == null || Objects.equals(nonNull(value.get()), text.getText())) {
                    return;
                }
                Command command = change.apply(text.getText());
                if (SchemeCommands.reason(command) == null) {
                    showStatus("");
                    session.editor().execute(command);
                }
            });
        });
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) { // Esc takes back what was typed
                fill();
            }
        });
        fillers.add(() -> {
            String current = owner.get() == null ? null : value.get();
            if (!text.getText().equals(nonNull(current))) {
                text.setText(nonNull(current));
            }
        });
    }

    /** Runs a change on the command stack; a refused one shows its reason (and the form shows the model again). */
    boolean apply(Command command) {
        CorpusEditor editor = session.editor();
        if (editor == null || command == null) {
            return false;
        }
        String reason = SchemeCommands.reason(command);
        if (reason != null) {
            fill();
            showStatus(reason);
            return false;
        }
        showStatus("");
        editor.execute(command);
        return true;
    }

    private void showStatus(String text) {
        if (!status.getText().equals(text)) {
            status.setText(text);
            layout(true, true);
        }
    }

    /** What the status line says (a refusal's reason, or an error), for tests. */
    public String statusText() {
        return status.getText();
    }

    // ---------------------------------------------------------------- the model

    private org.eclipse.emf.edit.domain.EditingDomain domain() {
        return session.editor().domain();
    }

    private Category category() {
        return selected instanceof Category category ? category : null;
    }

    private Code code() {
        return selected instanceof Code code ? code : null;
    }

    private void sessionChanged(WorkbenchSession.Change change) {
        if (isDisposed() || change == WorkbenchSession.Change.PLAYHEAD || change == WorkbenchSession.Change.SCHEME) {
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
            scheme = null;
        }
        if (scheme == null || change == WorkbenchSession.Change.CASE && selected == null) {
            CodingScheme preferred = session.currentCase() != null ? session.currentCase().getScheme() : null;
            showScheme(preferred != null ? preferred : firstScheme());
        }
        refresh();
    }

    private CodingScheme firstScheme() {
        List<CodingScheme> all = corpusSchemes();
        return all.isEmpty() ? null : all.get(0);
    }

    private List<CodingScheme> corpusSchemes() {
        List<CodingScheme> result = new ArrayList<>();
        if (session.corpus() != null) {
            for (CodingScheme s : session.corpus().getSchemes()) {
                if (!s.eIsProxy()) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** Shows a scheme of the corpus in the tree. */
    public void showScheme(CodingScheme shown) {
        if (shown != scheme) {
            scheme = shown;
            selected = shown;
            selectedModifier = null;
            tree.setInput(shown == null ? null : new Object[] {shown});
            tree.expandAll();
            if (shown != null) {
                tree.setSelection(new StructuredSelection(shown));
            }
        }
        refresh();
    }

    /** The scheme shown. */
    public CodingScheme scheme() {
        return scheme;
    }

    /** Selects a category or code in the tree (and shows its form). */
    public void select(EObject object) {
        tree.setSelection(new StructuredSelection(object), true);
        selectionChanged();
    }

    private void selectionChanged() {
        IStructuredSelection selection = tree.getStructuredSelection();
        EObject now = selection.getFirstElement() instanceof EObject object ? object : scheme;
        if (now != selected) {
            selected = now;
            selectedModifier = null;
        }
        showStatus("");
        refresh();
    }

    /** After every command, undo and redo: the tree and the form show the model again. */
    private void stackChanged() {
        if (isDisposed()) {
            return;
        }
        if (scheme != null && !corpusSchemes().contains(scheme)) {
            scheme = null; // its addition was undone
            showScheme(firstScheme());
        }
        Command last = listenedEditor == null ? null : listenedEditor.commandStack().getMostRecentCommand();
        boolean touched = last != null && touchesScheme(last.getAffectedObjects());
        if (!touched && schemeItems.equals(corpusSchemes())) {
            return; // coding, notes, saving: nothing the scheme editor shows
        }
        if (selected != null && selected != scheme && SchemeCommands.schemeOf(selected) != scheme) {
            selected = scheme; // its addition was undone or it was deleted
            selectedModifier = null;
            if (scheme != null) {
                tree.setSelection(new StructuredSelection(scheme));
            }
        }
        tree.refresh(true);
        refresh();
        if (touched) {
            session.schemeChanged(); // the palette rebuilds its buttons, the timeline its colours
        }
    }

    private static boolean touchesScheme(Collection<?> objects) {
        for (Object object : objects) {
            if (object instanceof EObject eObject && SchemeCommands.schemeOf(eObject) != null) {
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        if (isDisposed()) {
            return;
        }
        schemeItems.clear();
        schemeItems.addAll(corpusSchemes());
        String[] names = new String[schemeItems.size()];
        for (int i = 0; i < names.length; i++) {
            CodingScheme s = schemeItems.get(i);
            names[i] = nonNull(s.getName()) + "  (" + s.getId() + ", version " + nonNull(s.getVersion()) + ")";
        }
        if (!java.util.Arrays.equals(names, schemeCombo.getItems())) {
            schemeCombo.setItems(names);
        }
        schemeCombo.select(schemeItems.indexOf(scheme));
        boolean open = session.editor() != null;
        schemeCombo.setEnabled(open);
        copyButton.setEnabled(open);
        exportButton.setEnabled(scheme != null);
        for (Control c : schemeCombo.getParent().getChildren()) {
            if (c instanceof Button b && b != exportButton) {
                b.setEnabled(open);
            }
        }
        addCategoryButton.setEnabled(scheme != null);
        addCodeButton.setEnabled(selected instanceof Category || selected instanceof Code);
        deleteButton.setEnabled(selected instanceof Category || selected instanceof Code);
        pageLayout.topControl = scheme == null ? emptyPage
                : selected instanceof Code ? codePage : selected instanceof Category ? categoryPage : schemePage;
        fill();
        pages.layout(true, true);
        fitPages();
    }

    /** The form as wide as the part (fields wrap), scrolling down when it is taller. */
    private void fitPages() {
        if (pages.getParent() instanceof ScrolledComposite scroller) {
            int width = Math.max(360, scroller.getClientArea().width);
            scroller.setMinSize(pages.computeSize(width, SWT.DEFAULT));
        }
    }

    /** Fills the form from the model (without editing it). */
    private void fill() {
        if (scheme == null) {
            return;
        }
        filling = true;
        try {
            for (Runnable filler : fillers) {
                filler.run();
            }
        } finally {
            filling = false;
        }
    }

    // ---------------------------------------------------------------- actions

    private void addCategory() {
        Command command = SchemeCommands.addCategory(domain(), selected instanceof Category c ? c : scheme, "New category");
        if (apply(command)) {
            selectAndEdit(command, categoryName);
        }
    }

    private void addCode() {
        Category category = selected instanceof Category c ? c : selected instanceof Code code && code.eContainer() instanceof Category c2 ? c2 : null;
        if (category == null) {
            return;
        }
        Command command = SchemeCommands.addCode(domain(), category, "New code");
        if (apply(command)) {
            selectAndEdit(command, codeLabel);
        }
    }

    private void selectAndEdit(Command command, Text field) {
        Object result = command.getResult().isEmpty() ? null : command.getResult().iterator().next();
        if (result instanceof EObject object) {
            select(object);
            field.setFocus();
            field.selectAll();
        }
    }

    /** Deletes what is selected in the tree; refused (reason shown) while coded moments use a code of it. */
    public void deleteSelected() {
        List<Object> objects = new ArrayList<>();
        for (Object o : tree.getStructuredSelection().toList()) {
            if (o instanceof Category || o instanceof Code) {
                objects.add(o);
            }
        }
        if (!objects.isEmpty()) {
            apply(SchemeCommands.delete(domain(), listenedEditor.store(), objects));
        }
    }

    private void addModifier() {
        Code code = code();
        if (code == null) {
            return;
        }
        String name = "modifier";
        String unique = name;
        for (int n = 2; hasModifier(code, unique); n++) {
            unique = name + " " + n;
        }
        Command command = SchemeCommands.addModifier(domain(), code, unique, ModifierType.CHOICE, List.of());
        if (apply(command)) {
            selectedModifier = (Modifier) command.getResult().iterator().next();
            refresh();
            modifierName.setFocus();
            modifierName.selectAll();
        }
    }

    private static boolean hasModifier(Code code, String name) {
        return code.getModifiers().stream().anyMatch(m -> name.equals(m.getName()));
    }

    private void chooseColor() {
        Code code = code();
        if (code == null) {
            return;
        }
        ColorDialog dialog = new ColorDialog(getShell());
        dialog.setText("Colour of '" + code.getLabel() + "'");
        RGB current = rgb(code.getColor());
        if (current != null) {
            dialog.setRGB(current);
        }
        RGB chosen = dialog.open();
        if (chosen != null) {
            apply(SchemeCommands.setColor(domain(), code, String.format("#%02x%02x%02x", chosen.red, chosen.green, chosen.blue)));
        }
    }

    private void newSchemeDialog() {
        SchemeIdDialog dialog = new SchemeIdDialog(getShell(), "New scheme", "A new, empty coding scheme in the corpus.",
                uniqueId("lab-scheme"), "New scheme");
        if (dialog.open() == Window.OK) {
            newScheme(dialog.id(), dialog.name());
        }
    }

    /** Adds a new empty scheme to the corpus and shows it; false (reason in the status line) when refused. */
    public boolean newScheme(String id, String name) {
        return addScheme(SchemeCommands.newScheme(id, name, System.getProperty("user.name")));
    }

    private void copyMenu() {
        Menu menu = new Menu(copyButton);
        List<AvailableScheme> available = builtIns.get();
        if (available.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText("(no built-in schemes found)");
            none.setEnabled(false);
        }
        for (AvailableScheme source : available) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(source.scheme().getName() + "  (" + source.id() + ", " + source.origin() + ")");
            item.addListener(SWT.Selection, e -> copyDialog(source));
        }
        Point at = copyButton.toDisplay(0, copyButton.getSize().y);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    private void copyDialog(AvailableScheme source) {
        SchemeIdDialog dialog = new SchemeIdDialog(getShell(), "Copy " + source.id(),
                "An editable copy of '" + source.scheme().getName() + "'. Codes keep their ids.",
                uniqueId(source.id() + "-lab"), source.scheme().getName() + " (lab copy)");
        if (dialog.open() == Window.OK) {
            copyBuiltIn(source, dialog.id(), dialog.name());
        }
    }

    /** Adds an editable copy of a built-in scheme under a new id, and shows it. */
    public boolean copyBuiltIn(AvailableScheme source, String id, String name) {
        return addScheme(SchemeEditing.copy(source.scheme(), id, name));
    }

    private boolean addScheme(CodingScheme newScheme) {
        Command command = SchemeCommands.addScheme(listenedEditor.store(), newScheme);
        if (apply(command)) {
            showScheme((CodingScheme) command.getResult().iterator().next());
            return true;
        }
        return false;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; listenedEditor != null && (listenedEditor.store().findScheme(id) != null
                || java.nio.file.Files.exists(listenedEditor.store().schemeFile(id))); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void importDialog() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Import a coding scheme");
        dialog.setFilterExtensions(new String[] {"*.attune-scheme", "*.*"});
        dialog.setFilterNames(new String[] {"Attune schemes (*.attune-scheme)", "All files"});
        String file = dialog.open();
        if (file != null) {
            String error = importFile(Path.of(file));
            if (error != null) {
                MessageDialog.openError(getShell(), "Import refused", error + "\n\nNothing was imported.");
            }
        }
    }

    /**
     * Imports a scheme file into the corpus (one undoable step) and shows it.
     *
     * @return null, or what is wrong (naming the file)
     */
    public String importFile(Path file) {
        CodingScheme read;
        try {
            read = SchemeEditing.readForImport(listenedEditor.store(), file);
        } catch (IOException | IllegalArgumentException e) {
            String message = e.getMessage() != null && e.getMessage().contains(file.getFileName().toString()) ? e.getMessage()
                    : "cannot import " + file + ": " + e.getMessage();
            showStatus(message);
            return message;
        }
        return addScheme(read) ? null : statusText();
    }

    private void exportDialog() {
        if (scheme == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export '" + scheme.getName() + "'");
        dialog.setFileName(scheme.getId() + ".attune-scheme");
        dialog.setFilterExtensions(new String[] {"*.attune-scheme"});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            String error = exportTo(Path.of(file));
            if (error != null) {
                MessageDialog.openError(getShell(), "Export failed", error);
            } else {
                showStatus("");
            }
        }
    }

    /**
     * Writes the shown scheme (as edited, saved or not) to a file.
     *
     * @return null, or what is wrong (naming the file)
     */
    public String exportTo(Path file) {
        try {
            SchemeEditing.export(scheme, file);
            return null;
        } catch (IOException | RuntimeException e) {
            String message = "cannot export scheme '" + scheme.getId() + "' to " + file + ": " + e.getMessage();
            showStatus(message);
            return message;
        }
    }

    // ---------------------------------------------------------------- for tests

    public TreeViewer tree() {
        return tree;
    }

    public Text codeLabelField() {
        return codeLabel;
    }

    public Text shortcutField() {
        return shortcut;
    }

    public Label shortcutWarning() {
        return shortcutWarning;
    }

    public Label kindWarning() {
        return kindWarning;
    }

    public Text colorField() {
        return colorHex;
    }

    public Combo kindCombo() {
        return kind;
    }

    public Text categoryNameField() {
        return categoryName;
    }

    public Button exclusiveCheck() {
        return exclusive;
    }

    public Table modifierTable() {
        return modifiers;
    }

    public Text modifierNameField() {
        return modifierName;
    }

    public Text modifierValuesField() {
        return modifierValues;
    }

    public Combo modifierTypeCombo() {
        return modifierType;
    }

    /** Adds a modifier to the selected code, as the "+ Modifier" button does. */
    public void addModifierToCode() {
        addModifier();
    }

    /** Whether a page (the code, category or scheme form) is the one shown. */
    public boolean showsCodeForm() {
        return pageLayout.topControl == codePage;
    }

    // ---------------------------------------------------------------- tree

    private Image swatch(String color) {
        String key = color == null ? "none" : color.toLowerCase();
        return swatches.computeIfAbsent(key, k -> {
            Image image = new Image(getDisplay(), 14, 14);
            GC gc = new GC(image);
            RGB rgb = rgb(color);
            Color fill = rgb == null ? getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND) : new Color(rgb);
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, 14, 14);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawRectangle(0, 0, 13, 13);
            gc.dispose();
            return image;
        });
    }

    private static RGB rgb(String color) {
        if (SchemeCommands.colorProblem(color) != null) {
            return null;
        }
        int value = Integer.parseInt(color.trim().substring(1), 16);
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static final class SchemeContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Object[] array ? array : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof CodingScheme s) {
                return s.getCategories().toArray();
            }
            if (parent instanceof Category c) {
                List<Object> children = new ArrayList<>(c.getSubCategories());
                children.addAll(c.getCodes());
                return children.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject o ? o.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    private final class SchemeLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof CodingScheme s) {
                return nonNull(s.getName()) + "  (version " + nonNull(s.getVersion()) + ")";
            }
            if (element instanceof Category c) {
                return nonNull(c.getName()) + (c.isMutuallyExclusive() ? "  (one at a time)" : "");
            }
            if (element instanceof Code c) {
                String key = c.getShortcut() == null ? " " : c.getShortcut();
                return "[" + key + "]  " + nonNull(c.getLabel()) + (c.getKind() == CodeKind.INTERVAL ? "  ▸▸" : "")
                        + (SchemeCommands.duplicateShortcut(c) != null ? "   ⚠ key used twice" : "");
            }
            return String.valueOf(element);
        }

        @Override
        public Image getImage(Object element) {
            return element instanceof Code c ? swatch(c.getColor()) : null;
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof Code c) {
                String duplicate = SchemeCommands.duplicateShortcut(c);
                return duplicate != null ? duplicate : c.getDescription();
            }
            return element instanceof Category c ? c.getDescription() : null;
        }
    }
}
