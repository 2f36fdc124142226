package org.attune.model.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * Resolves and deresolves references relative to the file being read or written, remembering
 * each answer: a case's 100,000 moments point at a few dozen codes and coders, so the same
 * URIs come back over and over (measured: a large share of XMI load and save time otherwise).
 * The caches are emptied whenever the base (the file read or written) changes.
 */
public class CachingUriHandler extends URIHandlerImpl {

    private final Map<URI, URI> resolved = new HashMap<>();
    private final Map<URI, URI> deresolved = new HashMap<>();

    @Override
    public void setBaseURI(URI uri) {
        if (baseURI == null || !baseURI.equals(uri)) {
            resolved.clear();
            deresolved.clear();
        }
        super.setBaseURI(uri);
    }

    @Override
    public URI resolve(URI uri) {
        return resolved.computeIfAbsent(uri, super::resolve);
    }

    @Override
    public URI deresolve(URI uri) {
        return deresolved.computeIfAbsent(uri, super::deresolve);
    }
}
