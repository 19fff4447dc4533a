package taizhang.issue.ui.internal.sections;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.CustomFieldValue;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Organization;

/** The issue's own fields (问题): where it came from, what it is, and the ledger's custom fields. */
public final class IssueSection {

	private final EditorForm form;
	private final FieldBinder fields;
	private final Issue issue;
	private final Ledger ledger;
	private Text caseNumber;
	private Text receivedDate;
	private Text description;

	public IssueSection(EditorForm form) {
		this.form = form;
		this.fields = form.fields();
		this.issue = form.issue();
		this.ledger = form.context().ledger();
		Composite client = form.section(Messages.Section_issue, false, 2);

		fields.label(client, Texts.label(Literals.ISSUE__SEQUENCE_NUMBER));
		form.display(client, form.<Issue, Integer>feature(Literals.ISSUE__SEQUENCE_NUMBER).observe(issue),
				number -> number == null ? "" : number.toString()); //$NON-NLS-1$

		fields.label(client, Texts.label(Literals.ISSUE__ROUND));
		ComboViewer round = fields.combo(client, new ArrayList<>(ledger.getRounds()), Texts::name);
		fields.bind(round, form.<Issue, InspectionRound>feature(Literals.ISSUE__ROUND).observe(issue));

		enumCombo(client, Literals.ISSUE__KIND, IssueKind.VALUES);

		fields.label(client, Texts.label(Literals.ISSUE__CASE_NUMBER));
		caseNumber = fields.text(client);
		fields.bind(caseNumber, form.<Issue, String>feature(Literals.ISSUE__CASE_NUMBER).observe(issue),
				text -> text.isBlank() ? null : text.trim(), Texts::of, this::duplicateCaseNumber);

		fields.label(client, Texts.label(Literals.ISSUE__REGION));
		Text region = fields.text(client);
		fields.bind(region, form.<Issue, Organization>feature(Literals.ISSUE__REGION).observe(issue),
				text -> Parsers.organization(ledger, text), Texts::name, null);
		fields.proposals(region, () -> Parsers.unitNames(ledger));

		enumCombo(client, Literals.ISSUE__CATEGORY, IssueCategory.VALUES);

		fields.label(client, Texts.label(Literals.ISSUE__RECEIVED_DATE));
		receivedDate = fields.text(client);
		fields.bind(receivedDate,
				form.<Issue, LocalDate>feature(Literals.ISSUE__RECEIVED_DATE).observe(issue),
				Parsers::date, Texts::of, this::receivedAfterDeadline);

		fields.label(client, Texts.label(Literals.ISSUE__REBOUND_OF));
		Text reboundOf = fields.text(client);
		fields.bind(reboundOf, form.<Issue, Issue>feature(Literals.ISSUE__REBOUND_OF).observe(issue),
				text -> Parsers.issue(ledger, text), Texts::caseNumber,
				other -> other == issue ? Messages.Check_reboundOfItself : null);

		fields.label(client, Texts.label(Literals.ISSUE__DESCRIPTION));
		description = fields.multiText(client, 4);
		fields.bind(description, form.<Issue, String>feature(Literals.ISSUE__DESCRIPTION).observe(issue),
				Function.identity(), Texts::of, null);

		fields.label(client, Texts.label(Literals.ISSUE__PROGRESS_NOTE));
		Text progressNote = fields.multiText(client, 3);
		fields.bind(progressNote, form.<Issue, String>feature(Literals.ISSUE__PROGRESS_NOTE).observe(issue),
				Function.identity(), Texts::of, null);

		for (CustomFieldDefinition definition : ledger.getCustomFields()) {
			customField(client, definition);
		}
	}

	public Text caseNumber() {
		return caseNumber;
	}

	public Text receivedDate() {
		return receivedDate;
	}

	public Text description() {
		return description;
	}

	private <E extends Enumerator> void enumCombo(Composite client, EStructuralFeature feature, List<E> values) {
		fields.label(client, Texts.label(feature));
		ComboViewer combo = fields.combo(client, values, Texts::of);
		fields.bind(combo, form.<Issue, E>feature(feature).observe(issue));
	}

	private String duplicateCaseNumber(String number) {
		if (number == null) {
			return null;
		}
		for (Issue other : ledger.getIssues()) {
			if (other != issue && other.getCaseNumber() != null && number.equals(other.getCaseNumber().trim())) {
				return NLS.bind(Messages.Check_duplicateCaseNumber, number, other.getSequenceNumber());
			}
		}
		return null;
	}

	private String receivedAfterDeadline(LocalDate received) {
		LocalDate deadline = issue.getPlan() == null ? null : issue.getPlan().getDeadline();
		if (received != null && deadline != null && deadline.isBefore(received)) {
			return NLS.bind(Messages.Check_receivedAfterDeadline, received, deadline);
		}
		return null;
	}

	/** A custom field: its value is text in a canonical form (ISO date, plain decimal, a listed choice). */
	private void customField(Composite client, CustomFieldDefinition definition) {
		String label = Texts.of(definition.getLabel());
		fields.label(client, definition.isRequired() ? label + " *" : label); //$NON-NLS-1$
		// A choice combo shows no choice as the empty entry: absent and empty must compare equal.
		String absent = definition.getType() == CustomFieldType.CHOICE ? "" : null; //$NON-NLS-1$
		IObservableValue<String> value = form.<Issue, String>computed(String.class,
				owner -> {
					String text = customValue(owner, definition);
					return text == null ? absent : text;
				},
				(domain, owner, text) -> setCustomValue(domain, owner, definition, text)).observe(issue);
		Function<String, String> required = text -> definition.isRequired() && (text == null || text.isBlank())
				? NLS.bind(Messages.Check_required, label)
				: null;
		switch (definition.getType()) {
			case CHOICE -> {
				List<String> choices = new ArrayList<>();
				choices.add(""); //$NON-NLS-1$
				choices.addAll(definition.getChoices());
				fields.bind(fields.combo(client, choices, Function.identity()), value);
			}
			case NUMBER -> fields.bind(fields.text(client), value, Parsers::decimal, Texts::of, required);
			case DATE -> fields.bind(fields.text(client), value, text -> {
				LocalDate date = Parsers.date(text);
				return date == null ? null : date.toString();
			}, Texts::of, required);
			default -> fields.bind(fields.text(client), value, text -> text.isBlank() ? null : text, Texts::of, required);
		}
	}

	private static String customValue(Issue owner, CustomFieldDefinition definition) {
		CustomFieldValue value = valueOf(owner, definition);
		return value == null ? null : value.getValue();
	}

	private static CustomFieldValue valueOf(Issue owner, CustomFieldDefinition definition) {
		for (CustomFieldValue value : owner.getCustomValues()) {
			if (value.getField() == definition) {
				return value;
			}
		}
		return null;
	}

	private static Command setCustomValue(EditingDomain domain, Issue owner, CustomFieldDefinition definition,
			String text) {
		CustomFieldValue value = valueOf(owner, definition);
		boolean empty = text == null || text.isBlank();
		if (value != null) {
			return empty ? RemoveCommand.create(domain, owner, Literals.ISSUE__CUSTOM_VALUES, value)
					: SetCommand.create(domain, value, Literals.CUSTOM_FIELD_VALUE__VALUE, text);
		}
		CustomFieldValue created = ModelFactory.eINSTANCE.createCustomFieldValue();
		created.setField(definition);
		created.setValue(text);
		return AddCommand.create(domain, owner, Literals.ISSUE__CUSTOM_VALUES, created);
	}
}
