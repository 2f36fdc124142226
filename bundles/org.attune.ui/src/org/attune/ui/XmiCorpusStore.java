package org.attune.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * A corpus folder as plain EMF XMI files: {@value #CORPUS_FILE}, {@code cases/ID.attune-case},
 * {@code schemes/ID.attune-scheme}. Each file is written to a temporary file, forced to disk
 * and renamed over the old one, which is kept as {@code NAME.bak}.
 *
 * <p>The workbench's stand-in until the model's own corpus store is available; both read and
 * write the same layout.
 */
public final class XmiCorpusStore implements CorpusStore {

    public static final String CORPUS_FILE = "corpus.attune";

    @Override
    public Corpus load(Path folder, ResourceSet resourceSet) throws IOException {
        Path file = folder.resolve(CORPUS_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("No corpus in " + folder + ": " + CORPUS_FILE + " is missing");
        }
        prepare(resourceSet);
        Resource resource;
        try {
            resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException("Cannot read " + file + ": " + cause.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new IOException("Cannot read " + file + ": it holds no corpus");
        }
        return corpus;
    }

    @Override
    public void save(Collection<Resource> resources) throws IOException {
        for (Resource resource : resources) {
            saveAtomically(resource);
        }
    }

    /** Writes a new corpus (built in memory) into an empty folder, one file per case and scheme. */
    public static void create(Path folder, Corpus corpus) throws IOException {
        ResourceSet set = prepare(new ResourceSetImpl());
        List<Resource> resources = new ArrayList<>();
        Resource corpusResource = set.createResource(fileUri(folder.resolve(CORPUS_FILE)));
        corpusResource.getContents().add(corpus);
        resources.add(corpusResource);
        for (CodingScheme scheme : corpus.getSchemes()) {
            Resource r = set.createResource(fileUri(folder.resolve("schemes/" + scheme.getId() + ".attune-scheme")));
            r.getContents().add(scheme);
            resources.add(r);
        }
        for (Case c : corpus.getCases()) {
            Resource r = set.createResource(fileUri(folder.resolve("cases/" + c.getId() + ".attune-case")));
            r.getContents().add(c);
            resources.add(r);
        }
        new XmiCorpusStore().save(resources);
    }

    private static URI fileUri(Path path) {
        return URI.createFileURI(path.toAbsolutePath().toString());
    }

    private static ResourceSet prepare(ResourceSet set) {
        set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }

    private static void saveAtomically(Resource resource) throws IOException {
        Path file = Path.of(resource.getURI().toFileString());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            resource.save(out, options);
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (Files.exists(file)) {
            Files.copy(file, dir.resolve(file.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        resource.setModified(false);
    }
}
