package taizhang.responsibility.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;

import taizhang.responsibility.validation.internal.BuiltInConstraints;

/**
 * The constraints a ledger is validated against.
 * <p>
 * Under OSGi they are those contributed to the extension point {@value #EXTENSION_POINT}
 * ({@link #fromRegistry(IExtensionRegistry)}, which follows bundles coming and going), Taizhang's own
 * included; elsewhere, as in tests and plain Java, they are given directly
 * ({@link #Constraints(Collection)}, {@link #builtIn()}).
 */
public final class Constraints implements AutoCloseable {

	/** The full id of the extension point through which constraints are contributed. */
	public static final String EXTENSION_POINT = "taizhang.responsibility.constraints"; //$NON-NLS-1$

	private final Supplier<List<Constraint>> constraints;
	private final ConstraintReader reader;

	/** Exactly these constraints. */
	public Constraints(Collection<? extends Constraint> constraints) {
		List<Constraint> fixed = List.copyOf(constraints);
		this.constraints = () -> fixed;
		this.reader = null;
	}

	private Constraints(ConstraintReader reader) {
		this.reader = reader;
		this.constraints = () -> reader.descriptors().stream().map(ConstraintDescriptor::constraint).toList();
	}

	/**
	 * The constraints contributed to {@value #EXTENSION_POINT} in {@code registry}, kept current until
	 * {@link #close()}.
	 */
	public static Constraints fromRegistry(IExtensionRegistry registry) {
		ConstraintReader reader = new ConstraintReader(registry);
		reader.start();
		return new Constraints(reader);
	}

	/** Taizhang's own constraints, the ones its plugin.xml contributes, without a registry. */
	public static Constraints builtIn() {
		return new Constraints(BuiltInConstraints.all());
	}

	/** The constraints, ordered by id; of several with one id only the first contributed counts. */
	public List<Constraint> constraints() {
		Map<String, Constraint> byId = new LinkedHashMap<>();
		for (Constraint constraint : constraints.get()) {
			byId.putIfAbsent(constraint.id(), constraint);
		}
		List<Constraint> sorted = new ArrayList<>(byId.values());
		sorted.sort(Comparator.comparing(Constraint::id));
		return sorted;
	}

	/** The contributions that could not be read (none outside OSGi). */
	public List<IStatus> problems() {
		return reader == null ? List.of() : reader.problems();
	}

	/** Stops following the registry. */
	@Override
	public void close() {
		if (reader != null) {
			reader.stop();
		}
	}
}
