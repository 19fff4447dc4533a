package taizhang.ledger.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.ColumnType;
import taizhang.model.Issue;

/** A column shown but never edited in the grid (status, sign-off, warning). */
abstract class ReadOnlyColumn extends Column {

	ReadOnlyColumn(String id, String header, ColumnType type, int width, boolean centered) {
		super(id, header, type, width, centered);
	}

	@Override
	public final boolean isEditable() {
		return false;
	}

	@Override
	protected final Object read(Directory directory, Issue issue, String text) {
		throw new Refused(NLS.bind(Messages.Error_notEditable, header()));
	}

	@Override
	protected final Command command(EditingDomain domain, Issue issue, Object value) {
		return UnexecutableCommand.INSTANCE;
	}
}
