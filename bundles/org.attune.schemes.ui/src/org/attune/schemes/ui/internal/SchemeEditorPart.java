package org.attune.schemes.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.attune.schemes.AvailableScheme;
import org.attune.schemes.SchemeCatalog;
import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link SchemeEditorComposite}. */
public class SchemeEditorPart {

    /** The part's id in the application model (fragment.e4xmi). */
    public static final String ID = "org.attune.schemes.ui.part.editor";

    @Inject
    private WorkbenchSession session;

    private SchemeEditorComposite editor;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        editor = new SchemeEditorComposite(parent, session, SchemeEditorPart::builtInSchemes);
    }

    @Focus
    public void focus() {
        editor.setFocus();
    }

    public SchemeEditorComposite editor() {
        return editor;
    }

    /** The schemes offered for copying: those of the SchemeCatalog service (built-in and other bundles'). */
    public static List<AvailableScheme> builtInSchemes() {
        Bundle bundle = FrameworkUtil.getBundle(SchemeCatalog.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        ServiceReference<SchemeCatalog> reference = context.getServiceReference(SchemeCatalog.class);
        if (reference == null) {
            return List.of();
        }
        try {
            SchemeCatalog catalog = context.getService(reference);
            return catalog == null ? List.of() : new ArrayList<>(catalog.available());
        } finally {
            context.ungetService(reference);
        }
    }
}
