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
 * A representation of the literals of the enumeration '<em><b>Issue Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage#getIssueCategory()
 * @model
 * @generated
 */
public enum IssueCategory implements Enumerator {
	/**
	 * The '<em><b>AIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIR_VALUE
	 * @generated
	 * @ordered
	 */
	AIR(0, "AIR", "AIR"),

	/**
	 * The '<em><b>WATER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_VALUE
	 * @generated
	 * @ordered
	 */
	WATER(1, "WATER", "WATER"),

	/**
	 * The '<em><b>SOIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOIL_VALUE
	 * @generated
	 * @ordered
	 */
	SOIL(2, "SOIL", "SOIL"),

	/**
	 * The '<em><b>ECOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	ECOLOGY(3, "ECOLOGY", "ECOLOGY"),

	/**
	 * The '<em><b>NOISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOISE_VALUE
	 * @generated
	 * @ordered
	 */
	NOISE(4, "NOISE", "NOISE"),

	/**
	 * The '<em><b>SOLID WASTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLID_WASTE_VALUE
	 * @generated
	 * @ordered
	 */
	SOLID_WASTE(5, "SOLID_WASTE", "SOLID_WASTE"),

	/**
	 * The '<em><b>CATERING FUMES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CATERING_FUMES_VALUE
	 * @generated
	 * @ordered
	 */
	CATERING_FUMES(6, "CATERING_FUMES", "CATERING_FUMES"),

	/**
	 * The '<em><b>DUST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUST_VALUE
	 * @generated
	 * @ordered
	 */
	DUST(7, "DUST", "DUST"),

	/**
	 * The '<em><b>ODOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ODOR_VALUE
	 * @generated
	 * @ordered
	 */
	ODOR(8, "ODOR", "ODOR"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>AIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AIR_VALUE = 0;

	/**
	 * The '<em><b>WATER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WATER_VALUE = 1;

	/**
	 * The '<em><b>SOIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOIL_VALUE = 2;

	/**
	 * The '<em><b>ECOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOLOGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECOLOGY_VALUE = 3;

	/**
	 * The '<em><b>NOISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOISE_VALUE = 4;

	/**
	 * The '<em><b>SOLID WASTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLID_WASTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOLID_WASTE_VALUE = 5;

	/**
	 * The '<em><b>CATERING FUMES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CATERING_FUMES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CATERING_FUMES_VALUE = 6;

	/**
	 * The '<em><b>DUST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUST_VALUE = 7;

	/**
	 * The '<em><b>ODOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ODOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ODOR_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Issue Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IssueCategory[] VALUES_ARRAY =
		new IssueCategory[] {
			AIR,
			WATER,
			SOIL,
			ECOLOGY,
			NOISE,
			SOLID_WASTE,
			CATERING_FUMES,
			DUST,
			ODOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Issue Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IssueCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Issue Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueCategory get(int value) {
		switch (value) {
			case AIR_VALUE: return AIR;
			case WATER_VALUE: return WATER;
			case SOIL_VALUE: return SOIL;
			case ECOLOGY_VALUE: return ECOLOGY;
			case NOISE_VALUE: return NOISE;
			case SOLID_WASTE_VALUE: return SOLID_WASTE;
			case CATERING_FUMES_VALUE: return CATERING_FUMES;
			case DUST_VALUE: return DUST;
			case ODOR_VALUE: return ODOR;
			case OTHER_VALUE: return OTHER;
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
	private IssueCategory(int value, String name, String literal) {
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
	
} //IssueCategory
