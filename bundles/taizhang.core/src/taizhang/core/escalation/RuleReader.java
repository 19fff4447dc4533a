package taizhang.core.escalation;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Status;

import taizhang.core.registry.RegistryReader;

/** Reads the {@code rule} elements of {@code taizhang.core.rules}: see {@code schema/rules.exsd}. */
final class RuleReader extends RegistryReader<RuleDescriptor> {

	static final String ELEMENT = "rule"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	RuleReader(IExtensionRegistry registry) {
		super(registry, EscalationService.EXTENSION_POINT);
	}

	@Override
	protected RuleDescriptor createDescriptor(IConfigurationElement element) throws CoreException {
		if (!ELEMENT.equals(element.getName())) {
			return null;
		}
		String className = element.getAttribute(CLASS);
		String contributor = element.getContributor().getName();
		if (className == null || className.isBlank()) {
			throw new CoreException(Status.error("a rule of " + contributor + " has no class")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Object created = element.createExecutableExtension(CLASS);
		if (!(created instanceof EscalationRule rule)) {
			throw new CoreException(Status.error(className + " of " + contributor //$NON-NLS-1$
					+ " does not implement " + EscalationRule.class.getName())); //$NON-NLS-1$
		}
		if (rule.id() == null || rule.id().isBlank()) {
			throw new CoreException(Status.error(className + " of " + contributor + " has no id")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new RuleDescriptor(contributor, className, rule);
	}
}
