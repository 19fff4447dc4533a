package taizhang.issue.ui.internal.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import taizhang.core.lifecycle.Missing;
import taizhang.core.lifecycle.Missing.Kind;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.validation.LedgerValidator;

/**
 * The workflow actions of the issue editor, in the order of the lifecycle. Each is offered when
 * {@link #refusals(IssueContext)} is empty; otherwise those are the reasons it is not, from the
 * lifecycle's rules.
 */
public enum Step {
	/** RECEIVED → PLANNED (制定方案). */
	PLAN(IssueStatus.PLANNED),
	/** → RECTIFYING from PLANNED, from RECEIVED for 立行立改, or taken up again from STAGE_DONE / REBOUND. */
	START(IssueStatus.RECTIFYING),
	/** RECTIFYING → REPORTED_DONE. */
	REPORT_DONE(IssueStatus.REPORTED_DONE),
	/** RECTIFYING → STAGE_DONE for a long-term plan. */
	STAGE_DONE(IssueStatus.STAGE_DONE),
	/** REPORTED_DONE → UNDER_REVIEW (申请验收销号). */
	REQUEST_SIGN_OFF(IssueStatus.UNDER_REVIEW),
	/** A review of the claimed completion, while UNDER_REVIEW; changes no status. */
	RECORD_REVIEW(null),
	/** UNDER_REVIEW → RECTIFYING after a review rejected the claim. */
	REJECT(IssueStatus.RECTIFYING),
	/** UNDER_REVIEW → SIGNED_OFF (销号). */
	SIGN_OFF(IssueStatus.SIGNED_OFF),
	/** SIGNED_OFF / STAGE_DONE → REBOUND, linked to the issue that revealed it. */
	REBOUND(IssueStatus.REBOUND);

	private final IssueStatus target;

	Step(IssueStatus target) {
		this.target = target;
	}

	/** The status this action moves the issue to; {@code null} for recording a review. */
	public IssueStatus target() {
		return target;
	}

	public String label() {
		return switch (this) {
			case PLAN -> Messages.Step_plan;
			case START -> Messages.Step_start;
			case REPORT_DONE -> Messages.Step_reportDone;
			case STAGE_DONE -> Messages.Step_stageDone;
			case REQUEST_SIGN_OFF -> Messages.Step_requestSignOff;
			case RECORD_REVIEW -> Messages.Step_recordReview;
			case REJECT -> Messages.Step_reject;
			case SIGN_OFF -> Messages.Step_signOff;
			case REBOUND -> Messages.Step_rebound;
		};
	}

	/** What the action does, for its tooltip when it is offered. */
	public String description() {
		return target == null ? Messages.Step_recordReviewDescription
				: NLS.bind(Messages.Step_description, Texts.of(target));
	}

	/** Why the action is not offered now (empty: it is), in the user's language. */
	public List<String> refusals(IssueContext context) {
		Issue issue = context.issue();
		if (context.isReadOnly()) {
			return List.of(Messages.Edit_readOnly);
		}
		IssueStatus status = issue.getStatus();
		List<String> reasons = new ArrayList<>();
		switch (this) {
			case RECORD_REVIEW -> {
				if (status != IssueStatus.UNDER_REVIEW) {
					reasons.add(NLS.bind(Messages.Step_reviewOnlyUnderReview, Texts.of(status)));
				}
				return reasons;
			}
			case START -> {
				// From UNDER_REVIEW the way back to rectifying is the rejection, a step of its own.
				if (status == IssueStatus.UNDER_REVIEW) {
					reasons.add(Messages.Step_startUnderReview);
					return reasons;
				}
			}
			case REJECT -> {
				if (status != IssueStatus.UNDER_REVIEW) {
					reasons.add(NLS.bind(Messages.Step_rejectOnlyUnderReview, Texts.of(status)));
					return reasons;
				}
			}
			default -> {
				// the lifecycle decides alone
			}
		}
		if (context.actor().isBlank()) {
			reasons.add(message(new Missing(issue, Kind.NO_ACTOR, List.of()), context.locale()));
		}
		for (Missing missing : context.lifecycle().check(issue, target, context.today())) {
			// The issue that revealed a rebound is picked when the action runs.
			if (!(this == REBOUND && missing.kind() == Kind.NO_REVEALING_ISSUE)) {
				reasons.add(message(missing, context.locale()));
			}
		}
		return reasons;
	}

	/** Whether running the action asks why (a rejection, reopening or rebound must say). */
	boolean needsReason(IssueStatus from) {
		return this == REJECT || this == REBOUND
				|| this == START && (from == IssueStatus.STAGE_DONE || from == IssueStatus.REBOUND);
	}

	/**
	 * The lifecycle's message without the issue's name in front: in its own editor every message is
	 * about the issue.
	 */
	public static String message(Missing missing, Locale locale) {
		String message = missing.message(locale);
		String issueLabel = LedgerValidator.issueLabel(missing.issue(), locale);
		if (message.startsWith(issueLabel)) {
			String rest = message.substring(issueLabel.length()).replaceFirst("^[\\s:\uFF1A]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!rest.isEmpty()) {
				return rest;
			}
		}
		return message;
	}
}
