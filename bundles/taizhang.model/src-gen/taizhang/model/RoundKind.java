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
 * A representation of the literals of the enumeration '<em><b>Round Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getRoundKind()
 * @model
 * @generated
 */
public enum RoundKind implements Enumerator {
	/**
	 * The '<em><b>CENTRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL(0, "CENTRAL", "CENTRAL"),

	/**
	 * The '<em><b>CENTRAL LOOKBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_LOOKBACK_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_LOOKBACK(1, "CENTRAL_LOOKBACK", "CENTRAL_LOOKBACK"),

	/**
	 * The '<em><b>PROVINCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL(2, "PROVINCIAL", "PROVINCIAL"),

	/**
	 * The '<em><b>PROVINCIAL LOOKBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_LOOKBACK_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_LOOKBACK(3, "PROVINCIAL_LOOKBACK", "PROVINCIAL_LOOKBACK"),

	/**
	 * The '<em><b>CITY SPECIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_SPECIAL_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_SPECIAL(4, "CITY_SPECIAL", "CITY_SPECIAL"),

	/**
	 * The '<em><b>SELF CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_CHECK(5, "SELF_CHECK", "SELF_CHECK");

	/**
	 * The '<em><b>CENTRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_VALUE = 0;

	/**
	 * The '<em><b>CENTRAL LOOKBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_LOOKBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_LOOKBACK_VALUE = 1;

	/**
	 * The '<em><b>PROVINCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_VALUE = 2;

	/**
	 * The '<em><b>PROVINCIAL LOOKBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_LOOKBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_LOOKBACK_VALUE = 3;

	/**
	 * The '<em><b>CITY SPECIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_SPECIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_SPECIAL_VALUE = 4;

	/**
	 * The '<em><b>SELF CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_CHECK_VALUE = 5;

	/**
	 * An array of all the '<em><b>Round Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoundKind[] VALUES_ARRAY =
		new RoundKind[] {
			CENTRAL,
			CENTRAL_LOOKBACK,
			PROVINCIAL,
			PROVINCIAL_LOOKBACK,
			CITY_SPECIAL,
			SELF_CHECK,
		};

	/**
	 * A public read-only list of all the '<em><b>Round Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoundKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Round Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoundKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoundKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Round Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoundKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoundKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Round Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoundKind get(int value) {
		switch (value) {
			case CENTRAL_VALUE: return CENTRAL;
			case CENTRAL_LOOKBACK_VALUE: return CENTRAL_LOOKBACK;
			case PROVINCIAL_VALUE: return PROVINCIAL;
			case PROVINCIAL_LOOKBACK_VALUE: return PROVINCIAL_LOOKBACK;
			case CITY_SPECIAL_VALUE: return CITY_SPECIAL;
			case SELF_CHECK_VALUE: return SELF_CHECK;
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
	private RoundKind(int value, String name, String literal) {
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
	
} //RoundKind
