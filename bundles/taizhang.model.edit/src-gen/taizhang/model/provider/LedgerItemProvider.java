/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link taizhang.model.Ledger} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LedgerItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedgerItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Ledger_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Ledger_name_feature", "_UI_Ledger_type"),
				 ModelPackage.Literals.LEDGER__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Ledger_region_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Ledger_region_feature", "_UI_Ledger_type"),
				 ModelPackage.Literals.LEDGER__REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__ROUNDS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__ISSUES);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__ORGANIZATIONS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__PERSONS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__CUSTOM_FIELDS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__SUPERVISION_NOTICES);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__INTERVIEWS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__ACCOUNTABILITIES);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__DEDUCTIONS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__SETTINGS);
			childrenFeatures.add(ModelPackage.Literals.LEDGER__PERIODS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Ledger.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Ledger"));
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
		String label = ((Ledger)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Ledger_type") :
			getString("_UI_Ledger_type") + " " + label;
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

		switch (notification.getFeatureID(Ledger.class)) {
			case ModelPackage.LEDGER__NAME:
			case ModelPackage.LEDGER__REGION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.LEDGER__ROUNDS:
			case ModelPackage.LEDGER__ISSUES:
			case ModelPackage.LEDGER__ORGANIZATIONS:
			case ModelPackage.LEDGER__PERSONS:
			case ModelPackage.LEDGER__CUSTOM_FIELDS:
			case ModelPackage.LEDGER__SUPERVISION_NOTICES:
			case ModelPackage.LEDGER__INTERVIEWS:
			case ModelPackage.LEDGER__ACCOUNTABILITIES:
			case ModelPackage.LEDGER__DEDUCTIONS:
			case ModelPackage.LEDGER__SETTINGS:
			case ModelPackage.LEDGER__PERIODS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__ROUNDS,
				 ModelFactory.eINSTANCE.createInspectionRound()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__ISSUES,
				 ModelFactory.eINSTANCE.createIssue()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__ORGANIZATIONS,
				 ModelFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__PERSONS,
				 ModelFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__CUSTOM_FIELDS,
				 ModelFactory.eINSTANCE.createCustomFieldDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__SUPERVISION_NOTICES,
				 ModelFactory.eINSTANCE.createSupervisionNotice()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__INTERVIEWS,
				 ModelFactory.eINSTANCE.createInterview()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__ACCOUNTABILITIES,
				 ModelFactory.eINSTANCE.createAccountability()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__DEDUCTIONS,
				 ModelFactory.eINSTANCE.createDeduction()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__SETTINGS,
				 ModelFactory.eINSTANCE.createLedgerSettings()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.LEDGER__PERIODS,
				 ModelFactory.eINSTANCE.createReportingPeriod()));
	}

}
