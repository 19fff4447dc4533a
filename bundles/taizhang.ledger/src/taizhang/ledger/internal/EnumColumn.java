package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.labels.ModelLabels;

/**
 * One literal of a model enumeration (类别, 整改类型, 状态), typed as its Chinese or English label or
 * its name. An enumeration cell cannot be emptied: EMF would silently turn it into the first literal.
 */
class EnumColumn extends Column {

	interface Setter {
		Command command(EditingDomain domain, Issue issue, Enumerator literal);
	}

	private final List<? extends Enumerator> literals;
	private final Function<Issue, Enumerator> getter;
	private final Setter setter;

	EnumColumn(String id, String header, int width, List<? extends Enumerator> literals,
			Function<Issue, Enumerator> getter, Setter setter) {
		super(id, header, ColumnType.CHOICE, width, true);
		this.literals = literals;
		this.getter = getter;
		this.setter = setter;
	}

	@Override
	public Object value(Issue issue) {
		return getter.apply(issue);
	}

	@Override
	public boolean isEditable() {
		return setter != null;
	}

	@Override
	protected boolean isRequired() {
		return true;
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		List<Choice> choices = new ArrayList<>();
		for (Enumerator literal : literals) {
			choices.add(new Choice(literal, Cells.text(literal), keys(literal)));
		}
		return choices;
	}

	private static String keys(Enumerator literal) {
		return ModelLabels.literalLabel(literal, Locale.CHINESE) + ' ' + ModelLabels.literalLabel(literal, Locale.ENGLISH)
				+ ' ' + literal.getName();
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		String key = Directory.key(text);
		for (Enumerator literal : literals) {
			if (key.equals(Directory.key(ModelLabels.literalLabel(literal, Locale.CHINESE)))
					|| key.equals(Directory.key(ModelLabels.literalLabel(literal, Locale.ENGLISH)))
					|| key.equals(Directory.key(literal.getName())) || key.equals(Directory.key(literal.getLiteral()))) {
				return literal;
			}
		}
		List<String> labels = new ArrayList<>();
		for (Enumerator literal : literals) {
			labels.add(Cells.text(literal));
		}
		throw new Refused(NLS.bind(Messages.Error_unknownChoice, new Object[] { text, header(), String.join(" / ", labels) })); //$NON-NLS-1$
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		return setter.command(domain, issue, (Enumerator) value);
	}
}
