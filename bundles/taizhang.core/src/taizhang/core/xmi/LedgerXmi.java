package taizhang.core.xmi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.SAXParseException;

import taizhang.core.LedgerStoreException;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;

/**
 * A whole ledger as plain XMI, for exchange with other EMF tools. Objects refer to each other by
 * their ids, so an exported ledger imports with every reference intact.
 */
public final class LedgerXmi {

	private LedgerXmi() {
	}

	/**
	 * Writes {@code ledger} with everything it contains to {@code file} (UTF-8 XMI). The file is
	 * written under a temporary name and renamed at the end, so a failure leaves no half file.
	 */
	public static void exportTo(Ledger ledger, Path file) throws LedgerStoreException {
		Path temp = file.resolveSibling("." + file.getFileName() + ".writing"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.TRUE);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				Resource own = ledger.eResource();
				if (own instanceof XMLResource xml && own.getContents().size() == 1) {
					// The ledger's own resource writes it in place: no copy of a large ledger.
					xml.save(out, options);
				} else {
					XMLResource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
					resource.getContents().add(EcoreUtil.copy(ledger));
					resource.save(out, options);
				}
			}
			try {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException ignored) {
				// the message below is what matters
			}
			throw new LedgerStoreException(file, Messages.format("cannotWrite", file, describe(e)), e); //$NON-NLS-1$
		}
	}

	/**
	 * Reads a ledger from an XMI file. The returned ledger belongs to no resource, ready to be
	 * passed to {@link taizhang.core.LedgerStore#create}.
	 *
	 * @throws LedgerStoreException naming the file and, for malformed XMI, the line and column
	 */
	public static Ledger importFrom(Path file) throws LedgerStoreException {
		if (!Files.isRegularFile(file)) {
			throw new LedgerStoreException(file, Messages.format("missing", file)); //$NON-NLS-1$
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		// With a map, each id is found once instead of by walking the whole ledger per reference.
		((XMIResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		try {
			resource.load(options);
		} catch (IOException | RuntimeException e) {
			throw failure(file, resource, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw failure(file, resource, null);
		}
		if (resource.getContents().isEmpty()) {
			throw new LedgerStoreException(file, Messages.format("noLedger", file)); //$NON-NLS-1$
		}
		if (resource.getContents().size() > 1) {
			throw new LedgerStoreException(file,
					Messages.format("severalRoots", file, resource.getContents().size())); //$NON-NLS-1$
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof Ledger ledger)) {
			throw new LedgerStoreException(file, Messages.format("notLedger", file, root.eClass().getName())); //$NON-NLS-1$
		}
		resource.getContents().remove(ledger);
		return ledger;
	}

	/** The first problem, with its line and column where the parser knows them. */
	private static LedgerStoreException failure(Path file, Resource resource, Exception thrown) {
		for (Resource.Diagnostic d : resource.getErrors()) {
			if (d.getLine() > 0) {
				return new LedgerStoreException(file,
						Messages.format("badXmi", file, d.getLine(), d.getColumn(), text(d)), thrown); //$NON-NLS-1$
			}
		}
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException sax) {
				return new LedgerStoreException(file, Messages.format("badXmi", file, sax.getLineNumber(), //$NON-NLS-1$
						sax.getColumnNumber(), sax.getMessage()), thrown);
			}
			if (t instanceof Resource.Diagnostic d && d.getLine() > 0) {
				return new LedgerStoreException(file,
						Messages.format("badXmi", file, d.getLine(), d.getColumn(), text(d)), thrown); //$NON-NLS-1$
			}
		}
		String reason = thrown != null ? describe(thrown)
				: resource.getErrors().isEmpty() ? "?" : resource.getErrors().get(0).getMessage(); //$NON-NLS-1$
		return new LedgerStoreException(file, Messages.format("cannotRead", file, reason), thrown); //$NON-NLS-1$
	}

	/** A diagnostic's own words, without the "(file, line, column)" that the message above gives. */
	private static String text(Resource.Diagnostic d) {
		if (d instanceof Throwable t && t.getCause() instanceof SAXParseException sax) {
			return sax.getMessage();
		}
		String message = String.valueOf(d.getMessage());
		String suffix = " (" + d.getLocation() + ", " + d.getLine() + ", " + d.getColumn() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
	}

	private static String describe(Exception e) {
		return e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
	}
}
