/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Evidence#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.Evidence#getFileName <em>File Name</em>}</li>
 *   <li>{@link taizhang.model.Evidence#getSize <em>Size</em>}</li>
 *   <li>{@link taizhang.model.Evidence#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link taizhang.model.Evidence#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link taizhang.model.Evidence#getDescription <em>Description</em>}</li>
 *   <li>{@link taizhang.model.Evidence#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see taizhang.model.ModelPackage#getEvidence_Kind()
	 * @model
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link taizhang.model.Evidence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see taizhang.model.ModelPackage#getEvidence_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link taizhang.model.Evidence#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see taizhang.model.ModelPackage#getEvidence_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link taizhang.model.Evidence#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see taizhang.model.ModelPackage#getEvidence_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link taizhang.model.Evidence#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captured At</em>' attribute.
	 * @see #setCapturedAt(Instant)
	 * @see taizhang.model.ModelPackage#getEvidence_CapturedAt()
	 * @model dataType="taizhang.model.Instant"
	 * @generated
	 */
	Instant getCapturedAt();

	/**
	 * Sets the value of the '{@link taizhang.model.Evidence#getCapturedAt <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured At</em>' attribute.
	 * @see #getCapturedAt()
	 * @generated
	 */
	void setCapturedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see taizhang.model.ModelPackage#getEvidence_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link taizhang.model.Evidence#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' reference list.
	 * The list contents are of type {@link taizhang.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' reference list.
	 * @see taizhang.model.ModelPackage#getEvidence_Measures()
	 * @model
	 * @generated
	 */
	EList<Measure> getMeasures();

} // Evidence
