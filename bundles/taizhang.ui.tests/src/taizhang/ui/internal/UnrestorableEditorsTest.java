package taizhang.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class UnrestorableEditorsTest {

	private final EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);

	@Test
	void editorsWithoutASavedInputLeaveTheLayoutTheOthersStay() {
		MWindow window = models.createModelElement(MWindow.class);
		MArea editorArea = models.createModelElement(MArea.class);
		MPartStack editors = models.createModelElement(MPartStack.class);
		MPart issueForm = part("Editor"); // killed with an issue's form open: no saved input
		MPart file = part("Editor");
		file.getPersistedState().put("memento", "<editor input=\"a file\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		MPart anotherForm = part("Editor");
		MPart view = part("View"); // a view's state is its own business
		editors.getChildren().addAll(List.of(issueForm, file, anotherForm));
		editors.setSelectedElement(issueForm);
		editorArea.getChildren().add(editors);
		window.getSharedElements().add(editorArea);
		window.getChildren().add(view);

		assertEquals(2, UnrestorableEditors.removeFrom(window, models));
		assertEquals(List.of(file), editors.getChildren());
		assertNull(editors.getSelectedElement(), "the stack selects what it shows first");
		assertSame(window, view.getParent());
		assertEquals(0, UnrestorableEditors.removeFrom(window, models), "nothing more to take out");
	}

	private MPart part(String tag) {
		MPart part = models.createModelElement(MPart.class);
		part.getTags().add(tag);
		return part;
	}
}
