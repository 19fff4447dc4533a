package taizhang.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

import taizhang.core.LedgerSession;
import taizhang.core.stats.Figures;
import taizhang.core.stats.LedgerStatistics;
import taizhang.ui.LedgerSessionService;

/** Keeps the window title and the status line's counts in step with the open ledger. */
final class LedgerStatus implements SessionTracker.Callback {

	private final IWorkbenchWindowConfigurer window;
	private final StatusLineContributionItem item;
	private final SessionTracker tracker;

	LedgerStatus(IWorkbenchWindowConfigurer window, StatusLineContributionItem item, LedgerSessionService sessions) {
		this.window = window;
		this.item = item;
		// The counts walk every issue: refreshed once a burst of edits is over.
		this.tracker = SessionTracker.trackWholeLedger(sessions, window.getWindow().getShell(), this, 400);
	}

	@Override
	public void sessionChanged(LedgerSession session) {
		update(session);
	}

	@Override
	public void modelChanged(LedgerSession session) {
		update(session);
	}

	void dispose() {
		tracker.dispose();
	}

	private void update(LedgerSession session) {
		if (session == null) {
			item.setText(Messages.Status_noLedger);
			window.setTitle(Messages.App_title);
			return;
		}
		String fileName = session.file().getFileName().toString();
		if (session.isReadOnly()) {
			fileName = NLS.bind(Messages.Status_readOnly, fileName);
		}
		item.setText(statusText(session, fileName));
		window.setTitle(NLS.bind(Messages.App_titleWithLedger, fileName, Messages.App_title));
	}

	/** "Issues 3,000 · done 2,100 · overdue 120 · demo.taizhang". */
	static String statusText(LedgerSession session, String fileName) {
		Figures figures = LedgerStatistics.compute(session.ledger(), LocalDate.now(), List.of()).total();
		NumberFormat numbers = NumberFormat.getIntegerInstance();
		return NLS.bind(Messages.Status_counts, new Object[] { numbers.format(figures.total()),
				numbers.format(figures.done()), numbers.format(figures.overdue()), fileName });
	}
}
