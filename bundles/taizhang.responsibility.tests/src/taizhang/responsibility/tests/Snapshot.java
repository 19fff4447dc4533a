package taizhang.responsibility.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import taizhang.model.Ledger;

/** The whole ledger as XMI text: equal texts, equal ledgers (for checking that undo restores all). */
final class Snapshot {

	private Snapshot() {
	}

	static String of(Ledger ledger) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("snapshot.xmi")); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(ledger));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
