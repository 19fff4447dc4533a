package taizhang.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import taizhang.model.AssignmentRole;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.StatusChange;
import taizhang.model.validation.LedgerDiagnostician;

class XmiRoundTripTest {

	@Test
	void smallLedgerSurvivesXmiRoundTrip() throws IOException {
		SampleLedger sample = new SampleLedger();
		Issue issue = sample.issue("ZY-001");
		sample.assign(issue, AssignmentRole.COOPERATING_UNIT, sample.department, null);
		Measure measure = sample.identified(ModelFactory.eINSTANCE.createMeasure());
		measure.setDescription("安装废气收集处理设施");
		measure.setDueDate(SampleLedger.RECEIVED.plusMonths(1));
		issue.getPlan().getMeasures().add(measure);
		Evidence evidence = sample.identified(ModelFactory.eINSTANCE.createEvidence());
		evidence.setKind(EvidenceKind.PHOTO_AFTER);
		evidence.setFileName("整改后.jpg");
		evidence.setCapturedAt(Instant.parse("2026-04-01T08:30:00Z"));
		evidence.getMeasures().add(measure);
		issue.getEvidence().add(evidence);
		StatusChange change = ModelFactory.eINSTANCE.createStatusChange();
		change.setAt(Instant.parse("2026-03-05T01:00:00Z"));
		change.setFrom(IssueStatus.PLANNED);
		change.setTo(IssueStatus.RECTIFYING);
		issue.getStatusChanges().add(change);
		sample.issue("ZY-002").setReboundOf(issue);

		Ledger copy = reload(sample.ledger);

		assertTrue(EcoreUtil.equals(sample.ledger, copy), "the reloaded ledger differs");
		Issue issueCopy = copy.getIssues().get(0);
		assertSame(copy.getRounds().get(0), issueCopy.getRound());
		assertSame(issueCopy.getPlan().getMeasures().get(0), issueCopy.getEvidence().get(0).getMeasures().get(0));
		assertSame(issueCopy, copy.getIssues().get(1).getReboundOf());
		// children is transient: rebuilt from the persisted parent references
		assertEquals(2, copy.getOrganizations().get(0).getChildren().size());
		assertEquals(0, new LedgerDiagnostician(Locale.ENGLISH).validate(copy).getChildren().size());
	}

	private static Ledger reload(Ledger ledger) throws IOException {
		ResourceSet out = resourceSet();
		Resource resource = out.createResource(URI.createURI("memory:/ledger.xmi"));
		resource.getContents().add(ledger);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of());

		Resource loaded = resourceSet().createResource(URI.createURI("memory:/ledger.xmi"));
		loaded.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		return (Ledger) loaded.getContents().get(0);
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		return resourceSet;
	}
}
