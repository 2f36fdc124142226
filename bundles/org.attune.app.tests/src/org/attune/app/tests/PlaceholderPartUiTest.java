package org.attune.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attune.app.internal.parts.PlaceholderPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Renders a part through e4 injection into a real SWT shell (under Xvfb in ./build). */
class PlaceholderPartUiTest {

    @Test
    void partShowsItsTextInARealShell() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(400, 200);
            Composite parent = new Composite(shell, 0);
            MPart part = MBasicFactory.INSTANCE.createPart();
            part.setLabel("Video");
            part.getPersistedState().put(PlaceholderPart.TEXT_KEY, "Open a case to play all its camera angles in sync.");
            IEclipseContext context = EclipseContextFactory.create("test");
            context.set(Composite.class, parent);
            context.set(MPart.class, part);
            PlaceholderPart placeholder = ContextInjectionFactory.make(PlaceholderPart.class, context);
            shell.open();
            while (display.readAndDispatch()) {
                // let the shell paint
            }
            assertEquals("Open a case to play all its camera angles in sync.", placeholder.text());
            Label label = (Label) parent.getChildren()[0];
            assertTrue(label.isVisible());
            assertTrue(label.getBounds().width > 0, "the label was laid out");
            context.dispose();
        } finally {
            shell.dispose();
        }
    }

    @Test
    void partWithoutTextShowsItsLabel() {
        Shell shell = new Shell(Display.getDefault());
        try {
            MPart part = MBasicFactory.INSTANCE.createPart();
            part.setLabel("Timeline");
            IEclipseContext context = EclipseContextFactory.create("test");
            context.set(Composite.class, shell);
            context.set(MPart.class, part);
            PlaceholderPart placeholder = ContextInjectionFactory.make(PlaceholderPart.class, context);
            assertEquals("Timeline", placeholder.text());
            context.dispose();
        } finally {
            shell.dispose();
        }
    }
}
