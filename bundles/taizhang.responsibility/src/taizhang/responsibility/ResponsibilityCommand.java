package taizhang.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.responsibility.internal.Messages;

/**
 * One undoable edit of the responsibility structure, made of EMF.Edit's primitive commands.
 * <p>
 * What the command does is planned from the ledger as it is when the command is first asked whether
 * it can execute (which the command stack does just before executing it). A command that must not
 * execute says why in {@link #refusal(Locale)}, naming the unit, person or issue, and changes nothing.
 */
public abstract class ResponsibilityCommand extends CompoundCommand {

	private final EditingDomain domain;
	private final List<Object> affected = new ArrayList<>();
	private String refusalKey;
	private Object[] refusalArguments;

	protected ResponsibilityCommand(EditingDomain domain, String labelKey, Object... labelArguments) {
		super(Messages.format(Locale.getDefault(), labelKey, labelArguments));
		this.domain = Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
	}

	protected EditingDomain domain() {
		return domain;
	}

	/**
	 * Decides what the command does from the current ledger: appends its steps with
	 * {@link #set}, {@link #add} and {@link #remove}, or calls {@link #refuse}. Called once.
	 */
	protected abstract void plan();

	/** Marks the command as not executable, for the reason {@code key} of the bundle's messages. */
	protected final void refuse(String key, Object... arguments) {
		if (refusalKey == null) {
			refusalKey = key;
			refusalArguments = arguments;
		}
	}

	/** Why the command cannot execute, in the language of {@code locale}; {@code null} if it can. */
	public String refusal(Locale locale) {
		canExecute();
		return refusalKey == null ? null : Messages.format(locale, refusalKey, refusalArguments);
	}

	@Override
	protected boolean prepare() {
		plan();
		if (refusalKey == null && commandList.isEmpty()) {
			refuse("refusal.nothingToDo"); //$NON-NLS-1$
		}
		if (refusalKey != null) {
			return false;
		}
		if (!super.prepare()) {
			refuse("refusal.invalid"); //$NON-NLS-1$
			return false;
		}
		return true;
	}

	@Override
	public void execute() {
		if (!canExecute()) {
			throw new IllegalStateException(refusal(Locale.ENGLISH));
		}
		super.execute();
	}

	/** The objects the command is about (for the UI to select after it ran). */
	@Override
	public Collection<?> getAffectedObjects() {
		return List.copyOf(affected);
	}

	protected final void affects(Object object) {
		if (object != null && !affected.contains(object)) {
			affected.add(object);
		}
	}

	protected final void set(EObject owner, EStructuralFeature feature, Object value) {
		append(SetCommand.create(domain, owner, feature, value));
	}

	/** Replaces the element at {@code index} of a many-valued feature. */
	protected final void setAt(EObject owner, EStructuralFeature feature, Object value, int index) {
		append(SetCommand.create(domain, owner, feature, value, index));
	}

	protected final void add(EObject owner, EStructuralFeature feature, Object value) {
		append(AddCommand.create(domain, owner, feature, value));
	}

	protected final void remove(EObject owner, EStructuralFeature feature, Object value) {
		append(RemoveCommand.create(domain, owner, feature, value));
	}
}
