package taizhang.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Takes out of a restored window the editors that cannot come back. The workbench keeps an editor's
 * input in the layout only when the input can be saved; an issue's form cannot (its ledger opens after
 * the window). The layout saved as the workbench closes leaves such editors out, but the one it saves
 * in the background every few minutes keeps them, and a workbench killed after that would open them
 * as empty tabs with an error. Done before the window shows its parts.
 */
final class UnrestorableEditors {

	/** The tag of an editor's part in the layout. */
	private static final String EDITOR_TAG = "Editor"; //$NON-NLS-1$
	/** Where the workbench keeps the saved input of an editor's part, as it does a view's state. */
	private static final String SAVED_INPUT = "memento"; //$NON-NLS-1$

	private UnrestorableEditors() {
	}

	/** Removes from {@code window} the editors without a saved input; returns how many. */
	static int removeFrom(MWindow window, EModelService models) {
		// the editor area is one of the window's shared elements, shown by the perspectives' placeholders
		Set<MPart> editors = new LinkedHashSet<>(models.findElements(window, null, MPart.class, List.of(EDITOR_TAG)));
		for (MUIElement shared : window.getSharedElements()) {
			editors.addAll(models.findElements(shared, null, MPart.class, List.of(EDITOR_TAG)));
		}
		int removed = 0;
		for (MPart editor : editors) {
			if (editor.getPersistedState().get(SAVED_INPUT) == null) {
				MElementContainer<MUIElement> parent = editor.getParent();
				if (parent != null) {
					if (parent.getSelectedElement() == editor) {
						parent.setSelectedElement(null);
					}
					parent.getChildren().remove(editor);
					removed++;
				}
			}
		}
		return removed;
	}
}
