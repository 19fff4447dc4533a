package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.store.sqlite.SqliteLedgerStore;

class CrashTest {

	private static final int COMMANDS_BEFORE_KILL = 150;

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();

	@Test
	void everyCommandReportedCommittedSurvivesSigkill() throws Exception {
		Path file = dir.resolve("crash.taizhang");
		store.create(file, TestLedgers.rich()).close();

		Process child = ChildJvm.start("edit", file.toString());
		int lastCommitted = 0;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lastCommitted = Integer.parseInt(line.substring("committed ".length()));
				if (lastCommitted == COMMANDS_BEFORE_KILL) {
					// SIGKILL in the middle of the stream: the child is already executing the next
					// command. (The handle's kill leaves our end of its output readable.)
					child.toHandle().destroyForcibly();
				}
			}
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		}
		assertTrue(lastCommitted >= COMMANDS_BEFORE_KILL, "the child committed " + lastCommitted);

		try (LedgerSession session = store.open(file, false)) {
			Set<String> cases = session.ledger().getIssues().stream().map(Issue::getCaseNumber)
					.collect(Collectors.toSet());
			for (int n = 1; n <= lastCommitted; n++) {
				assertTrue(cases.contains("crash-" + n), "command " + n + " was reported committed");
			}
			int stored = (int) cases.stream().filter(c -> c.startsWith("crash-")).count();
			assertTrue(stored == lastCommitted || stored == lastCommitted + 1, "at most the running command is lost");
			assertEquals("after " + stored, session.ledger().getName(), "each command is all or nothing");
			long objects = Models.all(session.ledger()).stream().map(EObject::eClass).count();
			long counted = store.inspect(file).counts().values().stream().mapToLong(Long::longValue).sum();
			assertEquals(objects, counted, "the counts in the header match the records");
		}
	}
}
