/**
 */
package org.attune.model.impl;

import org.attune.model.MediaSource;
import org.attune.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Media Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getOffsetMs <em>Offset Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getFrameRate <em>Frame Rate</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getDurationMs <em>Duration Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediaSourceImpl extends MinimalEObjectImpl.Container implements MediaSource {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffsetMs() <em>Offset Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetMs()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffsetMs() <em>Offset Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetMs()
	 * @generated
	 * @ordered
	 */
	protected long offsetMs = OFFSET_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameRate() <em>Frame Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameRate()
	 * @generated
	 * @ordered
	 */
	protected static final double FRAME_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFrameRate() <em>Frame Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameRate()
	 * @generated
	 * @ordered
	 */
	protected double frameRate = FRAME_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected long durationMs = DURATION_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediaSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEDIA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_SOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_SOURCE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffsetMs() {
		return offsetMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffsetMs(long newOffsetMs) {
		long oldOffsetMs = offsetMs;
		offsetMs = newOffsetMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_SOURCE__OFFSET_MS, oldOffsetMs, offsetMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrameRate() {
		return frameRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameRate(double newFrameRate) {
		double oldFrameRate = frameRate;
		frameRate = newFrameRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_SOURCE__FRAME_RATE, oldFrameRate, frameRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMs() {
		return durationMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMs(long newDurationMs) {
		long oldDurationMs = durationMs;
		durationMs = newDurationMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_SOURCE__DURATION_MS, oldDurationMs, durationMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MEDIA_SOURCE__PATH:
				return getPath();
			case ModelPackage.MEDIA_SOURCE__ROLE:
				return getRole();
			case ModelPackage.MEDIA_SOURCE__OFFSET_MS:
				return getOffsetMs();
			case ModelPackage.MEDIA_SOURCE__FRAME_RATE:
				return getFrameRate();
			case ModelPackage.MEDIA_SOURCE__DURATION_MS:
				return getDurationMs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MEDIA_SOURCE__PATH:
				setPath((String)newValue);
				return;
			case ModelPackage.MEDIA_SOURCE__ROLE:
				setRole((String)newValue);
				return;
			case ModelPackage.MEDIA_SOURCE__OFFSET_MS:
				setOffsetMs((Long)newValue);
				return;
			case ModelPackage.MEDIA_SOURCE__FRAME_RATE:
				setFrameRate((Double)newValue);
				return;
			case ModelPackage.MEDIA_SOURCE__DURATION_MS:
				setDurationMs((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.MEDIA_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ModelPackage.MEDIA_SOURCE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ModelPackage.MEDIA_SOURCE__OFFSET_MS:
				setOffsetMs(OFFSET_MS_EDEFAULT);
				return;
			case ModelPackage.MEDIA_SOURCE__FRAME_RATE:
				setFrameRate(FRAME_RATE_EDEFAULT);
				return;
			case ModelPackage.MEDIA_SOURCE__DURATION_MS:
				setDurationMs(DURATION_MS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.MEDIA_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ModelPackage.MEDIA_SOURCE__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case ModelPackage.MEDIA_SOURCE__OFFSET_MS:
				return offsetMs != OFFSET_MS_EDEFAULT;
			case ModelPackage.MEDIA_SOURCE__FRAME_RATE:
				return frameRate != FRAME_RATE_EDEFAULT;
			case ModelPackage.MEDIA_SOURCE__DURATION_MS:
				return durationMs != DURATION_MS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (path: ");
		result.append(path);
		result.append(", role: ");
		result.append(role);
		result.append(", offsetMs: ");
		result.append(offsetMs);
		result.append(", frameRate: ");
		result.append(frameRate);
		result.append(", durationMs: ");
		result.append(durationMs);
		result.append(')');
		return result.toString();
	}

} //MediaSourceImpl
