package taizhang.core.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Turns the extensions of one extension point into typed descriptors and keeps them current while
 * bundles come and go. Each extension point gets a thin subclass that says how one configuration
 * element becomes a descriptor.
 * <p>
 * {@link #start()} reads the extensions present and listens for added and removed ones;
 * {@link #stop()} stops listening and forgets them. An element that cannot be turned into a
 * descriptor (missing class, wrong type, bad attribute) is left out and reported in
 * {@link #problems()}, naming the contributing bundle; the other contributions still count.
 *
 * @param <D> the descriptor type
 */
public abstract class RegistryReader<D> implements IRegistryEventListener {

	private final IExtensionRegistry registry;
	private final String extensionPointId;
	/** Descriptors by the extension that contributed them, in the order extensions arrived. */
	private final Map<IExtension, List<D>> descriptors = new LinkedHashMap<>();
	private final List<IStatus> problems = new CopyOnWriteArrayList<>();

	/**
	 * @param registry         the registry to read (the platform's, or one made for a test)
	 * @param extensionPointId the full id of the extension point, e.g. {@code taizhang.core.rules}
	 */
	protected RegistryReader(IExtensionRegistry registry, String extensionPointId) {
		this.registry = Objects.requireNonNull(registry, "registry"); //$NON-NLS-1$
		this.extensionPointId = Objects.requireNonNull(extensionPointId, "extensionPointId"); //$NON-NLS-1$
	}

	/**
	 * Turns one configuration element into a descriptor, or returns {@code null} to skip it (an
	 * element of another name).
	 *
	 * @throws CoreException saying what is wrong with the element
	 */
	protected abstract D createDescriptor(IConfigurationElement element) throws CoreException;

	/** Reads the extensions present and follows the ones added and removed from now on. */
	public final void start() {
		registry.addListener(this, extensionPointId);
		IExtensionPoint point = registry.getExtensionPoint(extensionPointId);
		if (point == null) {
			problems.add(Status.warning("extension point " + extensionPointId + " is not declared")); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		added(point.getExtensions());
	}

	/** Stops following the registry and forgets every descriptor. */
	public final void stop() {
		registry.removeListener(this);
		synchronized (descriptors) {
			descriptors.clear();
		}
	}

	/** The current descriptors, in the order their extensions arrived. */
	public final List<D> descriptors() {
		List<D> all = new ArrayList<>();
		synchronized (descriptors) {
			descriptors.values().forEach(all::addAll);
		}
		return all;
	}

	/** What could not be read, oldest first. */
	public final List<IStatus> problems() {
		return List.copyOf(problems);
	}

	@Override
	public void added(IExtension[] extensions) {
		for (IExtension extension : extensions) {
			List<D> read = new ArrayList<>();
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				try {
					D descriptor = createDescriptor(element);
					if (descriptor != null) {
						read.add(descriptor);
					}
				} catch (CoreException | RuntimeException e) {
					problems.add(Status.error("extension of " + extensionPointId + " by " //$NON-NLS-1$ //$NON-NLS-2$
							+ extension.getContributor().getName() + " ignored: " + e.getMessage(), e)); //$NON-NLS-1$
				}
			}
			synchronized (descriptors) {
				descriptors.put(extension, read);
			}
		}
	}

	@Override
	public void removed(IExtension[] extensions) {
		synchronized (descriptors) {
			for (IExtension extension : extensions) {
				descriptors.remove(extension);
			}
		}
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// only the extensions matter
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// the extensions of a removed point are reported removed on their own
	}
}
