package taizhang.responsibility.ui.internal.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemDelta;
import taizhang.responsibility.validation.Severity;

/** The problems the view lists: errors first, then warnings, then infos, each in the order found. */
final class ProblemList {

	private final List<List<Problem>> bySeverity = new ArrayList<>();

	ProblemList() {
		for (int i = 0; i < Severity.values().length; i++) {
			bySeverity.add(new ArrayList<>());
		}
	}

	void reset(List<Problem> problems) {
		bySeverity.forEach(List::clear);
		add(problems);
	}

	/** Applies what one validation run changed. */
	void apply(ProblemDelta delta) {
		if (delta.full()) {
			reset(delta.added());
			return;
		}
		if (!delta.removed().isEmpty()) {
			Set<Problem> removed = Collections.newSetFromMap(new IdentityHashMap<>());
			removed.addAll(delta.removed());
			for (List<Problem> list : bySeverity) {
				list.removeIf(removed::contains);
			}
		}
		add(delta.added());
	}

	private void add(List<Problem> problems) {
		for (Problem problem : problems) {
			bySeverity.get(problem.severity().ordinal()).add(problem);
		}
	}

	int size() {
		int size = 0;
		for (List<Problem> list : bySeverity) {
			size += list.size();
		}
		return size;
	}

	Problem get(int index) {
		int rest = index;
		for (List<Problem> list : bySeverity) {
			if (rest < list.size()) {
				return list.get(rest);
			}
			rest -= list.size();
		}
		throw new IndexOutOfBoundsException(index);
	}

	int count(Severity severity) {
		return bySeverity.get(severity.ordinal()).size();
	}

	/** Every problem, in the order listed. */
	List<Problem> all() {
		List<Problem> all = new ArrayList<>(size());
		bySeverity.forEach(all::addAll);
		return all;
	}

	/** Where {@code problem} is listed, or -1. */
	int indexOf(Problem problem) {
		int offset = 0;
		for (List<Problem> list : bySeverity) {
			int index = list.indexOf(problem);
			if (index >= 0) {
				return offset + index;
			}
			offset += list.size();
		}
		return -1;
	}
}
