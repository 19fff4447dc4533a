package taizhang.issue.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.issue.ui.internal.EditorTesting.click;
import static taizhang.issue.ui.internal.EditorTesting.processEvents;
import static taizhang.issue.ui.internal.EditorTesting.type;
import static taizhang.issue.ui.internal.EditorTesting.waitUntil;
import static taizhang.issue.ui.internal.EditorTesting.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import taizhang.core.Ids;
import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.issues.IssueFacts;
import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.lifecycle.Missing;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.issue.ui.IssueEditors;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.issue.ui.internal.sections.Step;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.ProposalState;
import taizhang.model.RectificationType;
import taizhang.model.SupervisionNotice;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.navigator.NavigatorPart;
import taizhang.ui.internal.session.LedgerOpener;

/**
 * Opens issue editors in the real workbench (the build runs it under Xvfb, in Chinese) on a
 * generated ledger opened through the workbench's session service, drives their widgets and checks
 * the model and the ledger file. Leaves screenshots in target/screenshots/issue-editor*.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssueEditorTest {

	private static final int ISSUES = 300;
	private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	private static LedgerSessionService sessions;
	private static LedgerSession session;
	private static Ledger ledger;
	/** An issue in work, edited field by field. */
	private static Issue edited;
	/** An issue in work whose measures are all done and backed by evidence: it may report done. */
	private static Issue finished;
	/** An issue in work with a measure not done: it may not report done. */
	private static Issue unfinished;
	private static SupervisionNotice proposal;
	/** A unit merged into another: nothing may be assigned to it. */
	private static Organization retired;

	@BeforeAll
	static void openGeneratedLedger() throws Exception {
		// First start: the workbench creates its demo ledger in a job; it must not replace ours.
		EditorTesting.waitForJobs(LedgerOpener.JOB_FAMILY);
		sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		assertNotNull(sessions, "the workbench offers the ledger session service");
		LocalDate today = LocalDate.now(OFFICE);
		ledger = new DemoLedgerGenerator(11, today).generate(ISSUES);
		List<Issue> inWork = ledger.getIssues().stream().filter(IssueEditorTest::inWorkWithMeasures).toList();
		assertTrue(inWork.size() >= 3, "the generated ledger has issues in work: " + inWork.size());
		edited = inWork.get(0);
		finished = inWork.get(1);
		unfinished = inWork.get(2);
		prepareFinished(finished, today.minusDays(1));
		unfinished.getPlan().getMeasures().get(0).setDone(false);
		unfinished.getPlan().getMeasures().get(0).setDoneDate(null);
		proposal = proposeNotice(finished, today);
		retired = retiredUnit(ledger.getOrganizations().get(0));

		Path folder = EditorTesting.outputFolder().resolve("ledgers");
		Files.createDirectories(folder);
		session = sessions.create(folder.resolve("issue-editor-" + System.nanoTime() + ".taizhang"), ledger);
		processEvents();
	}

	@AfterAll
	static void closeEditors() {
		IWorkbenchPage page = page();
		if (page != null) {
			page.closeAllEditors(false);
		}
	}

	@Test
	@Order(10)
	void editorShowsTheIssueAndReopeningActivatesTheSameEditor() throws Exception {
		IssueEditor editor = open(edited);
		assertEquals(edited.getCaseNumber(), editor.issueSection().caseNumber().getText());
		assertEquals(Texts.of(edited.getDescription()), editor.issueSection().description().getText());
		assertEquals(edited.getReceivedDate().toString(), editor.issueSection().receivedDate().getText());
		assertEquals(edited.getPlan().getMeasures().size(), editor.measures().viewer().getTable().getItemCount());
		assertEquals(edited.getAssignments().size(), editor.assignments().viewer().getTable().getItemCount());
		assertFalse(editor.isDirty(), "changes are saved at once: never dirty");
		assertTrue(editor.getTitleToolTip().contains(session.file().getFileName().toString()), editor.getTitleToolTip());

		assertSame(editor, IssueEditors.open(page(), session, edited), "one editor per issue");
		assertEquals(1, page().getEditorReferences().length);
		maximizedScreenshot(editor, "issue-editor");
	}

	@Test
	@Order(20)
	void descriptionTypedIntoTheFieldIsOneCommandSavedToTheFile() throws Exception {
		IssueEditor editor = open(edited);
		CommandStack stack = session.editingDomain().getCommandStack();
		String before = edited.getDescription();
		String typed = "河道沿岸违规堆放的建筑垃圾已全部清运（编辑器测试）";

		type(editor.issueSection().description(), typed);

		assertEquals(typed, edited.getDescription());
		assertNotNull(stack.getUndoCommand());
		assertEquals(typed, stored(edited, Issue::getDescription));

		// Undo through the workbench's Undo command (Edit ▸ Undo, Ctrl+Z), which the editor serves.
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
		processEvents();
		assertEquals(before, edited.getDescription());
		assertEquals(Texts.of(before), editor.issueSection().description().getText(), "the field follows undo");
		assertEquals(before, stored(edited, Issue::getDescription));

		handlers.executeCommand("org.eclipse.ui.edit.redo", null); //$NON-NLS-1$
		processEvents();
		assertEquals(typed, edited.getDescription());
		assertEquals(typed, editor.issueSection().description().getText());
	}

	@Test
	@Order(25)
	void tabLeavesAMultiLineFieldAndSavesItInsteadOfTypingATab() throws Exception {
		IssueEditor editor = open(edited);
		Text description = editor.issueSection().description();
		String before = edited.getDescription();
		String typed = before + "（已复核）";
		description.setText(typed);
		description.forceFocus();
		processEvents();
		Display display = description.getDisplay();
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event tab = new Event();
			tab.type = type;
			tab.keyCode = SWT.TAB;
			tab.character = '\t';
			display.post(tab);
		}
		waitUntil("Tab to leave the description", () -> display.getFocusControl() != description);
		assertFalse(description.getText().contains("\t"), description.getText());
		assertEquals(typed, edited.getDescription(), "leaving the field saved it");
		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
		processEvents();
		assertEquals(before, edited.getDescription());
	}

	@Test
	@Order(30)
	void badDateIsRefusedWithItsReasonAtTheFieldAndChangesNothing() throws Exception {
		IssueEditor editor = open(edited);
		CommandStack stack = session.editingDomain().getCommandStack();
		Object lastCommand = stack.getUndoCommand();
		LocalDate before = edited.getReceivedDate();
		Text received = editor.issueSection().receivedDate();

		type(received, "2026-13-45");

		assertEquals(before, edited.getReceivedDate(), "nothing changed");
		assertSame(lastCommand, stack.getUndoCommand(), "no command executed");
		String reason = assertThrows(IllegalArgumentException.class, () -> Parsers.date("2026-13-45")).getMessage();
		assertEquals(reason, editor.fields().problem(received));
		assertEquals(NLS.bind(Messages.Field_problem, Texts.label(Literals.ISSUE__RECEIVED_DATE), reason),
				editor.heading().getMessage(), "the heading names the field and the reason");
		assertEquals(reason, received.getToolTipText());
		maximizedScreenshot(editor, "issue-editor-refused");

		received.notifyListeners(SWT.KeyDown, escape());
		processEvents();
		assertEquals(before.toString(), received.getText(), "Escape brings back the ledger's value");
		assertNull(editor.fields().problem(received));
		assertNull(editor.heading().getMessage());

		LocalDate next = before.plusDays(1);
		type(received, next.getYear() + "." + next.getMonthValue() + "." + next.getDayOfMonth());
		assertEquals(next, edited.getReceivedDate());
		assertEquals(next.toString(), received.getText(), "the field shows the date the way the ledger writes it");
		stack.undo();
		processEvents();
		assertEquals(before, edited.getReceivedDate());
	}

	@Test
	@Order(40)
	void deadlineIsReadInAnySpellingAndOneBeforeTheReceivedDateIsRefused() throws Exception {
		IssueEditor editor = open(edited);
		Text deadline = editor.planSection().deadline();
		LocalDate before = edited.getPlan().getDeadline();

		type(deadline, "2000年底");
		assertEquals(before, edited.getPlan().getDeadline(), "nothing changed");
		assertEquals(NLS.bind(Messages.Check_deadlineBeforeReceived, LocalDate.of(2000, 12, 31), edited.getReceivedDate()),
				editor.fields().problem(deadline));
		assertTrue(editor.planSection().parsedDeadline().getText().contains("2000-12-31"),
				editor.planSection().parsedDeadline().getText());

		int year = Math.max(edited.getReceivedDate().getYear(), LocalDate.now(OFFICE).getYear()) + 1;
		type(deadline, year + "年下半年");
		assertEquals(LocalDate.of(year, 12, 31), edited.getPlan().getDeadline());
		assertEquals(year + "年下半年", edited.getPlan().getDeadlineText());
		assertEquals(RectificationType.TIME_LIMITED, edited.getPlan().getType());
		assertNull(editor.fields().problem(deadline));
		assertEquals(LocalDate.of(year, 12, 31), stored(edited, issue -> issue.getPlan().getDeadline()));
	}

	@Test
	@Order(50)
	void unitTypedIntoAnAssignmentMustBeOneOfTheLedger() throws Exception {
		IssueEditor editor = open(edited);
		editor.assignments().viewer().setSelection(new StructuredSelection(edited.getAssignments().get(0)), true);
		processEvents();
		Text unit = editor.assignments().unit();
		assertTrue(unit.isEnabled(), "the selected row's fields are enabled");
		var before = edited.getAssignments().get(0).getOrganization();

		type(unit, "不存在的单位");
		assertSame(before, edited.getAssignments().get(0).getOrganization());
		assertEquals(NLS.bind(Messages.Parse_unknownUnit, "不存在的单位"), editor.fields().problem(unit));

		type(unit, retired.getName());
		assertSame(before, edited.getAssignments().get(0).getOrganization());
		assertEquals(NLS.bind(Messages.Parse_retiredUnitWithSuccessor, retired.getName(), retired.getSuccessor().getName()),
				editor.fields().problem(unit));

		var other = ledger.getOrganizations().stream().filter(o -> o != before && !o.isRetired()).findFirst()
				.orElseThrow();
		type(unit, other.getName());
		assertSame(other, edited.getAssignments().get(0).getOrganization());
		assertNull(editor.fields().problem(unit));
		assertEquals(other.getName(), editor.assignments().viewer().getTable().getItem(0).getText(1), "the table follows");
	}

	@Test
	@Order(60)
	void measureTickedDoneIsDoneToday() throws Exception {
		IssueEditor editor = open(unfinished);
		Measure measure = unfinished.getPlan().getMeasures().get(0);
		editor.measures().viewer().setSelection(new StructuredSelection(measure), true);
		processEvents();
		assertFalse(editor.measures().flag().getSelection());

		click(editor.measures().flag());
		assertTrue(measure.isDone(), () -> "ticked: " + editor.measures().flag().getSelection() + ", enabled: "
				+ editor.measures().flag().isEnabled() + ", problem: " + editor.fields().problem(editor.measures().flag())
				+ ", selected: " + editor.measures().viewer().getStructuredSelection().getFirstElement());
		assertEquals(LocalDate.now(OFFICE), measure.getDoneDate());
		assertEquals(Texts.of(LocalDate.now(OFFICE)), editor.measures().flagDate().getText());

		session.editingDomain().getCommandStack().undo();
		processEvents();
		assertFalse(measure.isDone());
		assertNull(measure.getDoneDate());
		assertFalse(editor.measures().flag().getSelection(), "the check box follows undo");

		Organization cooperating = ledger.getOrganizations().stream().filter(o -> !o.isRetired()).findFirst().orElseThrow();
		type(editor.measures().unit(), cooperating.getName());
		assertSame(cooperating, measure.getUnit(), "the measure is carried out by the unit typed");
	}

	@Test
	@Order(70)
	void reportDoneIsOfferedForAFinishedIssueAndMovesIt() throws Exception {
		IssueEditor editor = open(finished);
		var workflow = editor.workflow();
		assertTrue(workflow.button(Step.REPORT_DONE).isEnabled(), workflow.refusal(Step.REPORT_DONE).getText());
		assertEquals("", workflow.refusal(Step.REPORT_DONE).getText());

		click(workflow.button(Step.REPORT_DONE));

		assertEquals(IssueStatus.REPORTED_DONE, finished.getStatus());
		var change = finished.getStatusChanges().get(finished.getStatusChanges().size() - 1);
		assertEquals(IssueStatus.RECTIFYING, change.getFrom());
		assertEquals(IssueStatus.REPORTED_DONE, change.getTo());
		assertEquals(System.getProperty("user.name"), change.getActor());
		assertEquals(IssueStatus.REPORTED_DONE, stored(finished, Issue::getStatus));
		waitUntil("the workflow to offer the next step", () -> workflow.button(Step.REQUEST_SIGN_OFF).isEnabled());
		waitUntil("the heading to show the new status",
				() -> editor.heading().getText().contains(Texts.of(IssueStatus.REPORTED_DONE)));
		assertEquals(Messages.Schedule_done, editor.warnings().today().getText().replaceAll(".*\u2014", ""));
		assertFalse(workflow.button(Step.REPORT_DONE).isEnabled(), "done is reported once");
		assertTrue(workflow.refusal(Step.SIGN_OFF).getText().contains(Texts.of(IssueStatus.SIGNED_OFF)),
				workflow.refusal(Step.SIGN_OFF).getText());
		maximizedScreenshot(editor, "issue-editor-workflow");
	}

	@Test
	@Order(75)
	void reviewsAreRecordedThroughTheDialogAndSignOffWaitsForThePublicNotice() throws Exception {
		IssueEditor editor = open(finished);
		var workflow = editor.workflow();
		click(workflow.button(Step.REQUEST_SIGN_OFF));
		assertEquals(IssueStatus.UNDER_REVIEW, finished.getStatus());
		waitUntil("reviews to be offered", () -> workflow.button(Step.RECORD_REVIEW).isEnabled());

		List<?> levels = editor.context().settings().lifecyclePolicy().reviewLevels();
		for (int i = 0; i < levels.size(); i++) {
			fillNextReviewDialog("验收组" + (i + 1));
			workflow.run(Step.RECORD_REVIEW);
			processEvents();
		}
		assertEquals(levels, finished.getReviews().stream().map(review -> review.getLevel()).toList(),
				"one accepted review at each level, in order");
		assertTrue(finished.getReviews().stream().allMatch(review -> review.getChecklist().size() == 5
				&& review.getChecklist().stream().allMatch(item -> item.isPassed())), "the five criteria, passed");
		waitUntil("the reviews table to follow", () -> editor.reviews().getTable().getItemCount() == levels.size());

		String notice = Step.message(new Lifecycle(editor.context().settings().lifecyclePolicy())
				.check(finished, IssueStatus.SIGNED_OFF, LocalDate.now(OFFICE)).stream()
				.filter(m -> m.kind() == Missing.Kind.PUBLIC_NOTICE_RUNNING).findFirst().orElseThrow(), Texts.locale());
		waitUntil("sign-off to wait for the public notice",
				() -> workflow.refusal(Step.SIGN_OFF).getText().contains(notice));
		assertFalse(workflow.button(Step.SIGN_OFF).isEnabled());
		assertFalse(workflow.button(Step.REJECT).isEnabled(), "no review rejected the claim");
	}

	/** Answers the review dialog when it opens: the reviewer's name, everything else as proposed. */
	private static void fillNextReviewDialog(String reviewer) {
		Display display = Display.getCurrent();
		Runnable[] filler = new Runnable[1];
		filler[0] = () -> {
			Shell dialog = Arrays.stream(display.getShells())
					.filter(shell -> shell.isVisible() && Messages.Step_recordReview.equals(shell.getText())).findFirst()
					.orElse(null);
			if (dialog == null) {
				display.timerExec(100, filler[0]);
				return;
			}
			// The first field one can type into (the title area's message is a read-only text).
			Text name = descendants(dialog, Text.class).stream().filter(Text::getEditable).findFirst().orElseThrow();
			name.setText(reviewer);
			Button ok = descendants(dialog, Button.class).stream()
					.filter(button -> IDialogConstants.OK_LABEL.equals(button.getText())).findFirst().orElseThrow();
			ok.notifyListeners(SWT.Selection, new Event());
		};
		display.timerExec(100, filler[0]);
	}

	private static <T> List<T> descendants(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(descendants(composite, type));
			}
		}
		return found;
	}

	@Test
	@Order(80)
	void reportDoneIsRefusedWithTheLifecyclesReasonWhileAMeasureIsOpen() throws Exception {
		IssueEditor editor = open(unfinished);
		var workflow = editor.workflow();
		List<Missing> missing = new Lifecycle(editor.context().settings().lifecyclePolicy()).check(unfinished,
				IssueStatus.REPORTED_DONE, LocalDate.now(OFFICE));
		assertFalse(missing.isEmpty());
		String reason = Step.message(missing.stream().filter(m -> m.kind() == Missing.Kind.MEASURE_NOT_DONE)
				.findFirst().orElseThrow(), Texts.locale());

		assertFalse(workflow.button(Step.REPORT_DONE).isEnabled());
		String shown = workflow.refusal(Step.REPORT_DONE).getText();
		assertTrue(shown.contains(reason), "the reason is shown beside the action: " + shown + " / " + reason);
		assertTrue(workflow.button(Step.REPORT_DONE).getToolTipText().contains(reason));
		assertEquals(IssueStatus.RECTIFYING, unfinished.getStatus());
	}

	@Test
	@Order(90)
	void proposalIsConfirmedInOneUndoableCommand() throws Exception {
		IssueEditor editor = open(finished);
		var escalation = editor.escalation();
		escalation.viewer().setSelection(new StructuredSelection(proposal), true);
		processEvents();
		assertTrue(escalation.confirm().isEnabled(), escalation.refusal().getText());

		click(escalation.confirm());
		assertEquals(ProposalState.CONFIRMED, proposal.getState());
		assertEquals(LocalDate.now(OFFICE), proposal.getDecidedOn());
		waitUntil("the decided record to refuse a second decision", () -> !escalation.confirm().isEnabled());
		assertFalse(escalation.refusal().getText().isEmpty());

		session.editingDomain().getCommandStack().undo();
		assertEquals(ProposalState.PROPOSED, proposal.getState());
	}

	@Test
	@Order(100)
	void openCommandOpensTheIssueItNames() throws Exception {
		page().closeAllEditors(false);
		Issue issue = ledger.getIssues().get(ISSUES - 1);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command open = commands.getCommand(IssueEditors.OPEN_COMMAND_ID);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(open, Map.of(IssueEditors.ISSUE_PARAMETER, issue.getId())), null);
		processEvents();
		assertTrue(IssueEditors.find(page(), session, issue).isPresent(), "the command opened the issue's editor");
	}

	@Test
	@Order(110)
	void navigatorIssueNodeOffersOpenIssueInItsContextMenu() {
		page().closeAllEditors(false);
		TreeViewer viewer = navigator().viewer();
		TreeItem issueItem = firstIssueItem(viewer);
		viewer.setSelection(new StructuredSelection(issueItem.getData()), true);
		processEvents();
		Menu menu = viewer.getTree().getMenu();
		assertNotNull(menu, "the navigator has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		String label = commandLabel(IssueEditors.OPEN_COMMAND_ID);
		MenuItem item = Arrays.stream(menu.getItems())
				.filter(candidate -> LegacyActionTools.removeMnemonics(candidate.getText()).startsWith(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + label + " in " + Arrays.toString(menu.getItems())));
		EditorTesting.guarded("choosing " + label, () -> item.notifyListeners(SWT.Selection, new Event()));
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
		assertEquals(1, page().getEditorReferences().length, "the selected issue's editor opened");

		page().closeAllEditors(false);
		Event doubleClick = new Event();
		doubleClick.item = firstIssueItem(viewer); // the tree may have been rebuilt meanwhile
		EditorTesting.guarded("double-clicking an issue", () -> viewer.getTree().notifyListeners(SWT.DefaultSelection, doubleClick));
		processEvents();
		assertEquals(1, page().getEditorReferences().length, "double-clicking an issue opens its editor");
	}

	@Test
	@Order(120)
	void editorClosesWhenItsIssueIsDeleted() throws Exception {
		page().closeAllEditors(false);
		IssueEditor editor = open(edited);
		assertNotNull(editor);
		CommandStack stack = session.editingDomain().getCommandStack();
		stack.execute(RemoveCommand.create(session.editingDomain(), ledger, Literals.LEDGER__ISSUES, edited));
		waitUntil("the editor to close", () -> page().getEditorReferences().length == 0);
		stack.undo();
		processEvents();
		assertSame(ledger, edited.eContainer());
	}

	@Test
	@Order(130)
	void editorsCloseWithTheLedgerAndLeaveNoListenerOnTheModel() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		int adapters = edited.eAdapters().size();
		open(edited);
		open(finished);
		assertEquals(2, page().getEditorReferences().length);
		assertTrue(edited.eAdapters().size() > adapters, "the editor follows its issue");
		sessions.close();
		waitUntil("the editors to close", () -> page().getEditorReferences().length == 0);
		assertEquals(adapters, edited.eAdapters().size(), "the closed editor no longer listens to its issue");
	}

	private static IssueEditor open(Issue issue) throws Exception {
		IEditorPart part = IssueEditors.open(page(), session, issue);
		processEvents();
		return (IssueEditor) part;
	}

	private static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** The value as the ledger file holds it, read through a second, read-only session. */
	private static <T> T stored(Issue issue, Function<Issue, T> value) throws Exception {
		LedgerStore store = PlatformUI.getWorkbench().getService(LedgerStore.class);
		try (LedgerSession reader = store.open(session.file(), true)) {
			Issue copy = reader.ledger().getIssues().stream().filter(other -> other.getId().equals(issue.getId()))
					.findFirst().orElseThrow();
			return value.apply(copy);
		}
	}

	/**
	 * Two pictures: the workbench window with the editor maximized (NAME.png), and the editor's whole
	 * form, also what lies below the fold (NAME-form.png).
	 */
	private static void maximizedScreenshot(IssueEditor editor, String name) throws Exception {
		IWorkbenchPage page = page();
		page.activate(editor);
		Control form = editor.form();
		waitUntil("the editor to show", () -> form.isVisible() && form.getSize().y > 0);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		// The workbench may maximize a moment later; a picture of the editor small still shows it.
		for (int i = 0; i < 20 && form.getSize().y < window().getShell().getSize().y / 2; i++) {
			processEvents();
		}
		Path window = EditorTesting.screenshot(window().getShell(), name);
		Path whole = EditorTesting.print(editor.form().getForm(), name + "-form");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		processEvents();
		assertTrue(Files.size(window) > 0, "screenshot at " + window);
		assertTrue(Files.size(whole) > 0, "picture of the form at " + whole);
	}

	private static boolean inWorkWithMeasures(Issue issue) {
		return issue.getStatus() == IssueStatus.RECTIFYING && issue.getPlan() != null
				&& issue.getPlan().getType() == RectificationType.TIME_LIMITED && !issue.getPlan().getMeasures().isEmpty()
				&& !issue.getAssignments().isEmpty() && issue.getReceivedDate() != null && issue.getCaseNumber() != null
				&& IssueFacts.leadUnit(issue) != null;
	}

	/** Every measure done by {@code day} and backed by one piece of evidence. */
	private static void prepareFinished(Issue issue, LocalDate day) {
		Evidence evidence = ModelFactory.eINSTANCE.createEvidence();
		evidence.setId(Ids.newId());
		evidence.setKind(EvidenceKind.DOCUMENT);
		evidence.setFileName("整改完成报告.pdf");
		for (Measure measure : issue.getPlan().getMeasures()) {
			measure.setDone(true);
			measure.setDoneDate(day);
			evidence.getMeasures().add(measure);
		}
		issue.getEvidence().add(evidence);
	}

	private static SupervisionNotice proposeNotice(Issue issue, LocalDate day) {
		SupervisionNotice notice = ModelFactory.eINSTANCE.createSupervisionNotice();
		notice.setId(Ids.newId());
		notice.setState(ProposalState.PROPOSED);
		notice.setProposedBy("test.rule");
		notice.setUnit(IssueFacts.leadUnit(issue));
		notice.setIssuedOn(day);
		notice.setContent("请加快整改进度");
		notice.getIssues().add(issue);
		ledger.getSupervisionNotices().add(notice);
		return notice;
	}

	private static Organization retiredUnit(Organization successor) {
		Organization unit = ModelFactory.eINSTANCE.createOrganization();
		unit.setId(Ids.newId());
		unit.setName("江州市原环境保护局");
		unit.setKind(OrganizationKind.DEPARTMENT);
		unit.setRetired(true);
		unit.setSuccessor(successor);
		ledger.getOrganizations().add(unit);
		return unit;
	}

	private static Event escape() {
		Event event = new Event();
		event.character = SWT.ESC;
		event.keyCode = SWT.ESC;
		return event;
	}

	private static NavigatorPart navigator() {
		EPartService parts = window().getService(EPartService.class);
		MPart part = parts.findPart(NavigatorPart.ID);
		assertNotNull(part, "no navigator");
		// Right-clicking activates the navigator: its selection is then the workbench's.
		parts.showPart(NavigatorPart.ID, EPartService.PartState.ACTIVATE);
		return (NavigatorPart) part.getObject();
	}

	/** The first issue under the first round, made real (the tree is virtual). */
	private static TreeItem firstIssueItem(TreeViewer viewer) {
		waitUntil("the navigator to show the ledger", () -> viewer.getTree().getItemCount() > 0);
		TreeItem rounds = viewer.getTree().getItem(0);
		rounds.getText();
		viewer.expandToLevel(rounds.getData(), 1);
		processEvents();
		TreeItem round = rounds.getItem(0);
		round.getText();
		viewer.expandToLevel(round.getData(), 1);
		processEvents();
		TreeItem issue = round.getItem(0);
		issue.getText();
		return issue;
	}

	private static String commandLabel(String id) {
		try {
			return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id).getName();
		} catch (NotDefinedException e) {
			throw new AssertionError(e);
		}
	}
}
