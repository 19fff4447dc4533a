package taizhang.ledger.internal;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.ledger.ColumnType;
import taizhang.model.Issue;

/** Free text: 交办编号, 问题描述, 整改目标, 进展. */
class TextColumn extends Column {

	/** Makes the command that sets the text ({@code null} clears it). */
	interface Setter {
		Command command(EditingDomain domain, Issue issue, String text);
	}

	private final Function<Issue, String> getter;
	private final Setter setter;

	TextColumn(String id, String header, ColumnType type, int width, Function<Issue, String> getter, Setter setter) {
		super(id, header, type, width, false);
		this.getter = getter;
		this.setter = setter;
	}

	@Override
	public Object value(Issue issue) {
		String text = getter.apply(issue);
		return text == null || text.isEmpty() ? null : text;
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		return text;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		return setter.command(domain, issue, (String) value);
	}
}
