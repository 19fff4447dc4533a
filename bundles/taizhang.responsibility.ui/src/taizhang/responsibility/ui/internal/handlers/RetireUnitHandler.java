package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.RetireUnitDialog;

/** Merges the selected unit into another, or retires it; the dialog shows what the successor takes over. */
public abstract class RetireUnitHandler extends ResponsibilityHandler {

	private final boolean merge;

	RetireUnitHandler(boolean merge) {
		this.merge = merge;
	}

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return activeUnit(elements) != null;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		RetireUnitDialog dialog = new RetireUnitDialog(shell(window), session, activeUnit(elements), merge);
		return dialog.open() == RetireUnitDialog.OK ? dialog.command() : null;
	}

	/** 合并单位. */
	public static final class Merge extends RetireUnitHandler {
		public Merge() {
			super(true);
		}
	}

	/** 撤销单位. */
	public static final class Retire extends RetireUnitHandler {
		public Retire() {
			super(false);
		}
	}
}
