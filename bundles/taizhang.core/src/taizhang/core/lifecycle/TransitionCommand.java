package taizhang.core.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.lifecycle.Missing.Kind;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.SignOffReview;
import taizhang.model.StatusChange;
import taizhang.model.labels.EnumLabels;
import taizhang.model.validation.LedgerValidator;

/**
 * Moves one issue to another status: sets the status and adds the {@link StatusChange} that records
 * who, when, from, to and why (for a rebound it also links the revealing issue first). Made by
 * {@link Lifecycle#transition} and {@link Lifecycle#rebound}; undo restores everything.
 * <p>
 * It can execute only while {@link #missing()} is empty. That is evaluated afresh each time, on the
 * day of the change's instant, so a command made before the preconditions were met becomes
 * executable once they are, and one made for a status the issue has left never executes.
 */
public final class TransitionCommand extends CompoundCommand {

	private final Lifecycle lifecycle;
	private final Issue issue;
	private final IssueStatus from;
	private final IssueStatus to;
	private final String actor;
	private final String reason;
	private final LocalDate day;
	private final Issue revealedBy;

	TransitionCommand(Lifecycle lifecycle, EditingDomain domain, Issue issue, IssueStatus to, String actor,
			String reason, Instant at, Issue revealedBy) {
		super(label(to), description(issue, to));
		Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		Objects.requireNonNull(issue, "issue"); //$NON-NLS-1$
		Objects.requireNonNull(to, "to"); //$NON-NLS-1$
		Objects.requireNonNull(at, "at"); //$NON-NLS-1$
		this.lifecycle = lifecycle;
		this.issue = issue;
		this.from = issue.getStatus();
		this.to = to;
		this.actor = actor;
		this.day = lifecycle.day(at);
		this.revealedBy = revealedBy;
		this.reason = isBlank(reason) && isRejection() ? rejectionReasons() : reason;

		StatusChange change = ModelFactory.eINSTANCE.createStatusChange();
		change.setAt(at);
		change.setActor(actor);
		change.setFrom(from);
		change.setTo(to);
		change.setReason(this.reason);
		if (revealedBy != null) {
			append(SetCommand.create(domain, revealedBy, ModelPackage.Literals.ISSUE__REBOUND_OF, issue));
		}
		append(SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__STATUS, to));
		append(AddCommand.create(domain, issue, ModelPackage.Literals.ISSUE__STATUS_CHANGES, change));
	}

	/** The issue this command moves. */
	public Issue issue() {
		return issue;
	}

	/** The status the issue had when the command was made, which it moves from. */
	public IssueStatus from() {
		return from;
	}

	public IssueStatus to() {
		return to;
	}

	/**
	 * What keeps the command from executing now: the issue's status changed since it was made, no
	 * actor, no reason where one is required, and every precondition
	 * {@link Lifecycle#check(Issue, IssueStatus, LocalDate)} finds on the day of the change.
	 */
	public List<Missing> missing() {
		List<Missing> missing = new ArrayList<>();
		if (issue.getStatus() != from) {
			missing.add(Missing.of(issue, Kind.STATUS_CHANGED, from, issue.getStatus()));
			return missing;
		}
		if (isBlank(actor)) {
			missing.add(Missing.of(issue, Kind.NO_ACTOR));
		}
		if (isBlank(reason) && needsReason()) {
			missing.add(Missing.of(issue, Kind.NO_REASON));
		}
		missing.addAll(lifecycle.check(issue, to, day, revealedBy));
		return missing;
	}

	@Override
	public boolean canExecute() {
		return missing().isEmpty() && super.canExecute();
	}

	@Override
	public void execute() {
		List<Missing> missing = missing();
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					missing.stream().map(Missing::toString).collect(Collectors.joining("; "))); //$NON-NLS-1$
		}
		super.execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(issue);
	}

	/** A rejection, a rebound and a reopening must say why. */
	private boolean needsReason() {
		return isRejection() || to == IssueStatus.REBOUND
				|| to == IssueStatus.RECTIFYING && (from == IssueStatus.STAGE_DONE || from == IssueStatus.REBOUND);
	}

	private boolean isRejection() {
		return from == IssueStatus.UNDER_REVIEW && to == IssueStatus.RECTIFYING;
	}

	/** The reasons of the review that rejected the claim, if it gave any. */
	private String rejectionReasons() {
		SignOffReview review = lifecycle.rejectingReview(issue, day);
		return review == null ? null : review.getReasons();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String label(IssueStatus to) {
		Locale locale = Locale.getDefault();
		return Messages.format(locale, "commandLabel", EnumLabels.label(to, locale)); //$NON-NLS-1$
	}

	private static String description(Issue issue, IssueStatus to) {
		Locale locale = Locale.getDefault();
		return Messages.format(locale, "commandDescription", LedgerValidator.issueLabel(issue, locale), //$NON-NLS-1$
				EnumLabels.label(issue.getStatus(), locale), EnumLabels.label(to, locale));
	}
}
