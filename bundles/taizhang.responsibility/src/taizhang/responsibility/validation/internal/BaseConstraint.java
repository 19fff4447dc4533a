package taizhang.responsibility.validation.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.responsibility.internal.Messages;
import taizhang.responsibility.validation.Constraint;
import taizhang.responsibility.validation.Message;

/** A built-in constraint: id {@code taizhang.responsibility.<name>}, label from the bundle's messages. */
abstract class BaseConstraint implements Constraint {

	private final String name;
	private final Set<EClass> targets;
	private Set<EStructuralFeature> reads = Set.of();

	BaseConstraint(String name, EClass... targets) {
		this.name = name;
		this.targets = Set.of(targets);
	}

	/** The features of referenced organizations and people the check reads (none unless set). */
	final BaseConstraint reads(EStructuralFeature... features) {
		reads = Set.of(features);
		return this;
	}

	@Override
	public boolean dependsOn(EStructuralFeature feature) {
		return reads.contains(feature);
	}

	@Override
	public String id() {
		return "taizhang.responsibility." + name; //$NON-NLS-1$
	}

	@Override
	public String label(Locale locale) {
		return Messages.format(locale, "constraint." + name); //$NON-NLS-1$
	}

	@Override
	public Set<EClass> targets() {
		return targets;
	}

	/** The message {@code key} of the bundle's messages, formatted when asked for, in the asked language. */
	static Message message(String key, Object... arguments) {
		return locale -> Messages.format(locale, key, arguments);
	}
}
