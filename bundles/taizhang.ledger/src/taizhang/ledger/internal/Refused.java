package taizhang.ledger.internal;

/** Typed text that does not fit a cell; the message says why, in the user's language. */
public final class Refused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public Refused(String message) {
		super(message, null, false, false);
	}
}
