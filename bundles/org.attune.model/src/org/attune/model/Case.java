/**
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One filmed interaction: its media sources on one timeline and the moments coded in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Case#getId <em>Id</em>}</li>
 *   <li>{@link org.attune.model.Case#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attune.model.Case#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.attune.model.Case#getMediaSources <em>Media Sources</em>}</li>
 *   <li>{@link org.attune.model.Case#getMoments <em>Moments</em>}</li>
 *   <li>{@link org.attune.model.Case#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.attune.model.Case#getScheme <em>Scheme</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getCase()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='noOverlapInExclusiveCategory mediaFilesExist'"
 * @generated
 */
public interface Case extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attune.model.ModelPackage#getCase_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attune.model.Case#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.attune.model.ModelPackage#getCase_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.attune.model.Case#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' attribute list.
	 * @see org.attune.model.ModelPackage#getCase_Participants()
	 * @model
	 * @generated
	 */
	EList<String> getParticipants();

	/**
	 * Returns the value of the '<em><b>Media Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.MediaSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Sources</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCase_MediaSources()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<MediaSource> getMediaSources();

	/**
	 * Returns the value of the '<em><b>Moments</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.CodedMoment}.
	 * It is bidirectional and its opposite is '{@link org.attune.model.CodedMoment#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moments</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCase_Moments()
	 * @see org.attune.model.CodedMoment#getCase
	 * @model opposite="case" containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<CodedMoment> getMoments();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.attune.model.ModelPackage#getCase_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.attune.model.Case#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme the moments of this case are coded with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme</em>' reference.
	 * @see #setScheme(CodingScheme)
	 * @see org.attune.model.ModelPackage#getCase_Scheme()
	 * @model
	 * @generated
	 */
	CodingScheme getScheme();

	/**
	 * Sets the value of the '{@link org.attune.model.Case#getScheme <em>Scheme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' reference.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(CodingScheme value);

} // Case
