package taizhang.store.sqlite.internal;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource that holds an open ledger. It is an XMI resource so that the model can be exported
 * as XMI straight from it ({@code save(OutputStream, options)}), but saving to its own URI does
 * nothing: every change is already in the ledger file when its command returns.
 */
final class LedgerResource extends XMIResourceImpl {

	private RecordIndex index;
	private RecordCodec codec;

	LedgerResource(URI uri) {
		super(uri);
		setTrackingModification(false);
	}

	void setIndex(RecordIndex index, RecordCodec codec) {
		this.index = index;
		this.codec = codec;
	}

	/** Changes are written as they happen; there is nothing left to save. */
	@Override
	public void save(Map<?, ?> options) {
		// deliberately nothing
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		if (!isLoaded()) {
			throw new IOException("a ledger resource is filled by the ledger store, not loaded"); //$NON-NLS-1$
		}
	}

	/** Ids are looked up in the store's index rather than by walking the whole ledger. */
	@Override
	protected EObject getEObjectByID(String id) {
		EObject o = index != null ? index.owner(id, codec) : null;
		return o != null ? o : super.getEObjectByID(id);
	}

	/**
	 * No per-object bookkeeping when objects are attached: the resource keeps no id map and tracks
	 * no modification, and walking two million objects would slow opening for nothing.
	 */
	@Override
	protected boolean isAttachedDetachedHelperRequired() {
		return false;
	}
}
