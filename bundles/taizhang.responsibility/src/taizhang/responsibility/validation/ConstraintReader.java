package taizhang.responsibility.validation;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Status;

import taizhang.core.registry.RegistryReader;

/** Reads the {@code constraint} elements of {@value Constraints#EXTENSION_POINT}: see {@code schema/constraints.exsd}. */
final class ConstraintReader extends RegistryReader<ConstraintDescriptor> {

	static final String ELEMENT = "constraint"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	ConstraintReader(IExtensionRegistry registry) {
		super(registry, Constraints.EXTENSION_POINT);
	}

	@Override
	protected ConstraintDescriptor createDescriptor(IConfigurationElement element) throws CoreException {
		if (!ELEMENT.equals(element.getName())) {
			return null;
		}
		String className = element.getAttribute(CLASS);
		String contributor = element.getContributor().getName();
		if (className == null || className.isBlank()) {
			throw new CoreException(Status.error("a constraint of " + contributor + " has no class")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Object created = element.createExecutableExtension(CLASS);
		if (!(created instanceof Constraint constraint)) {
			throw new CoreException(Status.error(className + " of " + contributor //$NON-NLS-1$
					+ " does not implement " + Constraint.class.getName())); //$NON-NLS-1$
		}
		if (constraint.id() == null || constraint.id().isBlank()) {
			throw new CoreException(Status.error(className + " of " + contributor + " has no id")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (constraint.targets() == null || constraint.targets().isEmpty()) {
			throw new CoreException(Status.error(className + " of " + contributor + " has no target class")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new ConstraintDescriptor(contributor, className, constraint);
	}
}
