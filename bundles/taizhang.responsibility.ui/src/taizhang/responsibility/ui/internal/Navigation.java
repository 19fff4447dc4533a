package taizhang.responsibility.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.organizations.OrganizationsPart;

/** Takes the user to an object: an issue to its editor, a unit or a person to the organizations view. */
public final class Navigation {

	private Navigation() {
	}

	/**
	 * Opens the issue's editor through the issue editor's command when a bundle provides it; returns
	 * {@code false} when there is none (or it failed), so that the caller selects the issue instead.
	 */
	public static boolean openIssue(IWorkbenchWindow window, Issue issue) {
		Command command = window.getService(ICommandService.class).getCommand(ResponsibilityViews.OPEN_ISSUE_COMMAND);
		if (!command.isDefined() || issue.getId() == null) {
			return false;
		}
		try {
			window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command,
					Map.of(ResponsibilityViews.OPEN_ISSUE_PARAMETER, issue.getId())), null);
			return true;
		} catch (CommandException e) {
			Platform.getLog(Navigation.class).warn(e.getMessage(), e);
			return false;
		}
	}

	/** Makes the Properties view visible (without activating it: it keeps showing the current selection). */
	public static void showProperties(IWorkbenchWindow window) {
		try {
			window.getActivePage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			Platform.getLog(Navigation.class).warn(e.getMessage(), e);
		}
	}

	/**
	 * Reads the Properties view's object again: it does not follow edits of the object it shows (a
	 * unit renamed through the organizations view).
	 */
	public static void refreshProperties(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		IViewPart view = page == null ? null : page.findView(IPageLayout.ID_PROP_SHEET);
		if (view instanceof PropertySheet sheet && sheet.getCurrentPage() instanceof PropertySheetPage properties
				&& properties.getControl() != null && !properties.getControl().isDisposed()) {
			properties.refresh();
		}
	}

	/** Shows the organizations view and selects {@code object} (a unit or a person) in it. */
	public static boolean reveal(IWorkbenchWindow window, EObject object) {
		if (!(object instanceof Organization || object instanceof Person)) {
			return false;
		}
		OrganizationsPart part = part(window, ResponsibilityViews.ORGANIZATIONS, OrganizationsPart.class, true);
		return part != null && part.reveal(object);
	}

	/**
	 * The object of one of this bundle's e4 views in the window, or {@code null}; {@code show} brings
	 * the view up (and creates it) first.
	 */
	public static <T> T part(IWorkbenchWindow window, String id, Class<T> type, boolean show) {
		if (show) {
			try {
				window.getActivePage().showView(id);
			} catch (PartInitException e) {
				Platform.getLog(Navigation.class).warn(e.getMessage(), e);
				return null;
			}
		}
		EPartService parts = window.getService(EPartService.class);
		MPart part = parts == null ? null : parts.findPart(id);
		if (part == null) {
			return null;
		}
		return type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null;
	}
}
