package org.attune.schemes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.model.CodingScheme;
import org.attune.model.store.CorpusStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Every coding scheme Attune can offer: those of all {@link CodingSchemeProvider} services
 * (the built-in VIG and VIPP-SD, and any other bundle's), and the scheme files in a corpus's
 * {@code schemes/} folder. An OSGi service; {@link #SchemeCatalog(List)} builds one without OSGi.
 */
@Component(service = SchemeCatalog.class)
public class SchemeCatalog {

    private final List<CodingSchemeProvider> providers = new CopyOnWriteArrayList<>();

    public SchemeCatalog() {
    }

    /** A catalog of fixed providers (tests, tools outside OSGi). */
    public SchemeCatalog(List<CodingSchemeProvider> providers) {
        this.providers.addAll(providers);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(CodingSchemeProvider provider) {
        providers.add(provider);
    }

    public void removeProvider(CodingSchemeProvider provider) {
        providers.remove(provider);
    }

    /** The schemes of the providers, sorted by id. */
    public List<AvailableScheme> available() {
        List<AvailableScheme> result = new ArrayList<>();
        for (CodingSchemeProvider provider : providers) {
            for (CodingScheme scheme : provider.schemes()) {
                result.add(new AvailableScheme(scheme, provider.origin(), null));
            }
        }
        result.sort(Comparator.comparing(AvailableScheme::id));
        return result;
    }

    /**
     * The schemes of the providers and of a corpus's {@code schemes/} folder (a corpus scheme
     * with the id of a provided one is listed as well: it is the corpus's own, possibly edited, copy).
     *
     * @throws IOException when a scheme file in the folder cannot be read (the message names it)
     */
    public List<AvailableScheme> available(Path corpusFolder) throws IOException {
        List<AvailableScheme> result = available();
        if (corpusFolder != null) {
            Path folder = corpusFolder.resolve(CorpusStore.SCHEMES_FOLDER);
            try (var files = java.nio.file.Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("." + CorpusStore.SCHEME_EXTENSION))
                        .sorted().toList()) {
                    result.add(new AvailableScheme(CorpusStore.readScheme(file), "corpus", file));
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // a corpus without a schemes folder has no schemes of its own
            }
        }
        return result;
    }

    /** A scheme by id; the corpus's own copy wins over a provided one. */
    public Optional<AvailableScheme> find(String id, Path corpusFolder) throws IOException {
        Optional<AvailableScheme> found = Optional.empty();
        for (AvailableScheme scheme : available(corpusFolder)) {
            if (scheme.id().equals(id)) {
                found = Optional.of(scheme); // later entries (corpus) override earlier ones
            }
        }
        return found;
    }
}
