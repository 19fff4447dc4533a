package taizhang.responsibility.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.Assignment;
import taizhang.model.Issue;
import taizhang.model.Measure;

/**
 * Which objects of the issues refer to each organization and person: issues through their region,
 * assignments through their unit and person, measures through their unit. Live validation notes every
 * object it checks, so that entries are added as references are made; entries of references since
 * removed are dropped when found, so that nothing needs to be told of a removal.
 */
public final class ReferrerIndex {

	private final Map<EObject, Set<EObject>> referrers = new IdentityHashMap<>();

	/** Notes the organizations and people {@code object} refers to now. */
	public void note(EObject object) {
		switch (object) {
			case Assignment assignment -> {
				add(assignment.getOrganization(), assignment);
				add(assignment.getPerson(), assignment);
			}
			case Issue issue -> add(issue.getRegion(), issue);
			case Measure measure -> add(measure.getUnit(), measure);
			default -> {
				// refers to no organization or person that the index follows
			}
		}
	}

	/**
	 * The objects that refer to {@code target} now and pass {@code live} (are still in the ledger);
	 * entries that fail either are dropped.
	 */
	public List<EObject> referrers(EObject target, Predicate<EObject> live) {
		Set<EObject> noted = referrers.get(target);
		if (noted == null) {
			return List.of();
		}
		List<EObject> found = new ArrayList<>(noted.size());
		for (Iterator<EObject> it = noted.iterator(); it.hasNext();) {
			EObject referrer = it.next();
			if (refersTo(referrer, target) && live.test(referrer)) {
				found.add(referrer);
			} else {
				it.remove();
			}
		}
		return found;
	}

	private void add(EObject target, EObject referrer) {
		if (target != null) {
			referrers.computeIfAbsent(target, t -> Collections.newSetFromMap(new IdentityHashMap<>())).add(referrer);
		}
	}

	private static boolean refersTo(EObject referrer, EObject target) {
		return switch (referrer) {
			case Assignment assignment -> assignment.getOrganization() == target || assignment.getPerson() == target;
			case Issue issue -> issue.getRegion() == target;
			case Measure measure -> measure.getUnit() == target;
			default -> false;
		};
	}
}
