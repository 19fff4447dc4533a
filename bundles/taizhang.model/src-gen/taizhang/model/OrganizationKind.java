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
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator {
	/**
	 * The '<em><b>OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICE(0, "OFFICE", "OFFICE"),

	/**
	 * The '<em><b>CITY GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_GOVERNMENT(1, "CITY_GOVERNMENT", "CITY_GOVERNMENT"),

	/**
	 * The '<em><b>COUNTY DISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY_DISTRICT(2, "COUNTY_DISTRICT", "COUNTY_DISTRICT"),

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(3, "DEPARTMENT", "DEPARTMENT"),

	/**
	 * The '<em><b>TOWNSHIP STREET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_STREET_VALUE
	 * @generated
	 * @ordered
	 */
	TOWNSHIP_STREET(4, "TOWNSHIP_STREET", "TOWNSHIP_STREET"),

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERPRISE(5, "ENTERPRISE", "ENTERPRISE"),

	/**
	 * The '<em><b>SUPERVISION GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION_GROUP(6, "SUPERVISION_GROUP", "SUPERVISION_GROUP"),

	/**
	 * The '<em><b>PARTY COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY_COMMITTEE(7, "PARTY_COMMITTEE", "PARTY_COMMITTEE");

	/**
	 * The '<em><b>OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICE_VALUE = 0;

	/**
	 * The '<em><b>CITY GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_GOVERNMENT_VALUE = 1;

	/**
	 * The '<em><b>COUNTY DISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_DISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_DISTRICT_VALUE = 2;

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 3;

	/**
	 * The '<em><b>TOWNSHIP STREET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_STREET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOWNSHIP_STREET_VALUE = 4;

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTERPRISE_VALUE = 5;

	/**
	 * The '<em><b>SUPERVISION GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_GROUP_VALUE = 6;

	/**
	 * The '<em><b>PARTY COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_COMMITTEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_COMMITTEE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[] {
			OFFICE,
			CITY_GOVERNMENT,
			COUNTY_DISTRICT,
			DEPARTMENT,
			TOWNSHIP_STREET,
			ENTERPRISE,
			SUPERVISION_GROUP,
			PARTY_COMMITTEE,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value) {
		switch (value) {
			case OFFICE_VALUE: return OFFICE;
			case CITY_GOVERNMENT_VALUE: return CITY_GOVERNMENT;
			case COUNTY_DISTRICT_VALUE: return COUNTY_DISTRICT;
			case DEPARTMENT_VALUE: return DEPARTMENT;
			case TOWNSHIP_STREET_VALUE: return TOWNSHIP_STREET;
			case ENTERPRISE_VALUE: return ENTERPRISE;
			case SUPERVISION_GROUP_VALUE: return SUPERVISION_GROUP;
			case PARTY_COMMITTEE_VALUE: return PARTY_COMMITTEE;
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
	private OrganizationKind(int value, String name, String literal) {
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
	
} //OrganizationKind
