package taizhang.issue.ui.internal.sections;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.ObservableTable;
import taizhang.issue.ui.internal.binding.ObservableTable.Column;
import taizhang.model.Evidence;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.ReviewCheckItem;
import taizhang.model.SignOffReview;
import taizhang.model.StatusChange;

/**
 * The issue's records that only the workflow writes: reviews, status history and evidence, as
 * tables that follow the model.
 */
public final class RecordTables {

	private RecordTables() {
	}

	/** The sign-off reviews (验收销号): level, reviewer, date, decision, reasons, checklist. */
	public static TableViewer reviews(EditorForm form) {
		Composite client = form.section(Texts.label(Literals.ISSUE__REVIEWS), true, 1);
		IObservableList<SignOffReview> rows = form.list(Literals.ISSUE__REVIEWS);
		return ObservableTable.create(form.toolkit(), client, rows, 4, List.of(
				new Column<SignOffReview>(Texts.label(Literals.SIGN_OFF_REVIEW__LEVEL), 110,
						row -> Texts.of(row.getLevel()), Literals.SIGN_OFF_REVIEW__LEVEL),
				new Column<SignOffReview>(Texts.label(Literals.SIGN_OFF_REVIEW__REVIEWER), 100, RecordTables::reviewer,
						Literals.SIGN_OFF_REVIEW__REVIEWER, Literals.SIGN_OFF_REVIEW__REVIEWER_NAME),
				new Column<SignOffReview>(Texts.label(Literals.SIGN_OFF_REVIEW__DATE), 95, row -> Texts.of(row.getDate()),
						Literals.SIGN_OFF_REVIEW__DATE),
				new Column<SignOffReview>(Texts.label(Literals.SIGN_OFF_REVIEW__DECISION), 90,
						row -> Texts.of(row.getDecision()), Literals.SIGN_OFF_REVIEW__DECISION),
				new Column<SignOffReview>(Texts.label(Literals.SIGN_OFF_REVIEW__REASONS), 260,
						row -> Texts.abbreviate(row.getReasons(), 80), Literals.SIGN_OFF_REVIEW__REASONS),
				new Column<SignOffReview>(Texts.label(Literals.SIGN_OFF_REVIEW__CHECKLIST), 300, RecordTables::checklist,
						Literals.SIGN_OFF_REVIEW__CHECKLIST)));
	}

	/** Every status change (状态变更): when, who, from, to, why. */
	public static TableViewer history(EditorForm form) {
		Composite client = form.section(Texts.label(Literals.ISSUE__STATUS_CHANGES), false, 1);
		IObservableList<StatusChange> rows = form.list(Literals.ISSUE__STATUS_CHANGES);
		ZoneId zone = form.context().lifecycle().policy().zone();
		return ObservableTable.create(form.toolkit(), client, rows, 6, List.of(
				new Column<StatusChange>(Texts.label(Literals.STATUS_CHANGE__AT), 120, row -> Texts.of(row.getAt(), zone),
						Literals.STATUS_CHANGE__AT),
				new Column<StatusChange>(Texts.label(Literals.STATUS_CHANGE__ACTOR), 80, row -> Texts.of(row.getActor()),
						Literals.STATUS_CHANGE__ACTOR),
				new Column<StatusChange>(Texts.label(Literals.STATUS_CHANGE__FROM), 90, row -> Texts.of(row.getFrom()),
						Literals.STATUS_CHANGE__FROM),
				new Column<StatusChange>(Texts.label(Literals.STATUS_CHANGE__TO), 90, row -> Texts.of(row.getTo()),
						Literals.STATUS_CHANGE__TO),
				new Column<StatusChange>(Texts.label(Literals.STATUS_CHANGE__REASON), 200,
						row -> Texts.abbreviate(row.getReason(), 60), Literals.STATUS_CHANGE__REASON)));
	}

	/** The evidence (佐证材料) on file: what, which measures it backs, its fingerprint. Read-only here. */
	public static TableViewer evidence(EditorForm form) {
		Composite client = form.section(Texts.label(Literals.ISSUE__EVIDENCE), false, 1);
		Issue issue = form.issue();
		IObservableList<Evidence> rows = form.list(Literals.ISSUE__EVIDENCE);
		ZoneId zone = form.context().lifecycle().policy().zone();
		return ObservableTable.create(form.toolkit(), client, rows, 4, List.of(
				new Column<Evidence>(Texts.label(Literals.EVIDENCE__KIND), 80, row -> Texts.of(row.getKind()),
						Literals.EVIDENCE__KIND),
				new Column<Evidence>(Texts.label(Literals.EVIDENCE__FILE_NAME), 150, row -> Texts.of(row.getFileName()),
						Literals.EVIDENCE__FILE_NAME),
				new Column<Evidence>(Texts.label(Literals.EVIDENCE__MEASURES), 70, row -> measures(issue, row),
						Literals.EVIDENCE__MEASURES),
				new Column<Evidence>(Texts.label(Literals.EVIDENCE__SIZE), 70, row -> Long.toString(row.getSize()),
						Literals.EVIDENCE__SIZE),
				new Column<Evidence>(Texts.label(Literals.EVIDENCE__CAPTURED_AT), 120,
						row -> Texts.of(row.getCapturedAt(), zone), Literals.EVIDENCE__CAPTURED_AT),
				new Column<Evidence>(Texts.label(Literals.EVIDENCE__SHA256), 110,
						row -> Texts.abbreviate(row.getSha256(), 13), Literals.EVIDENCE__SHA256)));
	}

	private static String reviewer(SignOffReview review) {
		return review.getReviewer() != null ? Texts.name(review.getReviewer()) : Texts.of(review.getReviewerName());
	}

	/** All passed (✓ 5/5), or the criteria that failed. */
	private static String checklist(SignOffReview review) {
		List<String> failed = new ArrayList<>();
		for (ReviewCheckItem item : review.getChecklist()) {
			if (!item.isPassed()) {
				failed.add(Texts.of(item.getCriterion()));
			}
		}
		if (failed.isEmpty()) {
			return review.getChecklist().isEmpty() ? "" //$NON-NLS-1$
					: NLS.bind(Messages.Review_allPassed, review.getChecklist().size());
		}
		return NLS.bind(Messages.Review_failed, String.join(Messages.Texts_listSeparator, failed));
	}

	/** The measures an evidence backs, by their numbers in the plan. */
	private static String measures(Issue issue, Evidence evidence) {
		List<String> numbers = new ArrayList<>();
		List<Measure> planMeasures = issue.getPlan() == null ? List.of() : issue.getPlan().getMeasures();
		for (Measure measure : evidence.getMeasures()) {
			int index = planMeasures.indexOf(measure);
			if (index >= 0) {
				numbers.add(Integer.toString(index + 1));
			}
		}
		return String.join(", ", numbers); //$NON-NLS-1$
	}
}
