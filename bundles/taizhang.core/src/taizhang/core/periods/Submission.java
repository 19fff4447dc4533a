package taizhang.core.periods;

import java.time.LocalDate;

import taizhang.model.Organization;

/**
 * One unit's progress report for one month.
 *
 * @param unit        the lead unit
 * @param openIssues  how many of its issues were open that month (and so owed a report)
 * @param status      on time, late or missing
 * @param submittedOn the day of its earliest report for the month; {@code null} when missing
 */
public record Submission(Organization unit, int openIssues, SubmissionStatus status, LocalDate submittedOn) {
}
