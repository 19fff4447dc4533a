package taizhang.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import taizhang.model.provider.ModelItemProviderAdapterFactory;

/**
 * The EMF.Edit item providers of the ledger model. A session's editing domain brings its own
 * adapter factory; without one, the caller makes (and disposes) a factory of the model's item
 * providers.
 */
public final class ItemProviders {

	private ItemProviders() {
	}

	/** The domain's adapter factory, or {@code null} if it has none. */
	public static AdapterFactory domainFactory(EditingDomain domain) {
		return domain instanceof AdapterFactoryEditingDomain afed ? afed.getAdapterFactory() : null;
	}

	/** A new factory of the model's item providers, falling back to reflective ones for other models. */
	public static ComposedAdapterFactory newAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ModelItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	public static IItemLabelProvider labelProvider(AdapterFactory factory, Object object) {
		Object adapter = factory.adapt(object, IItemLabelProvider.class);
		return adapter instanceof IItemLabelProvider provider ? provider : null;
	}

	public static IItemPropertySource propertySource(AdapterFactory factory, Object object) {
		Object adapter = factory.adapt(object, IItemPropertySource.class);
		return adapter instanceof IItemPropertySource source ? source : null;
	}
}
