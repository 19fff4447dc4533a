package taizhang.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Enumerator;

import taizhang.model.Assignment;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.StatusChange;
import taizhang.model.provider.AssignmentItemProvider;
import taizhang.model.provider.InspectionRoundItemProvider;
import taizhang.model.provider.IssueItemProvider;
import taizhang.model.provider.ModelItemProviderAdapterFactory;
import taizhang.model.provider.OrganizationItemProvider;
import taizhang.model.provider.PersonItemProvider;
import taizhang.model.provider.StatusChangeItemProvider;
import taizhang.model.provider.TaizhangEditPlugin;

/**
 * The generated item providers with the labels people read in trees and lists: the generator's
 * label feature gives one value behind the type's name, these show what people call the object: an
 * issue's case number and the start of its description, a person's name and position, a unit's or
 * round's name, a responsibility's role and holder, a status change's from and to. Registered for the
 * model in plugin.xml; use it instead of the generated {@link ModelItemProviderAdapterFactory}.
 */
public class TaizhangItemProviderAdapterFactory extends ModelItemProviderAdapterFactory {

	/** Characters of an issue's description shown in its label. */
	static final int DESCRIPTION_LENGTH = 30;

	@Override
	public Adapter createIssueAdapter() {
		if (issueItemProvider == null) {
			issueItemProvider = new IssueItemProvider(this) {
				@Override
				public String getText(Object object) {
					return issueText((Issue) object, getString("_UI_Issue_type")); //$NON-NLS-1$
				}
			};
		}
		return issueItemProvider;
	}

	@Override
	public Adapter createPersonAdapter() {
		if (personItemProvider == null) {
			personItemProvider = new PersonItemProvider(this) {
				@Override
				public String getText(Object object) {
					Person person = (Person) object;
					String name = blank(person.getName()) ? getString("_UI_Person_type") : person.getName(); //$NON-NLS-1$
					return blank(person.getTitle()) ? name : name + " (" + person.getTitle() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				}
			};
		}
		return personItemProvider;
	}

	@Override
	public Adapter createOrganizationAdapter() {
		if (organizationItemProvider == null) {
			organizationItemProvider = new OrganizationItemProvider(this) {
				@Override
				public String getText(Object object) {
					String name = ((Organization) object).getName();
					return blank(name) ? getString("_UI_Organization_type") : name; //$NON-NLS-1$
				}
			};
		}
		return organizationItemProvider;
	}

	@Override
	public Adapter createInspectionRoundAdapter() {
		if (inspectionRoundItemProvider == null) {
			inspectionRoundItemProvider = new InspectionRoundItemProvider(this) {
				@Override
				public String getText(Object object) {
					String name = ((InspectionRound) object).getName();
					return blank(name) ? getString("_UI_InspectionRound_type") : name; //$NON-NLS-1$
				}
			};
		}
		return inspectionRoundItemProvider;
	}

	@Override
	public Adapter createAssignmentAdapter() {
		if (assignmentItemProvider == null) {
			assignmentItemProvider = new AssignmentItemProvider(this) {
				@Override
				public String getText(Object object) {
					Assignment assignment = (Assignment) object;
					String role = literal("AssignmentRole", assignment.getRole()); //$NON-NLS-1$
					String holder = assignment.getPerson() != null ? assignment.getPerson().getName()
							: assignment.getOrganization() != null ? assignment.getOrganization().getName() : null;
					return blank(holder) ? role : role + ' ' + holder;
				}
			};
		}
		return assignmentItemProvider;
	}

	@Override
	public Adapter createStatusChangeAdapter() {
		if (statusChangeItemProvider == null) {
			statusChangeItemProvider = new StatusChangeItemProvider(this) {
				@Override
				public String getText(Object object) {
					StatusChange change = (StatusChange) object;
					String text = literal("IssueStatus", change.getFrom()) + " \u2192 " //$NON-NLS-1$ //$NON-NLS-2$
							+ literal("IssueStatus", change.getTo()); //$NON-NLS-1$
					return change.getAt() == null ? text : change.getAt() + " " + text; //$NON-NLS-1$
				}
			};
		}
		return statusChangeItemProvider;
	}

	/** "2019-001 某化工厂夜间排放异味…", or the type and sequence number when there is no case number. */
	static String issueText(Issue issue, String typeLabel) {
		String head = blank(issue.getCaseNumber()) ? typeLabel + ' ' + issue.getSequenceNumber() : issue.getCaseNumber().trim();
		String description = issue.getDescription();
		if (blank(description)) {
			return head;
		}
		description = description.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (description.length() > DESCRIPTION_LENGTH) {
			description = description.substring(0, DESCRIPTION_LENGTH) + '\u2026';
		}
		return head + ' ' + description;
	}

	/** The localized label of an enum literal, as the property sheet shows it. */
	static String literal(String enumName, Enumerator literal) {
		return literal == null ? "" : TaizhangEditPlugin.INSTANCE.getString("_UI_" + enumName + '_' + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
