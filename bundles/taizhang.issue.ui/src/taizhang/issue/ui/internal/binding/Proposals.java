package taizhang.issue.ui.internal.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.widgets.Text;

/**
 * Type-ahead for names the ledger knows (units, people, case numbers): any letter typed opens the
 * list of candidates containing what has been typed.
 */
public final class Proposals {

	/** The most proposals shown at once: the ledger may hold 100,000 case numbers. */
	private static final int MAX_PROPOSALS = 50;

	private Proposals() {
	}

	/**
	 * Proposes {@code candidates} in {@code text}; {@code accepted} runs after a proposal replaced the
	 * text.
	 */
	public static ContentProposalAdapter attach(Text text, Supplier<? extends Iterable<String>> candidates,
			Runnable accepted) {
		// No key stroke and no activation characters: every letter or digit opens the proposals.
		ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(),
				(contents, position) -> propose(contents, candidates.get()), null, null);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		adapter.setPropagateKeys(true);
		adapter.addContentProposalListener(proposal -> accepted.run());
		return adapter;
	}

	/** The candidates containing {@code contents} (ignoring case), at most {@value #MAX_PROPOSALS}. */
	public static List<String> matches(String contents, Iterable<String> candidates) {
		String typed = contents.trim().toLowerCase(Locale.ROOT);
		List<String> matches = new ArrayList<>();
		for (String candidate : candidates) {
			if (!candidate.isEmpty() && candidate.toLowerCase(Locale.ROOT).contains(typed)) {
				matches.add(candidate);
				if (matches.size() == MAX_PROPOSALS) {
					break;
				}
			}
		}
		return matches;
	}

	private static IContentProposal[] propose(String contents, Iterable<String> candidates) {
		return matches(contents, candidates).stream().map(ContentProposal::new).toArray(IContentProposal[]::new);
	}
}
