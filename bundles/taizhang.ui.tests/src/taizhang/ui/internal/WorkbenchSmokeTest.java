package taizhang.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.ui.internal.WorkbenchTesting.part;
import static taizhang.ui.internal.WorkbenchTesting.processEvents;
import static taizhang.ui.internal.WorkbenchTesting.waitForJobs;
import static taizhang.ui.internal.WorkbenchTesting.waitUntil;
import static taizhang.ui.internal.WorkbenchTesting.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.labels.ModelLabels;
import taizhang.testing.ui.Widgets;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.detail.IssueDetailPart;
import taizhang.ui.internal.navigator.NavigatorPart;
import taizhang.ui.internal.session.LedgerOpener;

/**
 * Starts the real workbench (the build runs it under Xvfb), opens a generated ledger through the
 * workbench's session service and checks what the views show. Leaves a screenshot in
 * target/screenshots/workbench.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchSmokeTest {

	private static final int ISSUES = 2_000;

	private static Ledger ledger;
	private static LedgerSession session;

	@BeforeAll
	static void openGeneratedLedger() throws Exception {
		// First start: the workbench creates the demo ledger in a job; let it finish so that it
		// cannot replace the ledger opened here.
		waitForJobs(LedgerOpener.JOB_FAMILY);
		LedgerSessionService sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		assertNotNull(sessions, "the workbench offers the ledger session service");
		Path folder = WorkbenchTesting.outputFolder().resolve("ledgers");
		Files.createDirectories(folder);
		Path file = folder.resolve("smoke-" + System.nanoTime() + ".taizhang");
		ledger = new DemoLedgerGenerator(7, LocalDate.of(2026, 11, 24)).generate(ISSUES);
		session = sessions.create(file, ledger);
		waitUntil("the navigator to show the ledger", () -> part(NavigatorPart.ID, NavigatorPart.class).viewer()
				.getTree().getItemCount() > 0 && sessions.current().map(LedgerSession::ledger).orElse(null) == ledger);
		processEvents();
	}

	@Test
	@Order(1)
	void firstStartCreatesTheDemoLedger() {
		LedgerOpener opener = PlatformUI.getWorkbench().getService(LedgerOpener.class);
		assertTrue(Files.isRegularFile(TaizhangHome.demoLedger()), "demo ledger at " + TaizhangHome.demoLedger());
		assertTrue(opener.recent().list().contains(TaizhangHome.demoLedger()), "demo ledger among the recent ones");
	}

	@Test
	@Order(3)
	void navigatorShowsTheRoundsWithTheirIssueCounts() {
		Tree tree = part(NavigatorPart.ID, NavigatorPart.class).viewer().getTree();
		TreeItem roundsRoot = tree.getItem(0);
		assertTrue(roundsRoot.getText().startsWith(Messages.Navigator_rounds), roundsRoot.getText());
		List<InspectionRound> rounds = new ArrayList<>(ledger.getRounds());
		rounds.sort(Comparator.comparing(InspectionRound::getStartDate, Comparator.nullsLast(LocalDate::compareTo))
				.thenComparing(InspectionRound::getName, Comparator.nullsLast(String::compareTo)));
		assertTrue(rounds.size() > 1, "the demo ledger has several rounds");
		assertEquals(rounds.size(), roundsRoot.getItemCount());
		for (int i = 0; i < rounds.size(); i++) {
			InspectionRound round = rounds.get(i);
			long count = ledger.getIssues().stream().filter(issue -> issue.getRound() == round).count();
			// The count, then the warning badges.
			String text = roundsRoot.getItem(i).getText().replace(",", "");
			assertTrue(text.startsWith(round.getName() + " (" + count + ")"), text);
		}
	}

	@Test
	@Order(5)
	void issueSelectedInTheNavigatorReachesTheDetailAndPropertiesViews() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.showView(NavigatorPart.ID); // the Properties view follows the active part
		NavigatorPart navigator = part(NavigatorPart.ID, NavigatorPart.class);
		TreeItem firstRound = navigator.viewer().getTree().getItem(0).getItem(0);
		firstRound.getText(); // a virtual item gets its element when first shown
		navigator.viewer().expandToLevel(firstRound.getData(), 1);
		processEvents();
		TreeItem firstIssue = firstRound.getItem(0);
		firstIssue.getText();
		navigator.viewer().setSelection(new StructuredSelection(firstIssue.getData()), true);
		processEvents();

		ISelection selection = window().getSelectionService().getSelection(NavigatorPart.ID);
		Issue issue = (Issue) ((IStructuredSelection) selection).getFirstElement();
		assertTrue(ledger.getIssues().contains(issue), "the navigator selects the issue itself");
		assertEquals(issue, part(IssueDetailPart.ID, IssueDetailPart.class).issue());

		String caseNumberLabel = ModelLabels.featureLabel(ModelPackage.Literals.ISSUE__CASE_NUMBER, Labels.locale());
		IPropertySource source = Adapters.adapt(issue, IPropertySource.class);
		assertNotNull(source, "issues adapt to IPropertySource");
		assertTrue(List.of(source.getPropertyDescriptors()).stream().map(IPropertyDescriptor::getDisplayName)
				.anyMatch(caseNumberLabel::equals), "a property named " + caseNumberLabel);

		Tree propertyTree = (Tree) properties.getCurrentPage().getControl();
		waitUntil("the Properties view to show the issue", () -> findRow(propertyTree.getItems(), caseNumberLabel) != null);
		assertEquals(issue.getCaseNumber(), findRow(propertyTree.getItems(), caseNumberLabel).getText(1));

		assertFalse(session.isReadOnly(), "the generated ledger is writable");
		assertTrue(WorkbenchTesting.darkPixels(navigator.viewer().getTree()) > 500, "the navigator painted its nodes");
		assertTrue(window().getShell().getText().contains(session.file().getFileName().toString()),
				"the window title names the ledger: " + window().getShell().getText());
		Path screenshot = WorkbenchTesting.screenshot(window().getShell(), "workbench");
		assertTrue(Files.size(screenshot) > 0, "screenshot saved at " + screenshot);
	}

	private static TreeItem findRow(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (name.equals(item.getText(0))) {
				return item;
			}
			TreeItem inside = findRow(item.getItems(), name);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	@Test
	@Order(6)
	void fileMenuListsTheRecentLedgers() {
		Menu menuBar = window().getShell().getMenuBar();
		for (MenuItem item : menuBar.getItems()) {
			assertFalse(LegacyActionTools.removeMnemonics(item.getText()).contains("&"), item.getText());
		}
		Menu file = show(menuBar.getItems()[0].getMenu());
		MenuItem recent = Arrays.stream(file.getItems()).filter(item -> item.getMenu() != null).findFirst()
				.orElseThrow(() -> new AssertionError("File has an Open Recent submenu"));
		MenuItem[] ledgers = show(recent.getMenu()).getItems();
		assertTrue(ledgers.length >= 2, "the smoke ledger and the demo ledger");
		assertTrue(ledgers[0].getText().contains(session.file().getFileName().toString()), ledgers[0].getText());
	}

	/** Fills a menu as when the user opens it (dynamic items are made then). */
	private static Menu show(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		return menu;
	}

	@Test
	@Order(8)
	void ctrlThreeOpensQuickAccessWhichFindsTheLedgersCommands() throws Exception {
		String settings = window().getService(ICommandService.class).getCommand("taizhang.ui.ledgerSettings").getName();
		Display display = window().getShell().getDisplay();
		List<Shell> before = Arrays.asList(display.getShells());
		window().getShell().forceActive();
		processEvents();
		postKey(display, SWT.KeyDown, SWT.CTRL, '\0');
		postKey(display, SWT.KeyDown, 0, '3');
		postKey(display, SWT.KeyUp, 0, '3');
		postKey(display, SWT.KeyUp, SWT.CTRL, '\0');
		waitUntil("Ctrl+3 to open Quick Access", () -> newShell(display, before) != null);
		Shell quickAccess = newShell(display, before);
		try {
			Text filter = Widgets.find(quickAccess, Text.class, text -> true);
			Table found = Widgets.find(quickAccess, Table.class, table -> true);
			filter.setText(settings);
			waitUntil("Quick Access to find " + settings, () -> Arrays.stream(found.getItems())
					.anyMatch(item -> item.getText(1).contains(settings) || item.getText(0).contains(settings)));
			// its own texts in Chinese too (taizhang.nls.workbench): the category and the help entry
			List<String> texts = Arrays.stream(found.getItems()).flatMap(item -> Stream.of(item.getText(0), item.getText(1)))
					.toList();
			assertTrue(texts.contains("命令"), "the category of commands: " + texts);
			assertTrue(texts.contains("在帮助中搜索“" + settings + "”"), "the help entry: " + texts);
		} finally {
			quickAccess.close();
			processEvents();
		}
	}

	@Test
	@Order(9)
	void platformButtonsAndThePropertiesViewSpeakChinese() throws Exception {
		// The workbench runs with -nl zh_CN; the taizhang.nls.* fragments translate the platform's texts.
		assertEquals("确定", IDialogConstants.OK_LABEL);
		assertEquals("取消", IDialogConstants.CANCEL_LABEL);
		assertEquals("属性", PlatformUI.getWorkbench().getViewRegistry().find(IPageLayout.ID_PROP_SHEET).getLabel());
	}

	private static Shell newShell(Display display, List<Shell> before) {
		return Arrays.stream(display.getShells()).filter(shell -> !before.contains(shell) && shell.isVisible())
				.findFirst().orElse(null);
	}

	private static void postKey(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
		processEvents();
	}

	@Test
	@Order(7)
	void ledgerHeldByAnotherWriterIsOfferedReadOnly() throws Exception {
		LedgerSessionService sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		LedgerStore store = PlatformUI.getWorkbench().getService(LedgerStore.class);
		LedgerOpener opener = PlatformUI.getWorkbench().getService(LedgerOpener.class);
		Path file = session.file();
		sessions.close();
		// The store refuses a second writer in this process as it would in another one.
		try (LedgerSession otherWriter = store.open(file, false)) {
			List<String> asked = WorkbenchTesting.answerNextDialog(IDialogConstants.YES_LABEL);
			opener.open(file, false);
			waitUntil("the ledger to open read-only",
					() -> sessions.current().map(LedgerSession::isReadOnly).orElse(false));
			assertEquals(1, asked.size(), "one question asked");
			assertTrue(asked.get(0).contains(String.valueOf(ProcessHandle.current().pid())),
					"the question names the process holding the ledger: " + asked.get(0));
			// The status (window title, figures) walks the whole ledger: it follows a moment after the grid.
			String readOnly = NLS.bind(Messages.Status_readOnly, file.getFileName());
			waitUntil("the title to say read-only", () -> window().getShell().getText().contains(readOnly));
			assertEquals(ISSUES, sessions.current().orElseThrow().ledger().getIssues().size());
		}
	}
}
