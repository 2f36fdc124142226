package org.attune.model.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** Creates {@link AttuneResource}s, and holds the load and save options that make them fast. */
public class AttuneResourceFactory extends ResourceFactoryImpl {

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
    private static final Map<Object, Object> NAME_TO_FEATURE = new HashMap<>();

    @Override
    public Resource createResource(URI uri) {
        return new AttuneResource(uri);
    }

    /** Options for reading Attune files. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_URI_HANDLER, new CachingUriHandler());
        putBinaryBuffers(options);
        return options;
    }

    /** EMF binary reads and writes through small buffers by default; big cases want big ones. */
    private static void putBinaryBuffers(Map<Object, Object> options) {
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16);
    }

    /** Options for writing Attune files. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        options.put(XMLResource.OPTION_URI_HANDLER, new CachingUriHandler());
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, null);
        putBinaryBuffers(options);
        return options;
    }
}
