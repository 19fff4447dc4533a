/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import taizhang.model.LedgerSettings;
import taizhang.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link taizhang.model.LedgerSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LedgerSettingsItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedgerSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addBlueDaysPropertyDescriptor(object);
			addProgressGapPropertyDescriptor(object);
			addPublicNoticeDaysPropertyDescriptor(object);
			addReportCutoffDayPropertyDescriptor(object);
			addReviewLevelsPropertyDescriptor(object);
			addSignOffCriteriaPropertyDescriptor(object);
			addYellowCountForNoticePropertyDescriptor(object);
			addYellowDeductionPointsPropertyDescriptor(object);
			addRedDeductionPointsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Blue Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBlueDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_blueDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_blueDays_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__BLUE_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Progress Gap feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgressGapPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_progressGap_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_progressGap_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__PROGRESS_GAP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Public Notice Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicNoticeDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_publicNoticeDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_publicNoticeDays_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Report Cutoff Day feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportCutoffDayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_reportCutoffDay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_reportCutoffDay_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__REPORT_CUTOFF_DAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Review Levels feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewLevelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_reviewLevels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_reviewLevels_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__REVIEW_LEVELS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sign Off Criteria feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignOffCriteriaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_signOffCriteria_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_signOffCriteria_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__SIGN_OFF_CRITERIA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Yellow Count For Notice feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYellowCountForNoticePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_yellowCountForNotice_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_yellowCountForNotice_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Yellow Deduction Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYellowDeductionPointsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_yellowDeductionPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_yellowDeductionPoints_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Red Deduction Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedDeductionPointsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LedgerSettings_redDeductionPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LedgerSettings_redDeductionPoints_feature", "_UI_LedgerSettings_type"),
				 ModelPackage.Literals.LEDGER_SETTINGS__RED_DEDUCTION_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns LedgerSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LedgerSettings"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((LedgerSettings)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_LedgerSettings_type") :
			getString("_UI_LedgerSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(LedgerSettings.class)) {
			case ModelPackage.LEDGER_SETTINGS__BLUE_DAYS:
			case ModelPackage.LEDGER_SETTINGS__PROGRESS_GAP:
			case ModelPackage.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS:
			case ModelPackage.LEDGER_SETTINGS__REPORT_CUTOFF_DAY:
			case ModelPackage.LEDGER_SETTINGS__REVIEW_LEVELS:
			case ModelPackage.LEDGER_SETTINGS__SIGN_OFF_CRITERIA:
			case ModelPackage.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE:
			case ModelPackage.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS:
			case ModelPackage.LEDGER_SETTINGS__RED_DEDUCTION_POINTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
