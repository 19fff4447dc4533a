package taizhang.responsibility.validation;

/**
 * One constraint contributed to {@value Constraints#EXTENSION_POINT}.
 *
 * @param contributor the name of the contributing bundle
 * @param className   the {@code class} attribute
 * @param constraint  the constraint, created from the class
 */
public record ConstraintDescriptor(String contributor, String className, Constraint constraint) {
}
