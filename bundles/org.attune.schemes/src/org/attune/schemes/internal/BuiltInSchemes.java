package org.attune.schemes.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.attune.model.CodingScheme;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.CodingSchemeProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * The schemes shipped with Attune, read from this bundle's {@code schemes/} folder (XMI files a
 * lab can read and copy; they are data, not code).
 */
@Component(service = CodingSchemeProvider.class)
public class BuiltInSchemes implements CodingSchemeProvider {

    /** The built-in scheme files, for use without OSGi. */
    static final List<String> FILES = List.of("schemes/vig.attune-scheme", "schemes/vipp-sd.attune-scheme");

    private volatile List<CodingScheme> schemes;

    @Override
    public String origin() {
        return "built-in";
    }

    @Override
    public List<CodingScheme> schemes() {
        List<CodingScheme> loaded = schemes;
        if (loaded == null) {
            try {
                loaded = Collections.unmodifiableList(load());
            } catch (IOException e) {
                throw new UncheckedIOException("a built-in scheme of Attune is damaged: " + e.getMessage(), e);
            }
            schemes = loaded;
        }
        return loaded;
    }

    private static List<CodingScheme> load() throws IOException {
        List<URL> urls = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(BuiltInSchemes.class);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries("schemes", "*.attune-scheme", false);
            while (entries != null && entries.hasMoreElements()) {
                urls.add(entries.nextElement());
            }
            urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        } else {
            for (String file : FILES) {
                URL url = BuiltInSchemes.class.getClassLoader().getResource(file);
                if (url != null) {
                    urls.add(url);
                }
            }
        }
        List<CodingScheme> result = new ArrayList<>();
        for (URL url : urls) {
            result.add(CorpusStore.readScheme(url));
        }
        return result;
    }
}
