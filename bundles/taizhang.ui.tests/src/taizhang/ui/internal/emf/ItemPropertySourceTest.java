package taizhang.ui.internal.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.labels.EnumLabels;
import taizhang.model.labels.ModelLabels;
import taizhang.ui.internal.Labels;

class ItemPropertySourceTest {

	private final ComposedAdapterFactory adapterFactory = ItemProviders.newAdapterFactory();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory,
			new BasicCommandStack());
	private final Ledger ledger = new DemoLedgerGenerator(11, LocalDate.of(2026, 11, 24)).generate(3);
	private final Issue issue = ledger.getIssues().get(0);

	ItemPropertySourceTest() {
		Resource resource = new ResourceImpl(URI.createURI("memory:/ledger"));
		domain.getResourceSet().getResources().add(resource);
		resource.getContents().add(ledger);
	}

	@AfterEach
	void disposeAdapters() {
		adapterFactory.dispose();
	}

	@Test
	void propertiesAreNamedAndShownInTheUsersLanguage() {
		ItemPropertySource source = source(null);
		IPropertyDescriptor category = descriptor(source, ModelPackage.Literals.ISSUE__CATEGORY);
		assertEquals(ModelLabels.featureLabel(ModelPackage.Literals.ISSUE__CATEGORY, Labels.locale()),
				category.getDisplayName());
		assertEquals(EnumLabels.label(issue.getCategory(), Labels.locale()), category.getLabelProvider().getText(null));
	}

	@Test
	void readOnlyPropertiesHaveNoEditor() {
		ItemPropertySource source = source(null);
		assertNull(descriptor(source, ModelPackage.Literals.ISSUE__CASE_NUMBER).createPropertyEditor(null));
	}

	@Test
	void editingATextPropertyIsAnUndoableCommand() {
		ItemPropertySource source = source(domain);
		IPropertyDescriptor caseNumber = descriptor(source, ModelPackage.Literals.ISSUE__CASE_NUMBER);
		String before = issue.getCaseNumber();
		source.setPropertyValue(caseNumber.getId(), "SJ-2026-001");
		assertEquals("SJ-2026-001", issue.getCaseNumber());
		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertEquals(before, issue.getCaseNumber());
	}

	@Test
	void editingAnEnumPropertyTakesTheChosenLiteral() {
		ItemPropertySource source = source(domain);
		IPropertyDescriptor category = descriptor(source, ModelPackage.Literals.ISSUE__CATEGORY);
		IssueCategory other = issue.getCategory() == IssueCategory.WATER ? IssueCategory.AIR : IssueCategory.WATER;
		source.setPropertyValue(category.getId(), ModelPackage.Literals.ISSUE_CATEGORY.getELiterals().indexOf(
				ModelPackage.Literals.ISSUE_CATEGORY.getEEnumLiteral(other.getValue())));
		assertEquals(other, issue.getCategory());
	}

	@Test
	void aBadNumberChangesNothing() {
		ItemPropertySource source = source(domain);
		IPropertyDescriptor sequence = descriptor(source, ModelPackage.Literals.ISSUE__SEQUENCE_NUMBER);
		int before = issue.getSequenceNumber();
		source.setPropertyValue(sequence.getId(), "twelve");
		assertEquals(before, issue.getSequenceNumber());
		assertFalse(domain.getCommandStack().canUndo(), "no command executed");
	}

	private ItemPropertySource source(AdapterFactoryEditingDomain editingDomain) {
		IItemPropertySource itemSource = ItemProviders.propertySource(adapterFactory, issue);
		assertNotNull(itemSource);
		return new ItemPropertySource(issue, itemSource, editingDomain);
	}

	private IPropertyDescriptor descriptor(ItemPropertySource source, EStructuralFeature feature) {
		String name = ModelLabels.featureLabel(feature, Labels.locale());
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + name));
	}
}
