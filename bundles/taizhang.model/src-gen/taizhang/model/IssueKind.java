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
 * A representation of the literals of the enumeration '<em><b>Issue Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getIssueKind()
 * @model
 * @generated
 */
public enum IssueKind implements Enumerator {
	/**
	 * The '<em><b>FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK(0, "FEEDBACK", "FEEDBACK"),

	/**
	 * The '<em><b>ASSIGNED CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSIGNED_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	ASSIGNED_CASE(1, "ASSIGNED_CASE", "ASSIGNED_CASE"),

	/**
	 * The '<em><b>SELF FOUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_FOUND_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_FOUND(2, "SELF_FOUND", "SELF_FOUND");

	/**
	 * The '<em><b>FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_VALUE = 0;

	/**
	 * The '<em><b>ASSIGNED CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSIGNED_CASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSIGNED_CASE_VALUE = 1;

	/**
	 * The '<em><b>SELF FOUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_FOUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_FOUND_VALUE = 2;

	/**
	 * An array of all the '<em><b>Issue Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IssueKind[] VALUES_ARRAY =
		new IssueKind[] {
			FEEDBACK,
			ASSIGNED_CASE,
			SELF_FOUND,
		};

	/**
	 * A public read-only list of all the '<em><b>Issue Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IssueKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Issue Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueKind get(int value) {
		switch (value) {
			case FEEDBACK_VALUE: return FEEDBACK;
			case ASSIGNED_CASE_VALUE: return ASSIGNED_CASE;
			case SELF_FOUND_VALUE: return SELF_FOUND;
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
	private IssueKind(int value, String name, String literal) {
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
	
} //IssueKind
