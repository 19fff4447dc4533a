package taizhang.issue.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerSession;
import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * What every part of one issue editor works with: the session, the issue, the ledger's rules, the
 * user making changes and the one way to change anything, {@link #execute(Command)}.
 */
public final class IssueContext {

	private final LedgerSession session;
	private final Issue issue;

	public IssueContext(LedgerSession session, Issue issue) {
		this.session = Objects.requireNonNull(session, "session"); //$NON-NLS-1$
		this.issue = Objects.requireNonNull(issue, "issue"); //$NON-NLS-1$
	}

	public LedgerSession session() {
		return session;
	}

	public Issue issue() {
		return issue;
	}

	public Ledger ledger() {
		return session.ledger();
	}

	public EditingDomain domain() {
		return session.editingDomain();
	}

	public boolean isReadOnly() {
		return session.isReadOnly();
	}

	/** The ledger's settings, read afresh: another part may have changed them. */
	public Settings settings() {
		try {
			return Settings.of(ledger());
		} catch (IllegalArgumentException e) {
			// Out-of-range settings are the validator's to report; the editor keeps working with the defaults.
			return Settings.DEFAULTS;
		}
	}

	public Lifecycle lifecycle() {
		return new Lifecycle(settings().lifecyclePolicy());
	}

	public TimeRules timeRules() {
		return new TimeRules(settings().warningPolicy());
	}

	/** Today in the office's time zone: the day the rules are evaluated for and changes are dated. */
	public LocalDate today() {
		return lifecycle().day(Instant.now());
	}

	/** Who makes the changes: the sessions offer no user of their own, so the operating system's. */
	public String actor() {
		return System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public Locale locale() {
		return Locale.getDefault();
	}

	/**
	 * Executes {@code command} on the session's command stack: one undoable step, persisted at once.
	 *
	 * @throws IllegalStateException with a message for the user when the ledger is read-only, the
	 *                               command cannot execute or writing failed; nothing changed then
	 */
	public void execute(Command command) {
		if (isReadOnly()) {
			command.dispose();
			throw new IllegalStateException(Messages.Edit_readOnly);
		}
		if (!command.canExecute()) {
			command.dispose();
			throw new IllegalStateException(Messages.Edit_refused);
		}
		try {
			domain().getCommandStack().execute(command);
		} catch (LedgerPersistenceException e) {
			throw new IllegalStateException(NLS.bind(Messages.Edit_saveFailed, e.getLocalizedMessage()), e);
		}
	}
}
