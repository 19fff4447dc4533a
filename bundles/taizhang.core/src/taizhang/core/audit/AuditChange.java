package taizhang.core.audit;

/**
 * One changed feature of one object, with its values as readable text.
 * <p>
 * For a single-valued feature {@code before} and {@code after} are the values before and after
 * the command; for a list, {@code before} holds the elements removed and {@code after} the elements
 * added (a moved element appears in both, with its positions). Values are written as the ledger
 * file stores them (dates {@code 2026-11-24}, enum literals {@code SIGNED_OFF}); an object is
 * written as its type, its name or case number, and its id: {@code Issue D2024000013 [7K2M9XQ4B1ZA]}.
 *
 * @param object     the id of the changed object, or of the nearest object containing it that has
 *                   one (a plan has no id of its own: its issue's); empty if none
 * @param type       the changed object's class, e.g. {@code RectificationPlan}
 * @param caseNumber the case number of the issue the object belongs to, or null
 * @param feature    the feature's name in the model, e.g. {@code deadline}
 * @param before     the value before, or null if there was none
 * @param after      the value after, or null if there is none
 */
public record AuditChange(String object, String type, String caseNumber, String feature, String before,
		String after) {
}
