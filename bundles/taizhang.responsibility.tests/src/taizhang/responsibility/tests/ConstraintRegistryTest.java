package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import taizhang.model.ModelPackage;
import taizhang.responsibility.validation.Constraint;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.responsibility.validation.Severity;

/**
 * The constraints come through the extension point taizhang.responsibility.constraints: the built-in
 * ones from taizhang.responsibility's plugin.xml, an agency's from this fragment's fragment.xml.
 */
class ConstraintRegistryTest {

	private static final String BUNDLE = "taizhang.responsibility"; //$NON-NLS-1$
	private static final String AGENCY = "org.example.office"; //$NON-NLS-1$

	private final Object token = new Object();
	private final IExtensionRegistry registry = RegistryFactory.createRegistry(new TestClassesStrategy(), token, token);

	/** Creates contributed classes from the test's class path (the registry bundle's loader sees neither). */
	private static final class TestClassesStrategy extends RegistryStrategy {

		TestClassesStrategy() {
			super(null, null);
		}

		@Override
		public Object createExecutableExtension(RegistryContributor contributor, String className,
				String overriddenContributorName) throws CoreException {
			try {
				return Class.forName(className, true, ConstraintRegistryTest.class.getClassLoader()).getConstructor()
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

	/** The bundle's own plugin.xml or this fragment's fragment.xml, found on the class path by what it holds. */
	private static URL resource(String name, String holding) throws IOException {
		for (URL url : Collections.list(ConstraintRegistryTest.class.getClassLoader().getResources(name))) {
			try (InputStream in = url.openStream()) {
				if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(holding)) {
					return url;
				}
			}
		}
		throw new AssertionError(name + " holding " + holding + " is not on the class path"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void contribute(URL xml, String contributor) throws IOException {
		try (InputStream in = xml.openStream()) {
			assertTrue(registry.addContribution(in, ContributorFactorySimple.createContributor(contributor), false,
					xml.toString(), null, token));
		}
	}

	private void contributeBundle() throws IOException {
		contribute(resource("plugin.xml", "schema/constraints.exsd"), BUNDLE); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> ids(Constraints constraints) {
		return constraints.constraints().stream().map(Constraint::id).toList();
	}

	@Test
	void theBuiltInConstraintsComeThroughTheExtensionPoint() throws IOException {
		contributeBundle();
		try (Constraints constraints = Constraints.fromRegistry(registry)) {
			assertEquals(ids(Constraints.builtIn()), ids(constraints));
			assertEquals(List.of(), constraints.problems());
		}
	}

	@Test
	void theFragmentsConstraintIsPickedUpAndChecked() throws IOException {
		contributeBundle();
		contribute(resource("fragment.xml", PhoneRequired.class.getName()), AGENCY); //$NON-NLS-1$
		try (Constraints constraints = Constraints.fromRegistry(registry)) {
			assertTrue(ids(constraints).contains(PhoneRequired.ID), ids(constraints)::toString);
			Fixture f = new Fixture();
			f.eastDeputy.setPhone(null);
			List<Problem> found = new ProblemFinder(f.ledger, constraints, Locale.CHINESE).checkAll();
			assertEquals(1, found.size(), found::toString);
			Problem problem = found.get(0);
			assertEquals(PhoneRequired.ID, problem.constraintId());
			assertEquals(Severity.WARNING, problem.severity());
			assertEquals("责任人钱副区长未登记电话", problem.message(Locale.CHINESE)); //$NON-NLS-1$
		}
	}

	@Test
	void aBrokenContributionIsReportedAndTheOthersStillCount() throws IOException {
		contributeBundle();
		String xml = "<?xml version=\"1.0\"?><plugin><extension point=\"taizhang.responsibility.constraints\">" //$NON-NLS-1$
				+ "<constraint class=\"org.example.office.Missing\"/><constraint class=\"java.lang.String\"/>" //$NON-NLS-1$
				+ "</extension></plugin>"; //$NON-NLS-1$
		assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				ContributorFactorySimple.createContributor(AGENCY), false, AGENCY, null, token));
		try (Constraints constraints = Constraints.fromRegistry(registry)) {
			assertEquals(ids(Constraints.builtIn()), ids(constraints));
			List<IStatus> problems = constraints.problems();
			assertEquals(2, problems.size());
			assertTrue(problems.stream().allMatch(p -> p.getMessage().contains(AGENCY)), problems::toString);
			assertTrue(problems.get(1).getMessage().contains("does not implement"), problems.get(1)::getMessage); //$NON-NLS-1$
		}
	}

	/** The test runs under OSGi (Tycho), where the fragment's fragment.xml is read like any bundle's. */
	@Test
	void thePlatformRegistryHoldsTheFragmentsConstraint() {
		IExtensionRegistry platform = RegistryFactory.getRegistry();
		assertNotNull(platform, "the platform's extension registry (the tests run under OSGi)"); //$NON-NLS-1$
		try (Constraints constraints = Constraints.fromRegistry(platform)) {
			List<String> ids = ids(constraints);
			assertTrue(ids.containsAll(ids(Constraints.builtIn())), ids::toString);
			assertTrue(ids.contains(PhoneRequired.ID), ids::toString);
			assertEquals(List.of(), constraints.problems());
		}
	}

	@Test
	void aConstraintThatFailsIsReportedAsAProblemOfTheObjectItChecked() {
		Constraint failing = new Constraint() {
			@Override
			public String id() {
				return "org.example.office.failing"; //$NON-NLS-1$
			}

			@Override
			public String label(Locale locale) {
				return "Failing"; //$NON-NLS-1$
			}

			@Override
			public Set<EClass> targets() {
				return Set.of(ModelPackage.Literals.PERSON);
			}

			@Override
			public void check(EObject target, ConstraintContext context) {
				throw new IllegalStateException("broken"); //$NON-NLS-1$
			}
		};
		Fixture f = new Fixture();
		List<Problem> found = new ProblemFinder(f.ledger, new Constraints(List.of(failing)), Locale.ENGLISH).checkAll();
		assertEquals(f.ledger.getPersons().size(), found.size());
		assertEquals("failed", found.get(0).code()); //$NON-NLS-1$
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("The check \"Failing\" failed: java.lang.IllegalStateException: broken", //$NON-NLS-1$
				found.get(0).message(Locale.ENGLISH));
	}
}
