package taizhang.ledger.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The remembered grid layout as a file. */
class GridLayoutTest {

	private static Path file(String name) throws Exception {
		Path folder = GridTesting.outputFolder().resolve("layouts");
		Files.createDirectories(folder);
		return folder.resolve(name + "-" + System.nanoTime() + ".properties");
	}

	@Test
	void savedLayoutReadsBackTheSame() throws Exception {
		GridLayout layout = new GridLayout(List.of("status", "sequence", "custom:投资额"), Set.of("target"),
				Map.of("description", 433, "custom:投资额", 90), 2);
		Path file = file("layout");
		layout.save(file);
		assertEquals(layout, GridLayout.load(file));
	}

	@Test
	void missingOrDamagedFileGivesNoLayout() throws Exception {
		assertNull(GridLayout.load(file("missing")));
		Path damaged = file("damaged");
		Files.writeString(damaged, "order=status\nwidth.description=wide\nfrozen=x\n");
		GridLayout layout = GridLayout.load(damaged);
		assertEquals(List.of("status"), layout.order());
		assertEquals(Map.of(), layout.widths(), "a width that is no number keeps the default");
		assertEquals(0, layout.frozen());
	}
}
