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
 * A representation of the literals of the enumeration '<em><b>Assignment Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getAssignmentRole()
 * @model
 * @generated
 */
public enum AssignmentRole implements Enumerator {
	/**
	 * The '<em><b>LEAD UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAD_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	LEAD_UNIT(0, "LEAD_UNIT", "LEAD_UNIT"),

	/**
	 * The '<em><b>COOPERATING UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATING_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	COOPERATING_UNIT(1, "COOPERATING_UNIT", "COOPERATING_UNIT"),

	/**
	 * The '<em><b>RESPONSIBLE PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSIBLE_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONSIBLE_PERSON(2, "RESPONSIBLE_PERSON", "RESPONSIBLE_PERSON"),

	/**
	 * The '<em><b>LEADER IN CHARGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADER_IN_CHARGE_VALUE
	 * @generated
	 * @ordered
	 */
	LEADER_IN_CHARGE(3, "LEADER_IN_CHARGE", "LEADER_IN_CHARGE"),

	/**
	 * The '<em><b>CITY CONTACT LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_CONTACT_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_CONTACT_LEADER(4, "CITY_CONTACT_LEADER", "CITY_CONTACT_LEADER"),

	/**
	 * The '<em><b>INDUSTRY SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_SUPERVISOR(5, "INDUSTRY_SUPERVISOR", "INDUSTRY_SUPERVISOR");

	/**
	 * The '<em><b>LEAD UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAD_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAD_UNIT_VALUE = 0;

	/**
	 * The '<em><b>COOPERATING UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATING_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COOPERATING_UNIT_VALUE = 1;

	/**
	 * The '<em><b>RESPONSIBLE PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSIBLE_PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESPONSIBLE_PERSON_VALUE = 2;

	/**
	 * The '<em><b>LEADER IN CHARGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADER_IN_CHARGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADER_IN_CHARGE_VALUE = 3;

	/**
	 * The '<em><b>CITY CONTACT LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_CONTACT_LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_CONTACT_LEADER_VALUE = 4;

	/**
	 * The '<em><b>INDUSTRY SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_SUPERVISOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_SUPERVISOR_VALUE = 5;

	/**
	 * An array of all the '<em><b>Assignment Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssignmentRole[] VALUES_ARRAY =
		new AssignmentRole[] {
			LEAD_UNIT,
			COOPERATING_UNIT,
			RESPONSIBLE_PERSON,
			LEADER_IN_CHARGE,
			CITY_CONTACT_LEADER,
			INDUSTRY_SUPERVISOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Assignment Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssignmentRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Assignment Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssignmentRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssignmentRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assignment Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssignmentRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssignmentRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assignment Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssignmentRole get(int value) {
		switch (value) {
			case LEAD_UNIT_VALUE: return LEAD_UNIT;
			case COOPERATING_UNIT_VALUE: return COOPERATING_UNIT;
			case RESPONSIBLE_PERSON_VALUE: return RESPONSIBLE_PERSON;
			case LEADER_IN_CHARGE_VALUE: return LEADER_IN_CHARGE;
			case CITY_CONTACT_LEADER_VALUE: return CITY_CONTACT_LEADER;
			case INDUSTRY_SUPERVISOR_VALUE: return INDUSTRY_SUPERVISOR;
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
	private AssignmentRole(int value, String name, String literal) {
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
	
} //AssignmentRole
