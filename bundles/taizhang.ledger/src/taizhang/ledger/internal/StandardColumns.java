package taizhang.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.command.SetCommand;

import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.LedgerColumns;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;

/** Builds the columns of a ledger, in the order of a printed 整改台账. */
public final class StandardColumns {

	private StandardColumns() {
	}

	/** The time rules of the ledger's own settings. */
	public static TimeRules rules(Ledger ledger) {
		return new TimeRules(Settings.of(ledger).warningPolicy());
	}

	public static List<LedgerColumn> of(Ledger ledger, LocalDate asOf) {
		List<LedgerColumn> columns = new ArrayList<>();
		columns.add(new SequenceColumn());
		columns.add(new RoundColumn());
		columns.add(new CaseNumberColumn());
		columns.add(UnitColumn.county());
		columns.add(new EnumColumn(LedgerColumns.CATEGORY, Messages.Column_category, 80, IssueCategory.VALUES,
				Issue::getCategory,
				(domain, issue, literal) -> SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__CATEGORY, literal)));
		columns.add(new TextColumn(LedgerColumns.DESCRIPTION, Messages.Column_description, ColumnType.LONG_TEXT, 320,
				Issue::getDescription,
				(domain, issue, text) -> SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__DESCRIPTION, text)));
		columns.add(new TextColumn(LedgerColumns.TARGET, Messages.Column_target, ColumnType.LONG_TEXT, 240,
				issue -> issue.getPlan() == null ? null : issue.getPlan().getTarget(),
				(domain, issue, text) -> ModelEdits.setPlan(domain, issue, ModelPackage.Literals.RECTIFICATION_PLAN__TARGET, text)));
		columns.add(new MeasuresColumn());
		columns.add(PersonColumn.leader());
		columns.add(UnitColumn.leadUnit());
		columns.add(new UnitsColumn());
		columns.add(PersonColumn.responsiblePerson());
		columns.add(new DateColumn());
		columns.add(new DeadlineColumn());
		columns.add(new EnumColumn(LedgerColumns.TYPE, Messages.Column_type, 80, RectificationType.VALUES,
				StandardColumns::type,
				(domain, issue, literal) -> ModelEdits.setPlan(domain, issue, ModelPackage.Literals.RECTIFICATION_PLAN__TYPE, literal)));
		columns.add(new TextColumn(LedgerColumns.PROGRESS, Messages.Column_progress, ColumnType.LONG_TEXT, 240,
				Issue::getProgressNote,
				(domain, issue, text) -> SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__PROGRESS_NOTE, text)));
		columns.add(new EnumColumn(LedgerColumns.STATUS, Messages.Column_status, 96, IssueStatus.VALUES, Issue::getStatus,
				null));
		columns.add(new SignOffColumn());
		columns.add(new WarningColumn(rules(ledger), asOf));
		for (CustomFieldDefinition field : ledger.getCustomFields()) {
			if (field.getKey() != null && !field.getKey().isBlank()) {
				columns.add(new CustomColumn(field));
			}
		}
		return columns;
	}

	private static Enumerator type(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		return plan == null ? null : plan.getType();
	}
}
