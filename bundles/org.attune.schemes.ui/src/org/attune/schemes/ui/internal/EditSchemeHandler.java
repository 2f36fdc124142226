package org.attune.schemes.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Edit › Edit Scheme…: brings the Scheme editor to the front. */
public class EditSchemeHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(SchemeEditorPart.ID, PartState.ACTIVATE);
    }
}
