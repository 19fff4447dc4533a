package taizhang.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

import taizhang.ui.internal.Messages;
import taizhang.ui.internal.session.LedgerOpener;

/** File > Open Recent: the last {@value taizhang.ui.internal.session.RecentLedgers#MAX} ledgers. */
public class RecentLedgersMenu extends CompoundContributionItem implements IWorkbenchContribution {

	private IServiceLocator services;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		services = serviceLocator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		// Looked up when the menu opens: the opener is made after the menus.
		LedgerOpener opener = opener();
		if (opener != null) {
			List<Path> recent = opener.recent().list();
			for (int i = 0; i < recent.size(); i++) {
				items.add(new ActionContributionItem(openAction(opener, i + 1, recent.get(i))));
			}
		}
		if (items.isEmpty()) {
			Action none = new Action(Messages.Menu_recentEmpty) {
				// Only a placeholder.
			};
			none.setEnabled(false);
			items.add(new ActionContributionItem(none));
		}
		return items.toArray(IContributionItem[]::new);
	}

	private LedgerOpener opener() {
		try {
			return services == null ? null : Handlers.opener(services);
		} catch (ExecutionException e) {
			return null;
		}
	}

	private Action openAction(LedgerOpener opener, int number, Path file) {
		// "&1 demo.taizhang  /home/user/.taizhang": the name first, the folder to tell equal names apart.
		String folder = file.getParent() == null ? "" : file.getParent().toString(); //$NON-NLS-1$
		String label = NLS.bind(Messages.Menu_recentEntry,
				new Object[] { number, escapeMnemonics(file.getFileName().toString()), escapeMnemonics(folder) });
		Action action = new Action(label) {
			@Override
			public void run() {
				opener.open(file, false);
			}
		};
		action.setToolTipText(file.toString());
		return action;
	}

	private static String escapeMnemonics(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
