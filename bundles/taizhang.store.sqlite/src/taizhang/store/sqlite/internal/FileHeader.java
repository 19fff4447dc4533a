package taizhang.store.sqlite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import taizhang.core.LedgerStoreException;

/**
 * Checks a file's first bytes before SQLite opens it, so that a file that is not an SQLite
 * database, or is cut short, is refused without SQLite ever touching it (SQLite may create side
 * files next to anything it opens).
 */
final class FileHeader {

	private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	private static final int HEADER_SIZE = 100;

	private FileHeader() {
	}

	static void check(Path file) throws LedgerStoreException {
		if (!Files.exists(file)) {
			throw new LedgerStoreException(file, NLS.bind(Messages.fileMissing, file));
		}
		byte[] header = new byte[HEADER_SIZE];
		int read;
		long size;
		try (InputStream in = Files.newInputStream(file)) {
			size = Files.size(file);
			read = in.readNBytes(header, 0, HEADER_SIZE);
		} catch (IOException e) {
			throw new LedgerStoreException(file, NLS.bind(Messages.cannotRead, file, e.getLocalizedMessage()), e);
		}
		int magicBytes = Math.min(read, MAGIC.length);
		for (int i = 0; i < magicBytes; i++) {
			if (header[i] != MAGIC[i]) {
				throw new LedgerStoreException(file, NLS.bind(Messages.notSqlite, file));
			}
		}
		if (read == 0) {
			throw new LedgerStoreException(file, NLS.bind(Messages.notSqlite, file));
		}
		if (read < HEADER_SIZE) {
			throw truncated(file, size, HEADER_SIZE);
		}
		int pageSize = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
		if (pageSize == 1) {
			pageSize = 65536;
		}
		if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
			throw new LedgerStoreException(file, NLS.bind(Messages.damaged, file, "page size " + pageSize)); //$NON-NLS-1$
		}
		// The page count in the header is valid only when "version-valid-for" equals the change counter.
		long changeCounter = readInt(header, 24);
		long pageCount = readInt(header, 28);
		long validFor = readInt(header, 92);
		long expected = changeCounter == validFor && pageCount > 0 ? pageCount * pageSize : pageSize;
		if (size < expected) {
			throw truncated(file, size, expected);
		}
		if (size % pageSize != 0) {
			throw truncated(file, size, (size / pageSize + 1) * pageSize);
		}
	}

	private static LedgerStoreException truncated(Path file, long size, long expected) {
		return new LedgerStoreException(file, NLS.bind(Messages.truncated, new Object[] { file, size, expected }));
	}

	private static long readInt(byte[] b, int offset) {
		return ((b[offset] & 0xFFL) << 24) | ((b[offset + 1] & 0xFFL) << 16) | ((b[offset + 2] & 0xFFL) << 8)
				| (b[offset + 3] & 0xFFL);
	}
}
