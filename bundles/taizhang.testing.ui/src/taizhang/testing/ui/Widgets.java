package taizhang.testing.ui;

import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds the widgets of a window or dialog the way a test reads it: depth first, in creation order. */
public final class Widgets {

	private Widgets() {
	}

	/** The first control of {@code type} inside {@code parent} that {@code test} accepts, or {@code null}. */
	public static <T extends Control> T find(Composite parent, Class<T> type, Predicate<? super T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite inner) {
				T found = find(inner, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The button labelled exactly {@code label} inside {@code parent}, or {@code null}. */
	public static Button button(Composite parent, String label) {
		return find(parent, Button.class, button -> label.equals(button.getText()));
	}
}
