package taizhang.store.sqlite.internal;

/** A record's bytes do not decode: the file is damaged (or was written by incompatible code). */
final class CorruptRecordException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	CorruptRecordException(String message) {
		super(message);
	}
}
