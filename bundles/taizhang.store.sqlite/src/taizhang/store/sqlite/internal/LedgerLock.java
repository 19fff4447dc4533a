package taizhang.store.sqlite.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import taizhang.core.LedgerLockedException;
import taizhang.core.LedgerLockedException.LockHolder;
import taizhang.core.LedgerStoreException;

/**
 * The writer's lock on a ledger: an OS lock on the side file {@code <ledger>.lock}, which names
 * the holder (host, process, user, time) for whoever is refused.
 * <p>
 * The OS drops the lock when the holding process dies, so a lock file left by a crash is simply
 * taken over. The file is emptied, not deleted, on release: deleting it would let two processes
 * lock two different files of the same name. Within one JVM a second writer is refused by a
 * registry instead of the OS lock, because on Linux a process must never open and close the
 * lock file while it holds the lock (closing any descriptor of a file drops the process's locks on
 * it).
 */
final class LedgerLock implements AutoCloseable {

	private static final Map<Path, LockHolder> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

	private final Path key;
	private final FileChannel channel;
	private final FileLock lock;

	private LedgerLock(Path key, FileChannel channel, FileLock lock) {
		this.key = key;
		this.channel = channel;
		this.lock = lock;
	}

	static Path lockFile(Path ledgerFile) {
		return ledgerFile.resolveSibling(ledgerFile.getFileName() + ".lock"); //$NON-NLS-1$
	}

	/** Takes the writer's lock on {@code ledgerFile} or says who holds it. */
	static LedgerLock acquire(Path ledgerFile) throws LedgerStoreException {
		Path key = canonical(ledgerFile);
		LockHolder me = currentProcess();
		LockHolder inThisJvm = HELD_IN_THIS_JVM.putIfAbsent(key, me);
		if (inThisJvm != null) {
			throw locked(ledgerFile, inThisJvm);
		}
		Path lockFile = lockFile(key);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				LockHolder holder = readHolder(channel);
				channel.close();
				throw locked(ledgerFile, holder);
			}
			byte[] text = format(me).getBytes(StandardCharsets.UTF_8);
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(text), 0);
			channel.force(true);
			return new LedgerLock(key, channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			HELD_IN_THIS_JVM.remove(key);
			throw new LedgerStoreException(ledgerFile,
					NLS.bind(Messages.lockFailed, ledgerFile, lockFile, e.getLocalizedMessage()), e);
		} catch (LedgerStoreException e) {
			HELD_IN_THIS_JVM.remove(key);
			throw e;
		}
	}

	@Override
	public void close() {
		try {
			channel.truncate(0);
			lock.release();
		} catch (IOException e) {
			// The lock goes with the channel below anyway.
		} finally {
			closeQuietly(channel);
			HELD_IN_THIS_JVM.remove(key);
		}
	}

	private static Path canonical(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		try {
			Path dir = absolute.getParent().toRealPath();
			return dir.resolve(absolute.getFileName());
		} catch (IOException e) {
			return absolute;
		}
	}

	private static LedgerLockedException locked(Path file, LockHolder holder) {
		String message = holder.pid() <= 0 && holder.host().isEmpty()
				? NLS.bind(Messages.lockedUnknownHolder, file)
				: NLS.bind(Messages.locked,
						new Object[] { file, holder.user(), Long.toString(holder.pid()), holder.host(), holder.since() });
		return new LedgerLockedException(file, message, holder);
	}

	private static LockHolder readHolder(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(4096);
		channel.read(buffer, 0);
		Map<String, String> fields = new HashMap<>();
		for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) { //$NON-NLS-1$
			int eq = line.indexOf('=');
			if (eq > 0) {
				fields.put(line.substring(0, eq), line.substring(eq + 1).trim());
			}
		}
		long pid;
		try {
			pid = Long.parseLong(fields.getOrDefault("pid", "-1")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			pid = -1;
		}
		return new LockHolder(fields.getOrDefault("host", ""), pid, fields.getOrDefault("user", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				fields.getOrDefault("since", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String format(LockHolder h) {
		return "host=" + h.host() + "\npid=" + h.pid() + "\nuser=" + h.user() + "\nsince=" + h.since() + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static LockHolder currentProcess() {
		return new LockHolder(hostName(), ProcessHandle.current().pid(), System.getProperty("user.name", ""), //$NON-NLS-1$ //$NON-NLS-2$
				OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
	}

	/** The host name without a DNS lookup where possible (a lookup can hang for seconds). */
	private static String hostName() {
		try {
			Path proc = Path.of("/proc/sys/kernel/hostname"); //$NON-NLS-1$
			if (Files.isReadable(proc)) {
				return Files.readString(proc).trim();
			}
		} catch (IOException e) {
			// fall through
		}
		String env = System.getenv("COMPUTERNAME"); //$NON-NLS-1$
		if (env != null) {
			return env;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// nothing left to release
			}
		}
	}
}
