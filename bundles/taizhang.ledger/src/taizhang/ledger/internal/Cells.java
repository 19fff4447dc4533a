package taizhang.ledger.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.model.InspectionRound;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.labels.EnumLabels;
import taizhang.model.labels.ModelLabels;

/** The text of cell values, and the clean-up of typed text. */
public final class Cells {

	/** Joins the entries of a list cell (配合单位), as printed ledgers do. */
	public static final String LIST_SEPARATOR = "、"; //$NON-NLS-1$

	/** Enum labels in the user's language, looked up once: the grid asks for them at every paint. */
	private static final Map<Enumerator, String> LABELS = new ConcurrentHashMap<>();
	/** Chinese and lower-cased English labels, for filters. */
	private static final Map<Enumerator, String> BOTH_LABELS = new ConcurrentHashMap<>();

	private Cells() {
	}

	/** The display text of a value; "" for {@code null}. */
	public static String text(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof Enumerator e) {
			return LABELS.computeIfAbsent(e, EnumLabels::label);
		}
		if (value instanceof InspectionRound r) {
			return orEmpty(r.getName());
		}
		if (value instanceof Organization o) {
			return orEmpty(o.getName());
		}
		if (value instanceof Person p) {
			return orEmpty(p.getName());
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof LocalDate d) {
			return d.toString();
		}
		if (value instanceof Collection<?> list) {
			StringJoiner joiner = new StringJoiner(LIST_SEPARATOR);
			for (Object entry : list) {
				joiner.add(text(entry));
			}
			return joiner.toString();
		}
		return value.toString();
	}

	/** Whether the label of {@code literal} in Chinese or English contains {@code part}, a lower-cased text. */
	public static boolean labelContains(Enumerator literal, String part) {
		return BOTH_LABELS.computeIfAbsent(literal, e -> ModelLabels.literalLabel(e, Locale.CHINESE) + '\n'
				+ ModelLabels.literalLabel(e, Locale.ENGLISH).toLowerCase(Locale.ROOT)).contains(part);
	}

	public static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** The short name (新港区) where there is one, else the name (江州市新港区). */
	public static String shortName(Organization organization) {
		if (organization == null) {
			return ""; //$NON-NLS-1$
		}
		String shortName = organization.getShortName();
		return shortName == null || shortName.isBlank() ? orEmpty(organization.getName()) : shortName;
	}

	/**
	 * Typed or pasted text made comparable: full-width letters, digits and punctuation folded (NFKC),
	 * surrounding white space removed.
	 */
	public static String clean(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFKC);
		return folded.strip();
	}
}
