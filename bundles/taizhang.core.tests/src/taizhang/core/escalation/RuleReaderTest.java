package taizhang.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import taizhang.core.escalation.internal.RedWarningRule;
import taizhang.core.escalation.internal.YellowWarningsRule;
import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;

/**
 * The rules contributed to {@code taizhang.core.rules}, read from an in-memory extension registry
 * holding taizhang.core's own plugin.xml and the contributions of a made-up agency bundle.
 */
class RuleReaderTest {

	private static final String AGENCY = "org.example.office"; //$NON-NLS-1$

	/** An agency's rule: a notice for every issue with a lead unit. */
	public static final class AgencyRule implements EscalationRule {

		static final String ID = "org.example.office.everyIssue"; //$NON-NLS-1$

		@Override
		public String id() {
			return ID;
		}

		@Override
		public String label(Locale locale) {
			return "每个问题都督办"; //$NON-NLS-1$
		}

		@Override
		public List<Proposal> propose(EscalationContext context) {
			return context.ledger().getIssues().stream()
					.filter(issue -> IssueFacts.leadUnit(issue) != null)
					.map(issue -> Proposal.notice(ID, IssueFacts.leadUnit(issue), List.of(issue),
							"督办")) //$NON-NLS-1$
					.toList();
		}
	}

	private final Object token = new Object();
	private final IExtensionRegistry registry = RegistryFactory.createRegistry(new TestClassesStrategy(), token, token);

	/**
	 * Loads the contributed classes from the test's class path. (The default strategy loads them with
	 * the registry bundle's class loader, which under OSGi sees neither taizhang.core nor this test.)
	 */
	private static final class TestClassesStrategy extends RegistryStrategy {

		TestClassesStrategy() {
			super(null, null);
		}

		@Override
		public Object createExecutableExtension(RegistryContributor contributor, String className,
				String overriddenContributorName) throws CoreException {
			try {
				return Class.forName(className, true, RuleReaderTest.class.getClassLoader()).getConstructor()
						.newInstance();
			} catch (ReflectiveOperationException e) {
				throw new CoreException(Status.error("cannot create " + className + ": " + e, e)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	@AfterEach
	void stopRegistry() {
		registry.stop(token);
	}

	/** Contributes taizhang.core's own plugin.xml, which declares the point and the built-in rules. */
	private void contributeCore() throws IOException {
		try (InputStream in = corePluginXml().openStream()) {
			assertTrue(registry.addContribution(in, ContributorFactorySimple.createContributor("taizhang.core"), //$NON-NLS-1$
					false, "plugin.xml", null, token)); //$NON-NLS-1$
		}
	}

	/**
	 * taizhang.core's plugin.xml: the one that declares the extension point (on a plain class path the
	 * EMF jars bring plugin.xml files of their own).
	 */
	private static URL corePluginXml() throws IOException {
		for (URL url : Collections.list(EscalationService.class.getClassLoader().getResources("plugin.xml"))) { //$NON-NLS-1$
			try (InputStream in = url.openStream()) {
				if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("schema/rules.exsd")) { //$NON-NLS-1$
					return url;
				}
			}
		}
		throw new AssertionError("taizhang.core's plugin.xml is not on the class path"); //$NON-NLS-1$
	}

	private void contribute(String contributor, String... classes) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><plugin><extension point=\"taizhang.core.rules\">"); //$NON-NLS-1$
		for (String className : classes) {
			xml.append("<rule class=\"").append(className).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		xml.append("</extension></plugin>"); //$NON-NLS-1$
		IContributor owner = ContributorFactorySimple.createContributor(contributor);
		assertTrue(registry.addContribution(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
				owner, false, contributor, null, token));
	}

	private static List<String> ids(EscalationService service) {
		return service.rules().stream().map(EscalationRule::id).toList();
	}

	@Test
	void theBuiltInRulesComeThroughTheExtensionPoint() throws IOException {
		contributeCore();
		try (EscalationService service = EscalationService.fromRegistry(registry)) {
			assertEquals(List.of(RedWarningRule.ID, YellowWarningsRule.ID), ids(service));
			assertEquals(List.of(), service.problems());
		}
	}

	@Test
	void aContributedRuleBecomesADescriptorNamingItsBundle() throws IOException {
		contributeCore();
		contribute(AGENCY, AgencyRule.class.getName());
		RuleReader reader = new RuleReader(registry);
		reader.start();
		try {
			RuleDescriptor agency = reader.descriptors().get(2);
			assertEquals(AGENCY, agency.contributor());
			assertEquals(AgencyRule.class.getName(), agency.className());
			assertTrue(agency.rule() instanceof AgencyRule);
		} finally {
			reader.stop();
		}
	}

	@Test
	void aContributedRuleProposesAlongsideTheBuiltInOnes() throws IOException {
		contributeCore();
		contribute(AGENCY, AgencyRule.class.getName());
		EscalationFixture fixture = new EscalationFixture();
		Issue red = fixture.red(fixture.qingshan);
		try (EscalationService service = EscalationService.fromRegistry(registry)) {
			List<Proposal> proposals = service.propose(fixture.builder.build(), EscalationFixture.AS_OF, Locale.CHINESE);
			assertEquals(List.of(AgencyRule.ID, RedWarningRule.ID, RedWarningRule.ID),
					proposals.stream().map(Proposal::ruleId).toList());
			assertEquals(List.of(red), proposals.get(0).issues());
		}
	}

	@Test
	void aBrokenContributionIsReportedAndTheOthersStillCount() throws IOException {
		contributeCore();
		contribute(AGENCY, "org.example.office.Missing", String.class.getName()); //$NON-NLS-1$
		try (EscalationService service = EscalationService.fromRegistry(registry)) {
			assertEquals(List.of(RedWarningRule.ID, YellowWarningsRule.ID), ids(service));
			List<IStatus> problems = service.problems();
			assertEquals(2, problems.size());
			assertTrue(problems.stream().allMatch(p -> p.getSeverity() == IStatus.ERROR && p.getMessage().contains(AGENCY)),
					problems::toString);
			assertTrue(problems.get(1).getMessage().contains("does not implement"), problems.get(1)::getMessage); //$NON-NLS-1$
		}
	}

	@Test
	void rulesFollowBundlesComingAndGoing() throws IOException, InterruptedException {
		contributeCore();
		try (EscalationService service = EscalationService.fromRegistry(registry)) {
			contribute(AGENCY, AgencyRule.class.getName());
			awaitRegistryEvent(() -> service.rules().size() == 3);
			assertEquals(List.of(AgencyRule.ID, RedWarningRule.ID, YellowWarningsRule.ID), ids(service));

			for (IExtension extension : registry.getExtensions(ContributorFactorySimple.createContributor(AGENCY))) {
				assertTrue(registry.removeExtension(extension, token));
			}
			awaitRegistryEvent(() -> service.rules().size() == 2);
			assertEquals(List.of(RedWarningRule.ID, YellowWarningsRule.ID), ids(service));
		}
	}

	@Test
	void aStoppedReaderForgetsItsRules() throws IOException {
		contributeCore();
		EscalationService service = EscalationService.fromRegistry(registry);
		service.close();
		assertEquals(List.of(), service.rules());
	}

	/**
	 * The registry tells its listeners on a thread of its own; wait for it (bounded, so a missing
	 * event fails the test instead of hanging it).
	 */
	private static void awaitRegistryEvent(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
			Thread.sleep(10);
		}
		assertTrue(condition.getAsBoolean(), "the registry reported the change");
	}
}
