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
 * A representation of the literals of the enumeration '<em><b>Review Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getReviewLevel()
 * @model
 * @generated
 */
public enum ReviewLevel implements Enumerator {
	/**
	 * The '<em><b>COUNTY SELF CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_SELF_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY_SELF_CHECK(0, "COUNTY_SELF_CHECK", "COUNTY_SELF_CHECK"),

	/**
	 * The '<em><b>CITY ACCEPTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_ACCEPTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_ACCEPTANCE(1, "CITY_ACCEPTANCE", "CITY_ACCEPTANCE"),

	/**
	 * The '<em><b>PROVINCIAL RECORD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_RECORD_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_RECORD(2, "PROVINCIAL_RECORD", "PROVINCIAL_RECORD");

	/**
	 * The '<em><b>COUNTY SELF CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_SELF_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_SELF_CHECK_VALUE = 0;

	/**
	 * The '<em><b>CITY ACCEPTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_ACCEPTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_ACCEPTANCE_VALUE = 1;

	/**
	 * The '<em><b>PROVINCIAL RECORD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_RECORD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_RECORD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Review Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReviewLevel[] VALUES_ARRAY =
		new ReviewLevel[] {
			COUNTY_SELF_CHECK,
			CITY_ACCEPTANCE,
			PROVINCIAL_RECORD,
		};

	/**
	 * A public read-only list of all the '<em><b>Review Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReviewLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Review Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReviewLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Review Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReviewLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Review Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewLevel get(int value) {
		switch (value) {
			case COUNTY_SELF_CHECK_VALUE: return COUNTY_SELF_CHECK;
			case CITY_ACCEPTANCE_VALUE: return CITY_ACCEPTANCE;
			case PROVINCIAL_RECORD_VALUE: return PROVINCIAL_RECORD;
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
	private ReviewLevel(int value, String name, String literal) {
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
	
} //ReviewLevel
