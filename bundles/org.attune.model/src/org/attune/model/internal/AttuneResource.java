package org.attune.model.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource of every Attune file (corpus, case, scheme). XMI by default (diff-friendly);
 * a file in EMF's binary format is recognised by its signature when loaded and saved back in
 * binary. Objects are found by their id attribute through a map (not by scanning), and every
 * change is counted so that the autosave knows what changed since it last ran.
 */
public class AttuneResource extends XMIResourceImpl {

    /** First bytes of an EMF binary resource. */
    private static final byte[] BINARY_SIGNATURE = {(byte) 0x89, 'e', 'm', 'f'};

    private boolean binary;
    private volatile long changeCount;

    public AttuneResource(URI uri) {
        super(uri);
        // Scheme and corpus files are looked up by id for every moment that points into them;
        // a case file is only asked for its root, which a scan finds first (no 40 bytes a moment).
        if (uri == null || !"attune-case".equals(uri.fileExtension())) {
            setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        setEncoding("UTF-8");
    }

    /** Whether this resource is saved in EMF's binary format rather than XMI. */
    public boolean isBinary() {
        return binary;
    }

    public void setBinary(boolean binary) {
        this.binary = binary;
    }

    /** Number of changes since the resource was created or loaded; grows by one per model change. */
    public long changeCount() {
        return changeCount;
    }

    /** Loaded files track their changes (for the dirty state, saving and the autosave). */
    @Override
    public void load(Map<?, ?> options) throws IOException {
        super.load(options);
        if (!isTrackingModification()) {
            setTrackingModification(true);
        }
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected Adapter createModificationTrackingAdapter() {
        return new ModificationTrackingAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                if (!notification.isTouch()) {
                    changeCount++;
                }
                super.notifyChanged(notification);
            }
        };
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        InputStream in = inputStream.markSupported() ? inputStream : new BufferedInputStream(inputStream, 1 << 16);
        in.mark(BINARY_SIGNATURE.length);
        byte[] head = in.readNBytes(BINARY_SIGNATURE.length);
        in.reset();
        binary = java.util.Arrays.equals(head, BINARY_SIGNATURE);
        if (head.length == 0) {
            throw new IOException("the file is empty");
        }
        if (binary) {
            new BinaryResourceImpl.EObjectInputStream(in, options).loadResource(this);
        } else {
            super.doLoad(in, options);
        }
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        if (binary) {
            BinaryResourceImpl.EObjectOutputStream out = new BinaryResourceImpl.EObjectOutputStream(outputStream, options);
            out.saveResource(this);
            out.flush();
        } else {
            super.doSave(outputStream, options);
        }
    }
}
