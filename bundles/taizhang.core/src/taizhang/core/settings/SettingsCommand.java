package taizhang.core.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;

/**
 * Changes a ledger's settings in one undoable command. The new values are given as a detached
 * {@link LedgerSettings} (typically a {@link #copyOf(Ledger) copy} the user edited); only the values
 * that differ are set, and a ledger without settings gets them in the same command.
 */
public final class SettingsCommand {

	private SettingsCommand() {
	}

	/** An editable copy of the ledger's settings; the model's defaults when it has none. */
	public static LedgerSettings copyOf(Ledger ledger) {
		LedgerSettings current = ledger.getSettings();
		return current == null ? ModelFactory.eINSTANCE.createLedgerSettings() : EcoreUtil.copy(current);
	}

	/**
	 * The command that gives {@code ledger} the settings {@code values}, or {@code null} when nothing
	 * changes.
	 *
	 * @throws IllegalArgumentException naming the setting when {@code values} are out of range (the
	 *                                  message of {@link Settings#from(LedgerSettings)}); nothing is
	 *                                  changed then
	 */
	public static Command update(EditingDomain domain, Ledger ledger, LedgerSettings values) {
		Settings.from(values);
		LedgerSettings current = ledger.getSettings();
		if (current == null) {
			LedgerSettings created = EcoreUtil.copy(values);
			created.setId(Ids.newId());
			return SetCommand.create(domain, ledger, ModelPackage.Literals.LEDGER__SETTINGS, created);
		}
		String label = Messages.format(Locale.getDefault(), "SettingsCommand_label"); //$NON-NLS-1$
		CompoundCommand command = new CompoundCommand(label);
		for (EAttribute attribute : ModelPackage.Literals.LEDGER_SETTINGS.getEAllAttributes()) {
			if (attribute == ModelPackage.Literals.IDENTIFIED__ID) {
				continue;
			}
			Object now = current.eGet(attribute);
			Object wanted = values.eGet(attribute);
			if (!Objects.equals(now, wanted)) {
				// A many-valued attribute is set as a whole list: SetCommand replaces its contents.
				Object value = attribute.isMany() ? List.copyOf((List<?>) wanted) : wanted;
				command.append(SetCommand.create(domain, current, attribute, value));
			}
		}
		return command.isEmpty() ? null : command.unwrap();
	}
}
