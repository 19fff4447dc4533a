package taizhang.core.escalation;

/**
 * One rule contributed to {@code taizhang.core.rules}.
 *
 * @param contributor the name of the contributing bundle
 * @param className   the {@code class} attribute
 * @param rule        the rule, created from the class
 */
public record RuleDescriptor(String contributor, String className, EscalationRule rule) {
}
