package taizhang.ui.internal.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.DeviceResourceException;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images item providers return (URLs, composed images) into SWT images, created once and
 * disposed with this object.
 */
final class ItemImages {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final Map<Object, Image> cache = new HashMap<>();

	Image get(IItemLabelProvider provider, Object element) {
		Object key;
		try {
			key = provider.getImage(element);
		} catch (RuntimeException e) {
			// An item provider whose icon file is missing: show no icon rather than fail the view.
			return null;
		}
		if (key == null) {
			return null;
		}
		// URL.equals may resolve host names; bundle URLs compare fine as text.
		Object cacheKey = key instanceof URL url ? url.toExternalForm() : key;
		if (cache.containsKey(cacheKey)) {
			return cache.get(cacheKey);
		}
		Image image = create(key);
		cache.put(cacheKey, image);
		return image;
	}

	void dispose() {
		cache.clear();
		resources.dispose();
	}

	private Image create(Object key) {
		ImageDescriptor descriptor = descriptor(key);
		if (descriptor == null) {
			return null;
		}
		try {
			return resources.create(descriptor);
		} catch (DeviceResourceException e) {
			return null;
		}
	}

	private static ImageDescriptor descriptor(Object key) {
		if (key instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (key instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (key instanceof ComposedImage composed) {
			// Overlays (e.g. a "new" decoration) are not worth composing here: use the base image.
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : descriptor(images.get(0));
		}
		return null;
	}
}
