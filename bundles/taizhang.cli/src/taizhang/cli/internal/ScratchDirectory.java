package taizhang.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden temporary directory beside a given file, on the same file system (so that a file can be
 * moved out of it atomically and disk timings are those of the real file), deleted with everything
 * in it on {@link #close()}. The store may leave side files (journal, lock) next to a ledger; they go
 * with the directory.
 */
final class ScratchDirectory implements AutoCloseable {

	private final Path directory;

	private ScratchDirectory(Path directory) {
		this.directory = directory;
	}

	/** Creates the directory beside {@code file}. */
	static ScratchDirectory beside(Path file, String prefix) throws IOException {
		return new ScratchDirectory(Files.createTempDirectory(file.toAbsolutePath().getParent(), prefix));
	}

	/** A path inside the directory. */
	Path resolve(String name) {
		return directory.resolve(name);
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(ScratchDirectory::deleteQuietly);
		} catch (IOException e) {
			// best effort: a stray hidden directory is harmless
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			// best effort, as above
		}
	}
}
