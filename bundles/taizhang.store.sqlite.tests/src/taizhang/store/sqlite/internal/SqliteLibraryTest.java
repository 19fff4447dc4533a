package taizhang.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {

	@TempDir
	Path home;

	@Test
	void theDriversLibraryIsKeptOnceUnderTheTaizhangFolder() throws Exception {
		Path kept = SqliteLibrary.keep(home);
		assertTrue(kept.startsWith(home.resolve("native")), kept.toString());
		byte[] original;
		try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
				LibraryLoaderUtil.getNativeLibResourcePath() + '/' + LibraryLoaderUtil.getNativeLibName())) {
			assertNotNull(in, "the driver carries a library for this platform");
			original = in.readAllBytes();
		}
		assertArrayEquals(original, Files.readAllBytes(kept));

		FileTime written = FileTime.fromMillis(1_000_000_000L);
		Files.setLastModifiedTime(kept, written);
		assertEquals(kept, SqliteLibrary.keep(home));
		assertEquals(written, Files.getLastModifiedTime(kept), "a kept library is not written again");
		try (var files = Files.list(kept.getParent())) {
			assertEquals(1, files.count(), "no partial copy is left behind");
		}
	}
}
