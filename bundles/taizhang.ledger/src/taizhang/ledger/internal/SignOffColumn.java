package taizhang.ledger.internal;

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
		if (issue.getReviews().isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (SignOffReview review : issue.getReviews()) {
			if (!text.isEmpty()) {
				text.append('；');
			}
			text.append(Cells.text(review.getLevel())).append(Cells.text(review.getDecision()));
			if (review.getDate() != null) {
				text.append('（').append(review.getDate()).append('）');
			}
		}
		return text.toString();
	}
}
