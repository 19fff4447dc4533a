package taizhang.ui.internal.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

import taizhang.core.LedgerSession;
import taizhang.ui.LedgerSessionService;

/**
 * Adapts model objects to {@link IPropertySource} for the Properties view (registered in
 * plugin.xml). Objects of the open, writable ledger are edited through its editing domain; any
 * other object is shown read-only.
 */
public class PropertySourceAdapterFactory implements IAdapterFactory {

	private AdapterFactory fallbackFactory;

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptableObject instanceof EObject eObject)) {
			return null;
		}
		LedgerSession session = sessionOf(eObject);
		EditingDomain domain = session == null ? null : session.editingDomain();
		AdapterFactory factory = ItemProviders.domainFactory(domain);
		if (factory == null) {
			factory = fallbackFactory();
		}
		IItemPropertySource itemSource = ItemProviders.propertySource(factory, eObject);
		if (itemSource == null) {
			return null;
		}
		EditingDomain editing = session == null || session.isReadOnly() ? null : domain;
		return adapterType.cast(new ItemPropertySource(eObject, itemSource, editing));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	/** The open session whose ledger contains {@code eObject}, or {@code null}. */
	private static LedgerSession sessionOf(EObject eObject) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		LedgerSessionService sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		if (sessions == null) {
			return null;
		}
		LedgerSession session = sessions.current().orElse(null);
		return session != null && EcoreUtil.getRootContainer(eObject) == session.ledger() ? session : null;
	}

	private synchronized AdapterFactory fallbackFactory() {
		if (fallbackFactory == null) {
			fallbackFactory = ItemProviders.newAdapterFactory();
		}
		return fallbackFactory;
	}
}
