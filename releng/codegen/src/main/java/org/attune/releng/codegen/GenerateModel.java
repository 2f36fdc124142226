package org.attune.releng.codegen;

import java.io.File;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of a bundle from its {@code model/*.ecore} without
 * the Eclipse IDE: the genmodel is first reloaded from the .ecore (like "Reload" in the IDE,
 * keeping its settings), then the model and edit code are generated into the bundle's
 * {@code src/}. Hand-written methods marked {@code @generated NOT} are kept (JMerge).
 *
 * <p>Usage: {@code GenerateModel <bundle folder> <genmodel path relative to it>}
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateModel <bundle folder> <genmodel path in the bundle>");
            System.exit(2);
        }
        File bundle = new File(args[0]).getCanonicalFile();
        String bundleName = bundle.getName();

        // platform:/resource/<bundle>/ is how the genmodel names its folders; map it to the disk.
        EcorePlugin.getPlatformResourceMap().put(bundleName,
                URI.createFileURI(bundle.getPath() + File.separator));
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI genModelUri = URI.createPlatformResourceURI(bundleName + "/" + args[1], true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel oldGenModel = (GenModel) genModelResource.getContents().get(0);

        // Reload: a fresh genmodel from the current .ecore, reconciled with the old settings.
        List<EPackage> ePackages = new java.util.ArrayList<>();
        for (GenPackage genPackage : oldGenModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage.eIsProxy()) {
                throw new IllegalStateException("cannot load the .ecore of " + genPackage.getPrefix());
            }
            ePackages.add(ePackage);
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModelResource.getContents().add(genModel);
        genModel.initialize(ePackages);
        genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
        genModel.reconcile(oldGenModel);
        genModelResource.getContents().remove(oldGenModel);
        applyConventions(genModel);
        genModelResource.save(Collections.emptyMap());

        genModel.setCanGenerate(true);
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("the genmodel is not valid: " + describe(validation));
        }

        Generator generator = new Generator();
        // In the IDE an extension point registers the GenModel generators; standalone, we do.
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : new String[] {GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE}) {
            Diagnostic result = generator.generate(genModel, projectType,
                    new BasicMonitor.Printing(System.out));
            if (result.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("generating " + projectType + " code failed: " + describe(result));
            }
            if (result.getSeverity() != Diagnostic.OK) {
                System.out.println(describe(result));
            }
        }
        System.out.println("generated model and edit code into " + bundle);
    }

    /** Settings every Attune genmodel has, whatever the IDE or a reload left in it. */
    private static void applyConventions(GenModel genModel) {
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        genModel.setContainmentProxies(true);
        genModel.setOperationReflection(true);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setResource(GenResourceKind.NONE_LITERAL);
            // Item providers label objects by what users read (a code's label, a case's title), not by ids.
            for (GenClass genClass : genPackage.getGenClasses()) {
                for (String name : new String[] {"label", "title", "name", "role"}) {
                    GenFeature feature = genClass.getGenFeatures().stream()
                            .filter(f -> f.getName().equals(name)).findFirst().orElse(null);
                    if (feature != null) {
                        genClass.setLabelFeature(feature);
                        break;
                    }
                }
            }
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        if (diagnostic.getException() != null) {
            text.append("\n  ").append(diagnostic.getException());
        }
        return text.toString();
    }
}
