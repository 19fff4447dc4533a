package taizhang.store.sqlite.tests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.core.LedgerStore;
import taizhang.model.ModelPackage;
import taizhang.store.sqlite.SqliteLedgerStore;

/**
 * Starts {@link ChildProcess} in another JVM with the same java. The class path is rebuilt from
 * where the needed classes were loaded, which works on a plain class path and in an OSGi test
 * runtime alike (there {@code java.class.path} holds only the launcher).
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static Process start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add("-cp");
		command.add(classpath());
		command.add(ChildProcess.class.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static String classpath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> anchor : List.of(ChildProcess.class, SqliteLedgerStore.class, LedgerStore.class,
				ModelPackage.class, EObject.class, Notifier.class, XMIResource.class, EditingDomain.class,
				org.sqlite.JDBC.class, NLS.class)) {
			entries.add(location(anchor).toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Path location(Class<?> anchor) {
		URL url = anchor.getProtectionDomain().getCodeSource().getLocation();
		String text = url.toString();
		if (text.startsWith("reference:")) {
			text = text.substring("reference:".length());
		}
		try {
			Path path = Path.of(new URI(text));
			String classFile = anchor.getName().replace('.', '/') + ".class";
			// A bundle project run from its folder keeps its classes in target/classes.
			if (Files.isDirectory(path) && !Files.exists(path.resolve(classFile))
					&& Files.exists(path.resolve("target/classes").resolve(classFile))) {
				path = path.resolve("target/classes");
			}
			return path;
		} catch (URISyntaxException e) {
			throw new IllegalStateException(text, e);
		}
	}
}
