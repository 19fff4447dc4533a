package taizhang.ui.internal.navigator;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

import taizhang.model.Issue;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.Messages;
import taizhang.ui.internal.emf.ItemLabelProvider;
import taizhang.ui.internal.navigator.NavigatorNode.IssueNode;
import taizhang.ui.internal.navigator.NavigatorNode.OrganizationNode;
import taizhang.ui.internal.navigator.NavigatorNode.Root;
import taizhang.ui.internal.navigator.NavigatorNode.RoundNode;

/**
 * Names, icons and issue counts of navigator nodes. Icons and issue labels come from the item
 * providers; rounds and organizations show their bare names (the item providers prefix the type).
 */
final class NavigatorLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final int DESCRIPTION_LENGTH = 40;

	private final Supplier<NavigatorIndex> index;
	private final ItemLabelProvider items;
	private final NumberFormat numbers = NumberFormat.getIntegerInstance();

	NavigatorLabelProvider(Supplier<NavigatorIndex> index, ItemLabelProvider items) {
		this.index = index;
		this.items = items;
	}

	@Override
	public StyledString getStyledText(Object element) {
		StyledString text = new StyledString(getText(element));
		NavigatorIndex current = index.get();
		if (current != null && element instanceof NavigatorNode node && !(node instanceof IssueNode)) {
			text.append(" (" + numbers.format(current.issueCount(node)) + ")", StyledString.COUNTER_STYLER); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
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
