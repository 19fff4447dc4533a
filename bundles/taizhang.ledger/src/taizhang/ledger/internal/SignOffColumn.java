package taizhang.ledger.internal;

import java.util.List;

import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.SignOffReview;

/** 销号情况: the sign-off reviews so far, e.g. 县级自验通过（2021-03-02）；市级验收不通过（2021-04-01）. */
final class SignOffColumn extends ReadOnlyColumn {

	SignOffColumn() {
		super(LedgerColumns.SIGN_OFF, Messages.Column_signOff, ColumnType.TEXT, 220, false);
	}

	@Override
	public Object value(Issue issue) {
		Object[] parts = parts(issue);
		return parts == null ? null : join(parts);
	}

	@Override
	public Object sortValue(Issue issue) {
		Object[] parts = parts(issue);
		return parts == null ? null : new Order.Joined(parts, SignOffColumn::join);
	}

	/** Level, decision and date of each review, in turn; {@code null} when there is none. */
	private static Object[] parts(Issue issue) {
		List<SignOffReview> reviews = issue.getReviews();
		if (reviews.isEmpty()) {
			return null;
		}
		Object[] parts = new Object[reviews.size() * 3];
		for (int i = 0; i < reviews.size(); i++) {
			SignOffReview review = reviews.get(i);
			parts[3 * i] = review.getLevel();
			parts[3 * i + 1] = review.getDecision();
			parts[3 * i + 2] = review.getDate();
		}
		return parts;
	}

	private static String join(Object[] parts) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < parts.length; i += 3) {
			if (i > 0) {
				text.append('；');
			}
			text.append(Cells.text(parts[i])).append(Cells.text(parts[i + 1]));
			if (parts[i + 2] != null) {
				text.append('（').append(parts[i + 2]).append('）');
			}
		}
		return text.toString();
	}
}
