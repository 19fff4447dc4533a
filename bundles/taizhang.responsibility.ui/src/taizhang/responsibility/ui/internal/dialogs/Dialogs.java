package taizhang.responsibility.ui.internal.dialogs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Small pieces shared by the dialogs. */
public final class Dialogs {

	/** Widget data key naming a dialog's widgets, for tests that fill them in. */
	public static final String ID = "taizhang.id"; //$NON-NLS-1$

	private Dialogs() {
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	static Text text(Composite parent, String id, String value) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(ID, id);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	static Combo combo(Composite parent, String id, String[] items, int selected) {
		Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
		combo.setData(ID, id);
		combo.setItems(items);
		combo.select(selected);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	/** An ISO day (2021-06-30), or {@code null} when the text is not one. */
	static LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
