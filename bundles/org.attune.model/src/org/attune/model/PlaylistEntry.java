/**
 */
package org.attune.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Playlist Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One moment of a playlist, named by case id and moment id (not by an object reference, so a playlist stays readable when a case is moved, and a deleted moment is reported by its ids).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.PlaylistEntry#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link org.attune.model.PlaylistEntry#getMomentId <em>Moment Id</em>}</li>
 *   <li>{@link org.attune.model.PlaylistEntry#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getPlaylistEntry()
 * @model
 * @generated
 */
public interface PlaylistEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Id</em>' attribute.
	 * @see #setCaseId(String)
	 * @see org.attune.model.ModelPackage#getPlaylistEntry_CaseId()
	 * @model
	 * @generated
	 */
	String getCaseId();

	/**
	 * Sets the value of the '{@link org.attune.model.PlaylistEntry#getCaseId <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Id</em>' attribute.
	 * @see #getCaseId()
	 * @generated
	 */
	void setCaseId(String value);

	/**
	 * Returns the value of the '<em><b>Moment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moment Id</em>' attribute.
	 * @see #setMomentId(String)
	 * @see org.attune.model.ModelPackage#getPlaylistEntry_MomentId()
	 * @model
	 * @generated
	 */
	String getMomentId();

	/**
	 * Sets the value of the '{@link org.attune.model.PlaylistEntry#getMomentId <em>Moment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment Id</em>' attribute.
	 * @see #getMomentId()
	 * @generated
	 */
	void setMomentId(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the guider wants to say about this moment in the review (shown while it plays).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.attune.model.ModelPackage#getPlaylistEntry_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.attune.model.PlaylistEntry#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // PlaylistEntry
