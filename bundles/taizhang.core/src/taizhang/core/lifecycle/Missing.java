package taizhang.core.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.model.Issue;
import taizhang.model.labels.EnumLabels;
import taizhang.model.validation.LedgerValidator;

/**
 * One thing that keeps an issue from moving to another status, as found by
 * {@link Lifecycle#check(Issue, taizhang.model.IssueStatus, LocalDate)}.
 *
 * @param issue     the issue
 * @param kind      what is missing
 * @param arguments the details that {@link #message(Locale)} names, as described on each kind
 */
public record Missing(Issue issue, Kind kind, List<Object> arguments) {

	/** What is missing; the arguments of each are listed in order. */
	public enum Kind {
		/** The lifecycle has no such transition. Arguments: from, to (IssueStatus). */
		NOT_ALLOWED,
		/** The issue's status changed after the command was made. Arguments: expected, actual status. */
		STATUS_CHANGED,
		/** No one is named as making the change. */
		NO_ACTOR,
		/** A rejection, rebound or reopening needs a reason. */
		NO_REASON,
		/** No rectification plan. */
		NO_PLAN,
		/** The plan has no target. */
		NO_TARGET,
		/** A time-limited plan has no deadline. */
		NO_DEADLINE,
		/** Arguments: deadline, received date. */
		DEADLINE_BEFORE_RECEIVED,
		/** The plan has no measures. */
		NO_MEASURES,
		/** Arguments: the measure (number and description). */
		MEASURE_NO_DUE_DATE,
		/** A long-term plan has no stage goals. */
		NO_STAGE_GOALS,
		/** Arguments: the stage goal (number and description). */
		STAGE_GOAL_NO_DUE_DATE,
		/** No lead unit. */
		NO_LEAD_UNIT,
		/** Arguments: the number of lead units. */
		SEVERAL_LEAD_UNITS,
		/** No responsible person. */
		NO_RESPONSIBLE_PERSON,
		/** Arguments: the number of responsible persons. */
		SEVERAL_RESPONSIBLE_PERSONS,
		/** Arguments: the role (AssignmentRole). */
		ASSIGNMENT_WITHOUT_UNIT,
		/** Arguments: the role (AssignmentRole). */
		ASSIGNMENT_WITHOUT_PERSON,
		/** Arguments: the person's name, the lead unit's name. */
		RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT,
		/** Arguments: the unit's name. */
		COOPERATING_UNIT_IS_LEAD_UNIT,
		/** Only a 立行立改 plan goes from RECEIVED straight to RECTIFYING. */
		NOT_IMMEDIATE,
		/** A LONG_TERM issue is never simply done: it reaches STAGE_DONE instead of REPORTED_DONE. */
		LONG_TERM_NOT_DONE,
		/** Only a LONG_TERM issue reaches STAGE_DONE. */
		NOT_LONG_TERM,
		/** Arguments: the measure. */
		MEASURE_NOT_DONE,
		/** Arguments: the measure. */
		MEASURE_NO_EVIDENCE,
		/** Arguments: the stage goal, its due date. */
		STAGE_GOAL_NOT_ACHIEVED,
		/** No stage goal is achieved yet. */
		NO_STAGE_GOAL_ACHIEVED,
		/** No review of the reported completion rejected it. */
		NO_REJECTING_REVIEW,
		/** Arguments: the review level. */
		REVIEW_MISSING,
		/** Arguments: the review level, its decision (ReviewDecision), its date. */
		REVIEW_NOT_ACCEPTED,
		/** Arguments: the review level. */
		REVIEW_UNDATED,
		/** Arguments: the review level, the criterion that failed. */
		REVIEW_CHECK_FAILED,
		/** Arguments: the review level, the level it must follow. */
		REVIEW_OUT_OF_ORDER,
		/** Arguments: notice days, date of the last acceptance, first day of sign-off. */
		PUBLIC_NOTICE_RUNNING,
		/** No issue of the ledger is linked (reboundOf) as the complaint that revealed the rebound. */
		NO_REVEALING_ISSUE,
		/** Nothing is left open to rectify: no measure not done, no stage goal not achieved. */
		NOTHING_OPEN
	}

	/** A measure or stage goal in messages: its 1-based position in the plan and its description. */
	record Item(int number, String description) {
	}

	public Missing {
		Objects.requireNonNull(issue, "issue"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		// not List.copyOf: an unknown detail (a missing date) may be null
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	static Missing of(Issue issue, Kind kind, Object... arguments) {
		return new Missing(issue, kind, Arrays.asList(arguments));
	}

	/** The message naming the issue and what is missing, Chinese for a {@code zh} locale, else English. */
	public String message(Locale locale) {
		String[] texts = new String[arguments.size() + 1];
		texts[0] = LedgerValidator.issueLabel(issue, locale);
		for (int i = 0; i < arguments.size(); i++) {
			texts[i + 1] = text(arguments.get(i), locale);
		}
		return Messages.format(locale, kind.name(), texts);
	}

	/** The English message. */
	@Override
	public String toString() {
		return message(Locale.ENGLISH);
	}

	private static String text(Object argument, Locale locale) {
		return switch (argument) {
			case null -> "?"; //$NON-NLS-1$
			case Enumerator literal -> EnumLabels.label(literal, locale);
			case Item item -> item.description() == null || item.description().isBlank()
					? Integer.toString(item.number())
					: Messages.format(locale, "item", Integer.toString(item.number()), item.description()); //$NON-NLS-1$
			case LocalDate date -> date.toString();
			default -> String.valueOf(argument);
		};
	}
}
