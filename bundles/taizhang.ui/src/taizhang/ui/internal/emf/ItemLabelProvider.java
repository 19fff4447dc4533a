package taizhang.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over the item providers' {@link IItemLabelProvider}: text and icon of a
 * model object, in the user's language. The small counterpart of EMF.Edit UI's
 * AdapterFactoryLabelProvider, which is not available here.
 */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images = new ItemImages();

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = ItemProviders.labelProvider(adapterFactory, element);
		if (provider != null) {
			String text = provider.getText(element);
			if (text != null) {
				return text;
			}
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = ItemProviders.labelProvider(adapterFactory, element);
		return provider == null ? null : images.get(provider, element);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
