package taizhang.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
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
 * Regenerates the EMF code of {@code bundles/taizhang.model} and {@code bundles/taizhang.model.edit}
 * with EMF's own generator, outside Eclipse.
 * <p>
 * Steps: reload the genmodel from the ecore (what Eclipse's "Reload" does: new classes and features
 * get generator settings, existing settings are kept), generate model and edit code into a scratch
 * folder, then copy only {@code src-gen/}, new icons and the edit bundle's label properties into the
 * bundles. Hand-written files (MANIFEST.MF, plugin.xml, build.properties, everything in {@code src/})
 * are never written; the scratch folder keeps the generator's versions of them for comparison.
 */
public final class ModelGen {

	private static final String MODEL_PROJECT = "taizhang.model"; //$NON-NLS-1$
	private static final String EDIT_PROJECT = "taizhang.model.edit"; //$NON-NLS-1$

	private ModelGen() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : "../..").toAbsolutePath().normalize(); //$NON-NLS-1$
		Path bundles = root.resolve("bundles"); //$NON-NLS-1$
		Path modelBundle = bundles.resolve(MODEL_PROJECT);
		Path editBundle = bundles.resolve(EDIT_PROJECT);
		Path genModelFile = modelBundle.resolve("model/taizhang.genmodel"); //$NON-NLS-1$
		if (!Files.isRegularFile(genModelFile)) {
			fail("No genmodel at " + genModelFile + "; pass the repository root as the first argument."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path scratch = root.resolve("releng/taizhang.modelgen/target/gen"); //$NON-NLS-1$
		deleteTree(scratch);

		ResourceSet resourceSet = newResourceSet();
		// The genmodel names its output folders as workspace paths (/taizhang.model/src-gen);
		// outside Eclipse these resolve through the platform resource map, here into the scratch folder.
		EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, folderUri(scratch.resolve(MODEL_PROJECT)));
		EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, folderUri(scratch.resolve(EDIT_PROJECT)));

		GenModel genModel = reload(resourceSet, genModelFile);
		generate(genModel);

		replaceTree(scratch.resolve(MODEL_PROJECT + "/src-gen"), modelBundle.resolve("src-gen")); //$NON-NLS-1$ //$NON-NLS-2$
		replaceTree(scratch.resolve(EDIT_PROJECT + "/src-gen"), editBundle.resolve("src-gen")); //$NON-NLS-1$ //$NON-NLS-2$
		copyMissing(scratch.resolve(EDIT_PROJECT + "/icons"), editBundle.resolve("icons")); //$NON-NLS-1$ //$NON-NLS-2$
		EditProperties.write(scratch.resolve(EDIT_PROJECT + "/plugin.properties"), //$NON-NLS-1$
				modelBundle.resolve("src/taizhang/model/labels"), editBundle); //$NON-NLS-1$

		System.out.println("Generated " + MODEL_PROJECT + "/src-gen and " + EDIT_PROJECT //$NON-NLS-1$ //$NON-NLS-2$
				+ "/src-gen. The generator's MANIFEST.MF, plugin.xml and build.properties are in " + scratch //$NON-NLS-1$
				+ " for comparison; the bundles' own copies were not touched."); //$NON-NLS-1$
	}

	private static ResourceSet newResourceSet() {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		return resourceSet;
	}

	/**
	 * Builds a fresh genmodel from the ecore and carries the old genmodel's settings over, then saves
	 * it, so the genmodel always covers every class and feature of the ecore.
	 */
	private static GenModel reload(ResourceSet resourceSet, Path genModelFile) throws IOException {
		URI genModelUri = URI.createFileURI(genModelFile.toString());
		Resource oldResource = resourceSet.getResource(genModelUri, true);
		GenModel oldGenModel = (GenModel) oldResource.getContents().get(0);
		List<EPackage> ePackages = oldGenModel.getGenPackages().stream().map(p -> p.getEcorePackage()).toList();
		for (EPackage ePackage : ePackages) {
			if (ePackage == null || ePackage.eIsProxy()) {
				fail("The genmodel " + genModelFile + " refers to an ecore that cannot be loaded."); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Diagnostic ecoreDiagnostic = new org.eclipse.emf.ecore.util.Diagnostician().validate(ePackages.get(0));
		if (ecoreDiagnostic.getSeverity() >= Diagnostic.ERROR) {
			fail("The ecore is invalid:\n" + describe(ecoreDiagnostic)); //$NON-NLS-1$
		}

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(ePackages);
		// In memory only, beside the old one, so that relative references resolve alike.
		Resource newResource = resourceSet.createResource(genModelUri.trimSegments(1).appendSegment("reload.genmodel")); //$NON-NLS-1$
		newResource.getContents().add(genModel);
		genModel.reconcile(oldGenModel);
		// Keep the foreign model reference the way Eclipse's importer writes it.
		genModel.getForeignModel().clear();
		genModel.getForeignModel().addAll(oldGenModel.getForeignModel());

		oldResource.getContents().clear();
		oldResource.getContents().add(genModel);
		resourceSet.getResources().remove(newResource);
		oldResource.save(Collections.emptyMap());

		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			fail("The genmodel is invalid:\n" + describe(diagnostic)); //$NON-NLS-1$
		}
		return genModel;
	}

	private static void generate(GenModel genModel) {
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				fail("Generation failed (" + projectType + "):\n" + describe(diagnostic)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append("\n  ").append(describe(child)); //$NON-NLS-1$
		}
		if (diagnostic.getException() != null) {
			text.append("\n  ").append(diagnostic.getException()); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static URI folderUri(Path folder) {
		return URI.createFileURI(folder.toString() + "/"); //$NON-NLS-1$
	}

	static void fail(String message) {
		System.err.println("modelgen: " + message); //$NON-NLS-1$
		System.exit(1);
	}

	/** Replaces {@code target} by a copy of {@code source}, so that code of removed classes goes too. */
	private static void replaceTree(Path source, Path target) throws IOException {
		if (!Files.isDirectory(source)) {
			fail("The generator wrote nothing to " + source); //$NON-NLS-1$
		}
		deleteTree(target);
		copyTree(source, target, true);
	}

	/** Copies files that do not exist yet: icons replaced by hand stay. */
	private static void copyMissing(Path source, Path target) throws IOException {
		if (Files.isDirectory(source)) {
			copyTree(source, target, false);
		}
	}

	private static void copyTree(Path source, Path target, boolean overwrite) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				} else if (overwrite || !Files.exists(to)) {
					Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> {
				try {
					Files.delete(file);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
