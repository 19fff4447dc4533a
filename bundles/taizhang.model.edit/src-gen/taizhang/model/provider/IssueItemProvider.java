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

import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link taizhang.model.Issue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class IssueItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueItemProvider(AdapterFactory adapterFactory) {
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

			addSequenceNumberPropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addCaseNumberPropertyDescriptor(object);
			addRoundPropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
			addCategoryPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addReceivedDatePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addProgressNotePropertyDescriptor(object);
			addReboundOfPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Sequence Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSequenceNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_sequenceNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_sequenceNumber_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__SEQUENCE_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_kind_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Case Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCaseNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_caseNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_caseNumber_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__CASE_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Round feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_round_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_round_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__ROUND,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_Issue_region_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_region_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__REGION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_category_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_description_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Received Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReceivedDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_receivedDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_receivedDate_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__RECEIVED_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_status_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Progress Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgressNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_progressNote_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_progressNote_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__PROGRESS_NOTE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rebound Of feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReboundOfPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Issue_reboundOf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Issue_reboundOf_feature", "_UI_Issue_type"),
				 ModelPackage.Literals.ISSUE__REBOUND_OF,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(ModelPackage.Literals.ISSUE__PLAN);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__ASSIGNMENTS);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__EVIDENCE);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__PROGRESS_REPORTS);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__REVIEWS);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__WARNINGS);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__STATUS_CHANGES);
			childrenFeatures.add(ModelPackage.Literals.ISSUE__CUSTOM_VALUES);
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
	 * This returns Issue.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Issue"));
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
		String label = ((Issue)object).getCaseNumber();
		return label == null || label.length() == 0 ?
			getString("_UI_Issue_type") :
			getString("_UI_Issue_type") + " " + label;
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

		switch (notification.getFeatureID(Issue.class)) {
			case ModelPackage.ISSUE__SEQUENCE_NUMBER:
			case ModelPackage.ISSUE__KIND:
			case ModelPackage.ISSUE__CASE_NUMBER:
			case ModelPackage.ISSUE__CATEGORY:
			case ModelPackage.ISSUE__DESCRIPTION:
			case ModelPackage.ISSUE__RECEIVED_DATE:
			case ModelPackage.ISSUE__STATUS:
			case ModelPackage.ISSUE__PROGRESS_NOTE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.ISSUE__PLAN:
			case ModelPackage.ISSUE__ASSIGNMENTS:
			case ModelPackage.ISSUE__EVIDENCE:
			case ModelPackage.ISSUE__PROGRESS_REPORTS:
			case ModelPackage.ISSUE__REVIEWS:
			case ModelPackage.ISSUE__WARNINGS:
			case ModelPackage.ISSUE__STATUS_CHANGES:
			case ModelPackage.ISSUE__CUSTOM_VALUES:
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
				(ModelPackage.Literals.ISSUE__PLAN,
				 ModelFactory.eINSTANCE.createRectificationPlan()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__ASSIGNMENTS,
				 ModelFactory.eINSTANCE.createAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__EVIDENCE,
				 ModelFactory.eINSTANCE.createEvidence()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__PROGRESS_REPORTS,
				 ModelFactory.eINSTANCE.createProgressReport()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__REVIEWS,
				 ModelFactory.eINSTANCE.createSignOffReview()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__WARNINGS,
				 ModelFactory.eINSTANCE.createWarning()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__STATUS_CHANGES,
				 ModelFactory.eINSTANCE.createStatusChange()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.ISSUE__CUSTOM_VALUES,
				 ModelFactory.eINSTANCE.createCustomFieldValue()));
	}

}
