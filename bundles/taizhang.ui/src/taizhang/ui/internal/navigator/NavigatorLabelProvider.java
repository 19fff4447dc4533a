package taizhang.ui.internal.navigator;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;

import taizhang.model.Issue;
import taizhang.model.WarningLevel;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.Messages;
import taizhang.ui.internal.emf.ItemLabelProvider;
import taizhang.ui.internal.navigator.NavigatorNode.IssueNode;
import taizhang.ui.internal.navigator.NavigatorNode.OrganizationNode;
import taizhang.ui.internal.navigator.NavigatorNode.Root;
import taizhang.ui.internal.navigator.NavigatorNode.RoundNode;

/**
 * Names, icons, issue counts and warning badges of navigator nodes. Icons and issue labels come from
 * the item providers; rounds and organizations show their bare names (the item providers prefix the
 * type). A badge "●N" in the warning's colour counts the node's issues warned red, yellow or blue; a
 * warned issue starts with a dot of its colour.
 */
final class NavigatorLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final int DESCRIPTION_LENGTH = 40;
	private static final String DOT = "\u25CF"; //$NON-NLS-1$
	/** Most urgent first. */
	private static final WarningLevel[] BADGES = { WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.BLUE };

	private final Supplier<NavigatorIndex> index;
	private final ItemLabelProvider items;
	private final NumberFormat numbers = NumberFormat.getIntegerInstance();

	NavigatorLabelProvider(Supplier<NavigatorIndex> index, ItemLabelProvider items) {
		this.index = index;
		this.items = items;
	}

	@Override
	public StyledString getStyledText(Object element) {
		NavigatorIndex current = index.get();
		if (current == null || !(element instanceof NavigatorNode node)) {
			return new StyledString(getText(element));
		}
		if (node instanceof IssueNode issueNode) {
			StyledString text = new StyledString();
			WarningLevel warning = current.warning(issueNode.issue());
			if (warning != null) {
				text.append(DOT + " ", colour(warning)); //$NON-NLS-1$
			}
			return text.append(getText(element));
		}
		StyledString text = new StyledString(getText(element));
		text.append(" (" + numbers.format(current.issueCount(node)) + ")", StyledString.COUNTER_STYLER); //$NON-NLS-1$ //$NON-NLS-2$
		for (WarningLevel level : BADGES) {
			int count = current.warningCount(node, level);
			if (count > 0) {
				text.append(" " + DOT + numbers.format(count), colour(level)); //$NON-NLS-1$
			}
		}
		return text;
	}

	private static StyledString.Styler colour(WarningLevel level) {
		int colour = switch (level) {
			case RED -> SWT.COLOR_RED;
			case YELLOW -> SWT.COLOR_DARK_YELLOW;
			case BLUE -> SWT.COLOR_BLUE;
		};
		return new StyledString.Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.foreground = Display.getCurrent().getSystemColor(colour);
			}
		};
	}

	@Override
	public String getText(Object element) {
		if (element == Root.ROUNDS) {
			return Messages.Navigator_rounds;
		}
		if (element == Root.ORGANIZATIONS) {
			return Messages.Navigator_organizations;
		}
		if (element instanceof RoundNode node) {
			String name = node.round().getName();
			return name == null || name.isBlank() ? items.getText(node.round()) : name;
		}
		if (element instanceof OrganizationNode node) {
			String name = node.organization().getName();
			return name == null || name.isBlank() ? items.getText(node.organization()) : name;
		}
		if (element instanceof IssueNode node) {
			Issue issue = node.issue();
			return items.getText(issue) + "  " + Labels.abbreviate(issue.getDescription(), DESCRIPTION_LENGTH); //$NON-NLS-1$
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		NavigatorIndex current = index.get();
		if (current == null) {
			return null;
		}
		if (element instanceof Root root) {
			// A root wears the icon of what it lists.
			List<?> children = current.children(root);
			return children.isEmpty() ? null : getImage(children.get(0));
		}
		if (element instanceof NavigatorNode node) {
			return items.getImage(node.modelObject(current));
		}
		return null;
	}
}
