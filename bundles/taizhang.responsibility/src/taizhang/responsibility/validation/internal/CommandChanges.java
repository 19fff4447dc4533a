package taizhang.responsibility.validation.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AbstractOverrideableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * What an executed (or undone, or redone) command touched, read from the command itself: the objects
 * whose features it set, added to or removed from, with those features, and the objects it put in,
 * took out or pointed to. Compound commands and wrappers are followed down to EMF.Edit's primitive
 * commands; of any other command only its affected objects are known.
 */
public final class CommandChanges {

	/** Changed objects, with the features that changed; in the order met. */
	public final Map<EObject, Set<EStructuralFeature>> owners = new LinkedHashMap<>();
	/** Objects a containment put in or took out: each is checked with all it contains. */
	public final Set<EObject> contained = identitySet();
	/** Objects a reference pointed to, before or after. */
	public final Set<EObject> referenced = identitySet();

	private CommandChanges() {
	}

	public static CommandChanges of(Command command) {
		CommandChanges changes = new CommandChanges();
		changes.walk(command);
		return changes;
	}

	private void walk(Command command) {
		if (command instanceof AbstractOverrideableCommand overrideable && overrideable.getOverride() != null) {
			walk(overrideable.getOverride());
		}
		switch (command) {
			case null -> {
				// nothing
			}
			case CompoundCommand compound -> compound.getCommandList().forEach(this::walk);
			case CommandWrapper wrapper -> walk(wrapper.getCommand());
			case SetCommand set -> {
				changed(set.getOwner(), set.getFeature());
				values(set.getFeature(), set.getOwner(), set.getValue());
				values(set.getFeature(), set.getOwner(), set.getOldValue());
			}
			case AddCommand add -> {
				changed(add.getOwner(), add.getFeature());
				values(add.getFeature(), add.getOwner(), add.getCollection());
			}
			case RemoveCommand remove -> {
				changed(remove.getOwner(), remove.getFeature());
				values(remove.getFeature(), remove.getOwner(), remove.getCollection());
			}
			case ReplaceCommand replace -> {
				changed(replace.getOwner(), replace.getFeature());
				values(replace.getFeature(), replace.getOwner(), replace.getValue());
				values(replace.getFeature(), replace.getOwner(), replace.getCollection());
			}
			case MoveCommand move -> changed(move.getOwner(), move.getFeature());
			default -> {
				for (Object affected : command.getAffectedObjects()) {
					if (affected instanceof EObject object) {
						changed(object, null);
					}
				}
			}
		}
	}

	private void changed(EObject owner, EStructuralFeature feature) {
		if (owner != null) {
			Set<EStructuralFeature> features = owners.computeIfAbsent(owner, o -> identitySet());
			if (feature != null) {
				features.add(feature);
			}
		}
	}

	private void values(EStructuralFeature feature, EObject owner, Object value) {
		if (value instanceof Collection<?> values) {
			for (Object element : values) {
				value(feature, owner, element);
			}
		} else {
			value(feature, owner, value);
		}
	}

	private void value(EStructuralFeature feature, EObject owner, Object value) {
		if (!(value instanceof EObject object) || !(feature instanceof EReference reference)) {
			return;
		}
		if (reference.isContainment()) {
			contained.add(object);
		} else {
			referenced.add(object);
			// the other end of a bidirectional reference changed too (a unit's children: its children's parent)
			if (reference.getEOpposite() != null && owner != null) {
				changed(object, reference.getEOpposite());
			}
		}
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
