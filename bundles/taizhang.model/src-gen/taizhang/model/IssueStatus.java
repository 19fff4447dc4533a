/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Issue Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getIssueStatus()
 * @model
 * @generated
 */
public enum IssueStatus implements Enumerator {
	/**
	 * The '<em><b>RECEIVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEIVED_VALUE
	 * @generated
	 * @ordered
	 */
	RECEIVED(0, "RECEIVED", "RECEIVED"),

	/**
	 * The '<em><b>PLANNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNED_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNED(1, "PLANNED", "PLANNED"),

	/**
	 * The '<em><b>RECTIFYING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECTIFYING_VALUE
	 * @generated
	 * @ordered
	 */
	RECTIFYING(2, "RECTIFYING", "RECTIFYING"),

	/**
	 * The '<em><b>REPORTED DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTED_DONE_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTED_DONE(3, "REPORTED_DONE", "REPORTED_DONE"),

	/**
	 * The '<em><b>UNDER REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_REVIEW(4, "UNDER_REVIEW", "UNDER_REVIEW"),

	/**
	 * The '<em><b>SIGNED OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNED_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNED_OFF(5, "SIGNED_OFF", "SIGNED_OFF"),

	/**
	 * The '<em><b>STAGE DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE_DONE_VALUE
	 * @generated
	 * @ordered
	 */
	STAGE_DONE(6, "STAGE_DONE", "STAGE_DONE"),

	/**
	 * The '<em><b>REBOUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REBOUND_VALUE
	 * @generated
	 * @ordered
	 */
	REBOUND(7, "REBOUND", "REBOUND");

	/**
	 * The '<em><b>RECEIVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEIVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECEIVED_VALUE = 0;

	/**
	 * The '<em><b>PLANNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLANNED_VALUE = 1;

	/**
	 * The '<em><b>RECTIFYING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECTIFYING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECTIFYING_VALUE = 2;

	/**
	 * The '<em><b>REPORTED DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTED_DONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTED_DONE_VALUE = 3;

	/**
	 * The '<em><b>UNDER REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_REVIEW_VALUE = 4;

	/**
	 * The '<em><b>SIGNED OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNED_OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNED_OFF_VALUE = 5;

	/**
	 * The '<em><b>STAGE DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE_DONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAGE_DONE_VALUE = 6;

	/**
	 * The '<em><b>REBOUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REBOUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REBOUND_VALUE = 7;

	/**
	 * An array of all the '<em><b>Issue Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IssueStatus[] VALUES_ARRAY =
		new IssueStatus[] {
			RECEIVED,
			PLANNED,
			RECTIFYING,
			REPORTED_DONE,
			UNDER_REVIEW,
			SIGNED_OFF,
			STAGE_DONE,
			REBOUND,
		};

	/**
	 * A public read-only list of all the '<em><b>Issue Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IssueStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Issue Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueStatus get(int value) {
		switch (value) {
			case RECEIVED_VALUE: return RECEIVED;
			case PLANNED_VALUE: return PLANNED;
			case RECTIFYING_VALUE: return RECTIFYING;
			case REPORTED_DONE_VALUE: return REPORTED_DONE;
			case UNDER_REVIEW_VALUE: return UNDER_REVIEW;
			case SIGNED_OFF_VALUE: return SIGNED_OFF;
			case STAGE_DONE_VALUE: return STAGE_DONE;
			case REBOUND_VALUE: return REBOUND;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private IssueStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //IssueStatus
