package taizhang.responsibility;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.model.Assignment;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;

/**
 * Splits a new unit off an existing one (拆分): the new unit, of the same kind and under the same
 * parent, takes the chosen people, subordinate units and issues. For each chosen issue every
 * assignment, the region and every measure that named the old unit name the new one. The old unit's
 * records (notices, interviews, deductions, reports already submitted) stay with it.
 */
public final class SplitUnitCommand extends ResponsibilityCommand {

	private final Ledger ledger;
	private final Organization source;
	private final Organization unit;
	private final List<Person> people;
	private final List<Issue> issues;
	private final List<Organization> children;

	/**
	 * @param source   the unit split up
	 * @param name     the new unit's name
	 * @param people   people of {@code source} who move to the new unit
	 * @param issues   issues {@code source} answers for that the new unit takes over
	 * @param children units directly under {@code source} that move under the new unit
	 */
	public SplitUnitCommand(EditingDomain domain, Ledger ledger, Organization source, String name,
			Collection<Person> people, Collection<Issue> issues, Collection<Organization> children) {
		super(domain, "split.label", source, name); //$NON-NLS-1$
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
		this.people = List.copyOf(people);
		this.issues = List.copyOf(issues);
		this.children = List.copyOf(children);
		unit = ModelFactory.eINSTANCE.createOrganization();
		unit.setId(Ids.newId());
		unit.setName(name == null ? null : name.strip());
		unit.setShortName(unit.getName());
		unit.setKind(source.getKind());
	}

	/** The new unit (not in the ledger until the command has executed). */
	public Organization unit() {
		return unit;
	}

	@Override
	protected void plan() {
		if (unit.getName() == null || unit.getName().isEmpty()) {
			refuse("refusal.noName"); //$NON-NLS-1$
			return;
		}
		if (source.isRetired()) {
			refuse("refusal.retired", source); //$NON-NLS-1$
			return;
		}
		for (Person person : people) {
			if (person.getOrganization() != source) {
				refuse("refusal.personNotInUnit", person, source); //$NON-NLS-1$
				return;
			}
		}
		for (Organization child : children) {
			if (child.getParent() != source) {
				refuse("refusal.notChild", child, source); //$NON-NLS-1$
				return;
			}
		}
		for (Issue issue : issues) {
			if (!involves(issue)) {
				refuse("refusal.issueNotOfUnit", issue, source); //$NON-NLS-1$
				return;
			}
		}
		add(ledger, ModelPackage.Literals.LEDGER__ORGANIZATIONS, unit);
		if (source.getParent() != null) {
			set(unit, ModelPackage.Literals.ORGANIZATION__PARENT, source.getParent());
		}
		for (Person person : people) {
			set(person, ModelPackage.Literals.PERSON__ORGANIZATION, unit);
		}
		for (Organization child : children) {
			set(child, ModelPackage.Literals.ORGANIZATION__PARENT, unit);
		}
		for (Issue issue : issues) {
			takeOver(issue);
		}
		affects(unit);
	}

	private boolean involves(Issue issue) {
		if (issue.getRegion() == source) {
			return true;
		}
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getOrganization() == source) {
				return true;
			}
		}
		return false;
	}

	private void takeOver(Issue issue) {
		if (issue.getRegion() == source) {
			set(issue, ModelPackage.Literals.ISSUE__REGION, unit);
		}
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getOrganization() == source) {
				set(assignment, ModelPackage.Literals.ASSIGNMENT__ORGANIZATION, unit);
			}
		}
		if (issue.getPlan() != null) {
			for (Measure measure : issue.getPlan().getMeasures()) {
				if (measure.getUnit() == source) {
					set(measure, ModelPackage.Literals.MEASURE__UNIT, unit);
				}
			}
		}
	}
}
