package taizhang.core.periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.core.issues.IssueFacts;
import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.settings.Settings;
import taizhang.core.time.Schedule;
import taizhang.core.time.TimeEvaluation;
import taizhang.core.time.TimeRules;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.PeriodEntry;
import taizhang.model.ReportingPeriod;
import taizhang.model.WarningLevel;

/**
 * Closes one month: adds to the ledger a {@link ReportingPeriod} holding a snapshot entry for every
 * issue received by the month's cut-off day, with its schedule and warning evaluated as of that day
 * (status and rejections are the issue's when the command is made). Undo removes the period.
 * <p>
 * A month can be closed once: while the ledger has a period for it, the command does not execute and
 * {@link #refusal(Locale)} names that period.
 */
public final class ClosePeriodCommand extends CompoundCommand {

	private final Ledger ledger;
	private final YearMonth month;
	private final ReportingPeriod period;

	/**
	 * @param closedOn the day of closing, recorded in the period
	 * @param closedBy who closes it, recorded in the period
	 */
	public ClosePeriodCommand(EditingDomain domain, Ledger ledger, YearMonth month, LocalDate closedOn,
			String closedBy) {
		super(Messages.format(Locale.getDefault(), "closeLabel", month.toString()), //$NON-NLS-1$
				Messages.format(Locale.getDefault(), "closeDescription", month.toString())); //$NON-NLS-1$
		Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.month = month;
		this.period = snapshot(ledger, month, closedOn, closedBy);
		append(AddCommand.create(domain, ledger, ModelPackage.Literals.LEDGER__PERIODS, period));
	}

	private static ReportingPeriod snapshot(Ledger ledger, YearMonth month, LocalDate closedOn, String closedBy) {
		Settings settings = Settings.of(ledger);
		LocalDate cutoff = ReportingPeriods.cutoff(month, settings);
		List<Issue> issues = ledger.getIssues().stream()
				.filter(issue -> issue.getReceivedDate() == null || !issue.getReceivedDate().isAfter(cutoff))
				.toList();
		TimeEvaluation evaluation = new TimeRules(settings.warningPolicy()).evaluate(issues, cutoff);

		ReportingPeriod period = ModelFactory.eINSTANCE.createReportingPeriod();
		period.setId(Ids.newId());
		period.setMonth(month.toString());
		period.setCutoff(cutoff);
		period.setClosedOn(closedOn);
		period.setClosedBy(closedBy);
		for (int i = 0; i < evaluation.size(); i++) {
			Issue issue = evaluation.issue(i);
			PeriodEntry entry = ModelFactory.eINSTANCE.createPeriodEntry();
			entry.setIssue(issue);
			entry.setStatus(issue.getStatus());
			entry.setDone(IssueFacts.isDone(issue));
			entry.setOverdue(evaluation.schedule(i) == Schedule.OVERDUE);
			entry.setLagging(evaluation.schedule(i) == Schedule.LAGGING);
			WarningLevel warning = evaluation.warningLevel(i);
			if (warning != null) {
				entry.setWarning(warning);
			}
			entry.setRejections(Lifecycle.rejections(issue));
			entry.setLeadUnit(IssueFacts.leadUnit(issue));
			period.getEntries().add(entry);
		}
		return period;
	}

	/** The period this command adds (its snapshot is made when the command is). */
	public ReportingPeriod period() {
		return period;
	}

	public YearMonth month() {
		return month;
	}

	/** Why the command cannot execute now, in {@code locale}'s language; empty when it can. */
	public Optional<String> refusal(Locale locale) {
		return ReportingPeriods.find(ledger, month).filter(existing -> existing != period)
				.map(existing -> Messages.format(locale, "ALREADY_CLOSED", month.toString(), //$NON-NLS-1$
						String.valueOf(existing.getClosedOn()),
						existing.getClosedBy() == null ? "" : existing.getClosedBy())); //$NON-NLS-1$
	}

	@Override
	public boolean canExecute() {
		return refusal(Locale.ROOT).isEmpty() && super.canExecute();
	}

	@Override
	public void execute() {
		Optional<String> refusal = refusal(Locale.ROOT);
		if (refusal.isPresent()) {
			throw new IllegalStateException(refusal.get());
		}
		super.execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(period);
	}
}
