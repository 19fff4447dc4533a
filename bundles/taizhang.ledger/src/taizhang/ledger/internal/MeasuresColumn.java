package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.RectificationPlan;

/**
 * 整改措施: the plan's measures, numbered as printed ledgers do (1.…；2.…). Typed text is split at
 * ； ; and line breaks, and leading numbers (1. 1、 (1) ①) are dropped.
 */
final class MeasuresColumn extends Column {

	private static final char SEPARATOR = '；';
	/**
	 * At most this many issues begin to be remembered in one sort: attaching adapters to every issue, plan and
	 * measure at once would make one sort as slow as a few, so the work is spread over the first sorts.
	 */
	private static final int REMEMBER_PER_SORT = 25_000;
	private static final Pattern SPLIT = Pattern.compile("[；;\\r\\n]+"); //$NON-NLS-1$
	private static final Pattern NUMBERING = Pattern
			.compile("^(?:\\d{1,3}\\s*[.．、)）]|[（(]\\d{1,3}[)）]|[\\u2460-\\u2473])\\s*"); //$NON-NLS-1$

	MeasuresColumn() {
		super(LedgerColumns.MEASURES, Messages.Column_measures, ColumnType.LONG_TEXT, 280, false);
	}

	@Override
	public Object value(Issue issue) {
		String text = text(issue);
		return text.isEmpty() ? null : text;
	}

	@Override
	public String text(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null || plan.getMeasures().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return join(descriptions(plan));
	}

	/**
	 * Reads the measures of an issue only when they changed since the last sort: reading some three measures
	 * an issue was most of the time of a sort by this column.
	 */
	@Override
	public void sortValues(Issue[] issues, Object[] values, boolean remember) {
		AtomicInteger newlyRemembered = new AtomicInteger(remember ? REMEMBER_PER_SORT : 0);
		ColumnOrder.parallelFor(issues.length, i -> values[i] = sortValue(issues[i], remember, newlyRemembered));
	}

	/** @param newlyRemembered how many more issues not remembered before may be, counted down */
	private Object sortValue(Issue issue, boolean remember, AtomicInteger newlyRemembered) {
		Remembered remembered = (Remembered) EcoreUtil.getExistingAdapter(issue, Remembered.class);
		Object value = remembered == null ? Remembered.UNREAD : remembered.value;
		if (value != Remembered.UNREAD) {
			return value;
		}
		value = sortValue(issue);
		if (remember && remembered == null && newlyRemembered.get() > 0 && newlyRemembered.getAndDecrement() > 0) {
			remembered = new Remembered();
			issue.eAdapters().add(remembered);
		}
		if (remember && remembered != null) {
			remembered.follow(issue.getPlan());
			remembered.value = value;
		}
		return value;
	}

	/**
	 * An issue's sort value, remembered until the issue's plan, the plan's list of measures or one of its
	 * measures changes: attached to each of them, any notification makes it forget. One adapter an issue;
	 * it keeps no target.
	 */
	private static final class Remembered implements Adapter {

		static final Object UNREAD = new Object();

		volatile Object value = UNREAD;

		/** Attaches itself to the plan and to measures not followed yet (added since). */
		void follow(RectificationPlan plan) {
			if (plan != null) {
				attach(plan);
				plan.getMeasures().forEach(this::attach);
			}
		}

		private void attach(Notifier notifier) {
			if (!notifier.eAdapters().contains(this)) {
				notifier.eAdapters().add(this);
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getEventType() != Notification.REMOVING_ADAPTER) {
				value = UNREAD;
			}
		}

		@Override
		public Notifier getTarget() {
			return null;
		}

		@Override
		public void setTarget(Notifier target) {
			// one instance follows several objects
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Remembered.class;
		}
	}

	@Override
	public Object sortValue(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		return plan == null || plan.getMeasures().isEmpty() ? null
				: new Order.Joined(descriptions(plan), MeasuresColumn::join);
	}

	private static Object[] descriptions(RectificationPlan plan) {
		List<Measure> measures = plan.getMeasures();
		Object[] descriptions = new Object[measures.size()];
		for (int i = 0; i < descriptions.length; i++) {
			descriptions[i] = Cells.orEmpty(measures.get(i).getDescription());
		}
		return descriptions;
	}

	/** The measures numbered 1., 2., … */
	private static String join(Object[] descriptions) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < descriptions.length; i++) {
			if (i > 0) {
				text.append(SEPARATOR);
			}
			text.append(i + 1).append('.').append(descriptions[i]);
		}
		return text.toString();
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		List<String> descriptions = new ArrayList<>();
		for (String part : SPLIT.split(text)) {
			String description = NUMBERING.matcher(part.strip()).replaceFirst("").strip(); //$NON-NLS-1$
			if (!description.isEmpty()) {
				descriptions.add(description);
			}
		}
		return descriptions;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		List<String> descriptions = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(description -> descriptions.add((String) description));
		}
		return ModelEdits.setMeasures(domain, issue, descriptions);
	}
}
