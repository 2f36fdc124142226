package org.attune.ui.internal.parts;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link PaletteComposite}. */
public class PalettePart {

    @Inject
    private WorkbenchSession session;

    private PaletteComposite palette;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        palette = new PaletteComposite(parent, session);
    }

    @Focus
    public void focus() {
        palette.setFocus();
    }

    public PaletteComposite palette() {
        return palette;
    }
}
