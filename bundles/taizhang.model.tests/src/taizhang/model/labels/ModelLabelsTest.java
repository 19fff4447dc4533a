package taizhang.model.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import taizhang.model.AssignmentRole;
import taizhang.model.IssueStatus;
import taizhang.model.ModelPackage;
import taizhang.model.RoundKind;
import taizhang.model.internal.Bundles;

class ModelLabelsTest {

	@Test
	void enumLabelIsChineseForChineseLocales() {
		assertEquals("已销号", EnumLabels.label(IssueStatus.SIGNED_OFF, Locale.CHINESE));
		assertEquals("中央“回头看”", EnumLabels.label(RoundKind.CENTRAL_LOOKBACK, Locale.SIMPLIFIED_CHINESE));
		assertEquals("牵头单位", EnumLabels.label(AssignmentRole.LEAD_UNIT, Locale.TRADITIONAL_CHINESE));
	}

	@Test
	void enumLabelIsEnglishForOtherLocales() {
		assertEquals("Signed off", EnumLabels.label(IssueStatus.SIGNED_OFF, Locale.ENGLISH));
		assertEquals("Lead unit", EnumLabels.label(AssignmentRole.LEAD_UNIT, Locale.GERMAN));
	}

	@Test
	void englishLabelDoesNotFallBackToChineseDefaultLocale() {
		Locale previous = Locale.getDefault();
		Locale.setDefault(Locale.CHINA);
		try {
			assertEquals("Signed off", EnumLabels.label(IssueStatus.SIGNED_OFF, Locale.ENGLISH));
			assertEquals("已销号", EnumLabels.label(IssueStatus.SIGNED_OFF));
		} finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void dynamicEnumLiteralHasTheSameLabel() {
		EEnumLiteral literal = ModelPackage.Literals.ISSUE_STATUS.getEEnumLiteral("REBOUND");

		assertEquals("已反弹", ModelLabels.literalLabel(literal, Locale.CHINESE));
	}

	@Test
	void inheritedFeatureIsLabelledByItsDeclaringClass() {
		assertEquals("标识", ModelLabels.featureLabel(ModelPackage.Literals.IDENTIFIED__ID, Locale.CHINESE));
		assertEquals("交办编号", ModelLabels.featureLabel(ModelPackage.Literals.ISSUE__CASE_NUMBER, Locale.CHINESE));
		assertEquals("Case number", ModelLabels.featureLabel(ModelPackage.Literals.ISSUE__CASE_NUMBER, Locale.ENGLISH));
	}

	@Test
	void everyClassFeatureAndLiteralHasChineseAndEnglishLabels() {
		ResourceBundle english = Bundles.get(ModelLabels.BUNDLE, Locale.ENGLISH);
		ResourceBundle chinese = Bundles.get(ModelLabels.BUNDLE, Locale.CHINESE);
		List<String> keys = new ArrayList<>();
		for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				keys.add(eClass.getName());
				eClass.getEStructuralFeatures().forEach(feature -> keys.add(eClass.getName() + '.' + feature.getName()));
			} else if (classifier instanceof EEnum eEnum) {
				keys.add(eEnum.getName());
				eEnum.getELiterals().forEach(literal -> keys.add(eEnum.getName() + '.' + literal.getName()));
			}
		}
		for (String key : keys) {
			assertTrue(english.keySet().contains(key), "no English label for " + key);
			String label = chinese.getString(key);
			assertTrue(label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					"no Chinese label for " + key + ": " + label);
		}
	}
}
