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
 * A representation of the literals of the enumeration '<em><b>Position Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A person's place in the responsibility structure (党政同责、一岗双责). Every literal but STAFF and LIAISON is a leadership position.
 * <!-- end-model-doc -->
 * @see taizhang.model.ModelPackage#getPositionKind()
 * @model
 * @generated
 */
public enum PositionKind implements Enumerator {
	/**
	 * The '<em><b>STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	STAFF(0, "STAFF", "STAFF"),

	/**
	 * The '<em><b>FIRST RESPONSIBLE PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_RESPONSIBLE_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_RESPONSIBLE_PERSON(1, "FIRST_RESPONSIBLE_PERSON", "FIRST_RESPONSIBLE_PERSON"),

	/**
	 * The '<em><b>LEADER IN CHARGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADER_IN_CHARGE_VALUE
	 * @generated
	 * @ordered
	 */
	LEADER_IN_CHARGE(2, "LEADER_IN_CHARGE", "LEADER_IN_CHARGE"),

	/**
	 * The '<em><b>CONTACT LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	CONTACT_LEADER(3, "CONTACT_LEADER", "CONTACT_LEADER"),

	/**
	 * The '<em><b>OTHER LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_LEADER(4, "OTHER_LEADER", "OTHER_LEADER"),

	/**
	 * The '<em><b>LIAISON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIAISON_VALUE
	 * @generated
	 * @ordered
	 */
	LIAISON(5, "LIAISON", "LIAISON");

	/**
	 * The '<em><b>STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAFF_VALUE = 0;

	/**
	 * The '<em><b>FIRST RESPONSIBLE PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_RESPONSIBLE_PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_RESPONSIBLE_PERSON_VALUE = 1;

	/**
	 * The '<em><b>LEADER IN CHARGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADER_IN_CHARGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADER_IN_CHARGE_VALUE = 2;

	/**
	 * The '<em><b>CONTACT LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTACT_LEADER_VALUE = 3;

	/**
	 * The '<em><b>OTHER LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_LEADER_VALUE = 4;

	/**
	 * The '<em><b>LIAISON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIAISON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIAISON_VALUE = 5;

	/**
	 * An array of all the '<em><b>Position Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PositionKind[] VALUES_ARRAY =
		new PositionKind[] {
			STAFF,
			FIRST_RESPONSIBLE_PERSON,
			LEADER_IN_CHARGE,
			CONTACT_LEADER,
			OTHER_LEADER,
			LIAISON,
		};

	/**
	 * A public read-only list of all the '<em><b>Position Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PositionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Position Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PositionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PositionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Position Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PositionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PositionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Position Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PositionKind get(int value) {
		switch (value) {
			case STAFF_VALUE: return STAFF;
			case FIRST_RESPONSIBLE_PERSON_VALUE: return FIRST_RESPONSIBLE_PERSON;
			case LEADER_IN_CHARGE_VALUE: return LEADER_IN_CHARGE;
			case CONTACT_LEADER_VALUE: return CONTACT_LEADER;
			case OTHER_LEADER_VALUE: return OTHER_LEADER;
			case LIAISON_VALUE: return LIAISON;
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
	private PositionKind(int value, String name, String literal) {
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
	
} //PositionKind
