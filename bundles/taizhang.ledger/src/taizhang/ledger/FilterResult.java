package taizhang.ledger;

import java.util.function.Predicate;

import taizhang.model.Issue;

/**
 * A column filter read from its expression: the predicate, or why the expression was not understood.
 *
 * @param predicate accepts the issues the filter keeps; {@code null} when there is an error
 * @param error     why the expression was refused, in the user's language; {@code null} when fine
 */
public record FilterResult(Predicate<Issue> predicate, String error) {

	public static FilterResult of(Predicate<Issue> predicate) {
		return new FilterResult(predicate, null);
	}

	public static FilterResult error(String message) {
		return new FilterResult(null, message);
	}

	public boolean ok() {
		return error == null;
	}
}
