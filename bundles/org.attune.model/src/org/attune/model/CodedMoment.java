/**
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coded Moment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A code given by a coder to a stretch (INTERVAL) or an instant (POINT) of a case's timeline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.CodedMoment#getId <em>Id</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getCase <em>Case</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getCode <em>Code</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getStartMs <em>Start Ms</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getEndMs <em>End Ms</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getModifierValues <em>Modifier Values</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getNote <em>Note</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getTranscript <em>Transcript</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getCreated <em>Created</em>}</li>
 *   <li>{@link org.attune.model.CodedMoment#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getCodedMoment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='endNotBeforeStart codeInCaseScheme'"
 * @generated
 */
public interface CodedMoment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity of the moment within its case (assigned on save when missing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Case</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Case#getMoments <em>Moments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case</em>' container reference.
	 * @see #setCase(Case)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Case()
	 * @see org.attune.model.Case#getMoments
	 * @model opposite="moments"
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getCase <em>Case</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' container reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Code()
	 * @model
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coder</em>' reference.
	 * @see #setCoder(Coder)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Coder()
	 * @model
	 * @generated
	 */
	Coder getCoder();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getCoder <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coder</em>' reference.
	 * @see #getCoder()
	 * @generated
	 */
	void setCoder(Coder value);

	/**
	 * Returns the value of the '<em><b>Start Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Ms</em>' attribute.
	 * @see #setStartMs(long)
	 * @see org.attune.model.ModelPackage#getCodedMoment_StartMs()
	 * @model
	 * @generated
	 */
	long getStartMs();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getStartMs <em>Start Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Ms</em>' attribute.
	 * @see #getStartMs()
	 * @generated
	 */
	void setStartMs(long value);

	/**
	 * Returns the value of the '<em><b>End Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the moment in ms; equal to startMs for a POINT code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Ms</em>' attribute.
	 * @see #setEndMs(long)
	 * @see org.attune.model.ModelPackage#getCodedMoment_EndMs()
	 * @model
	 * @generated
	 */
	long getEndMs();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getEndMs <em>End Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Ms</em>' attribute.
	 * @see #getEndMs()
	 * @generated
	 */
	void setEndMs(long value);

	/**
	 * Returns the value of the '<em><b>Modifier Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.ModifierValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modifier Values</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCodedMoment_ModifierValues()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<ModifierValue> getModifierValues();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Transcript</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transcript</em>' attribute.
	 * @see #setTranscript(String)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Transcript()
	 * @model
	 * @generated
	 */
	String getTranscript();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getTranscript <em>Transcript</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transcript</em>' attribute.
	 * @see #getTranscript()
	 * @generated
	 */
	void setTranscript(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the moment was coded (epoch ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(long)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Created()
	 * @model
	 * @generated
	 */
	long getCreated();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(long value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the moment was last changed (epoch ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(long)
	 * @see org.attune.model.ModelPackage#getCodedMoment_Modified()
	 * @model
	 * @generated
	 */
	long getModified();

	/**
	 * Sets the value of the '{@link org.attune.model.CodedMoment#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value given to the named modifier, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String getModifierValue(String name);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * endMs - startMs (0 for a POINT).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	long durationMs();

} // CodedMoment
