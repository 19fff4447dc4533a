package taizhang.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.CustomFieldValue;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;

/**
 * A custom field of the ledger (投资金额, 是否群众满意 …). Values are stored as canonical text (ISO date,
 * plain decimal, the choice as defined); the raw value is a LocalDate, BigDecimal or String.
 */
final class CustomColumn extends Column {

	private final CustomFieldDefinition field;

	CustomColumn(CustomFieldDefinition field) {
		super(LedgerColumns.CUSTOM_PREFIX + field.getKey(), header(field), type(field), width(field), centered(field));
		this.field = field;
	}

	private static String header(CustomFieldDefinition field) {
		return field.getLabel() != null && !field.getLabel().isBlank() ? field.getLabel() : field.getKey();
	}

	private static ColumnType type(CustomFieldDefinition field) {
		return switch (field.getType()) {
			case NUMBER -> ColumnType.NUMBER;
			case DATE -> ColumnType.DATE;
			case CHOICE -> ColumnType.CHOICE;
			case TEXT -> ColumnType.TEXT;
		};
	}

	private static int width(CustomFieldDefinition field) {
		return field.getType() == CustomFieldType.TEXT ? 160 : 100;
	}

	private static boolean centered(CustomFieldDefinition field) {
		return field.getType() != CustomFieldType.TEXT;
	}

	private CustomFieldValue stored(Issue issue) {
		for (CustomFieldValue value : issue.getCustomValues()) {
			if (value.getField() == field) {
				return value;
			}
		}
		return null;
	}

	@Override
	public Object value(Issue issue) {
		CustomFieldValue stored = stored(issue);
		String text = stored == null ? null : stored.getValue();
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return switch (field.getType()) {
				case NUMBER -> new BigDecimal(text.strip());
				case DATE -> LocalDate.parse(text.strip());
				case CHOICE, TEXT -> text;
			};
		} catch (RuntimeException e) {
			return text; // a damaged value is shown as it is stored; the validator reports it
		}
	}

	@Override
	protected boolean isRequired() {
		return field.isRequired();
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		List<Choice> choices = new ArrayList<>();
		if (field.getType() == CustomFieldType.CHOICE) {
			for (String choice : field.getChoices()) {
				choices.add(new Choice(choice, choice, "")); //$NON-NLS-1$
			}
		}
		return choices;
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		return switch (field.getType()) {
			case NUMBER -> Numbers.parse(text);
			case DATE -> DateText.parse(text);
			case TEXT -> text;
			case CHOICE -> choice(text);
		};
	}

	private String choice(String text) {
		for (String choice : field.getChoices()) {
			if (choice.equals(text)) {
				return choice;
			}
		}
		String key = Cells.clean(text).toLowerCase(Locale.ROOT);
		for (String choice : field.getChoices()) {
			if (Cells.clean(choice).toLowerCase(Locale.ROOT).equals(key)) {
				return choice;
			}
		}
		throw new Refused(NLS.bind(Messages.Error_unknownChoice,
				new Object[] { text, header(), String.join(" / ", field.getChoices()) })); //$NON-NLS-1$
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		String text = value == null ? null : Cells.text(value);
		return new DeferredCommand(Messages.Command_edit, () -> {
			CustomFieldValue stored = stored(issue);
			if (stored == null) {
				if (text == null) {
					return new IdentityCommand();
				}
				CustomFieldValue fresh = ModelFactory.eINSTANCE.createCustomFieldValue();
				fresh.setField(field);
				fresh.setValue(text);
				return AddCommand.create(domain, issue, ModelPackage.Literals.ISSUE__CUSTOM_VALUES, fresh);
			}
			return text == null ? RemoveCommand.create(domain, issue, ModelPackage.Literals.ISSUE__CUSTOM_VALUES, stored)
					: SetCommand.create(domain, stored, ModelPackage.Literals.CUSTOM_FIELD_VALUE__VALUE, text);
		});
	}
}
