/**
 */
package org.attune.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A video or audio file of a case, e.g. one camera angle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.MediaSource#getPath <em>Path</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getRole <em>Role</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getOffsetMs <em>Offset Ms</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getFrameRate <em>Frame Rate</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getDurationMs <em>Duration Ms</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getMediaSource()
 * @model
 * @generated
 */
public interface MediaSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file, relative to the corpus folder ('/' separated), so that a corpus can be moved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.attune.model.ModelPackage#getMediaSource_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the source shows, e.g. 'camera 1 — parent'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.attune.model.ModelPackage#getMediaSource_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Offset Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the source's time 0 lies on the case timeline, in ms: a source that starts recording 1.5 s after the case timeline's 0 has offset 1500.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset Ms</em>' attribute.
	 * @see #setOffsetMs(long)
	 * @see org.attune.model.ModelPackage#getMediaSource_OffsetMs()
	 * @model
	 * @generated
	 */
	long getOffsetMs();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getOffsetMs <em>Offset Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset Ms</em>' attribute.
	 * @see #getOffsetMs()
	 * @generated
	 */
	void setOffsetMs(long value);

	/**
	 * Returns the value of the '<em><b>Frame Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frames per second, read from the file (0 when unknown).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frame Rate</em>' attribute.
	 * @see #setFrameRate(double)
	 * @see org.attune.model.ModelPackage#getMediaSource_FrameRate()
	 * @model
	 * @generated
	 */
	double getFrameRate();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getFrameRate <em>Frame Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Rate</em>' attribute.
	 * @see #getFrameRate()
	 * @generated
	 */
	void setFrameRate(double value);

	/**
	 * Returns the value of the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the file in ms, read from the file (0 when unknown).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Ms</em>' attribute.
	 * @see #setDurationMs(long)
	 * @see org.attune.model.ModelPackage#getMediaSource_DurationMs()
	 * @model
	 * @generated
	 */
	long getDurationMs();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getDurationMs <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Ms</em>' attribute.
	 * @see #getDurationMs()
	 * @generated
	 */
	void setDurationMs(long value);

} // MediaSource
