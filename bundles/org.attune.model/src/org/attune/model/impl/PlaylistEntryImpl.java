/**
 */
package org.attune.model.impl;

import org.attune.model.ModelPackage;
import org.attune.model.PlaylistEntry;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Playlist Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.PlaylistEntryImpl#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistEntryImpl#getMomentId <em>Moment Id</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistEntryImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlaylistEntryImpl extends MinimalEObjectImpl.Container implements PlaylistEntry {
	/**
	 * The default value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected String caseId = CASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMomentId() <em>Moment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentId()
	 * @generated
	 * @ordered
	 */
	protected static final String MOMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMomentId() <em>Moment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentId()
	 * @generated
	 * @ordered
	 */
	protected String momentId = MOMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlaylistEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PLAYLIST_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseId() {
		return caseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseId(String newCaseId) {
		String oldCaseId = caseId;
		caseId = newCaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST_ENTRY__CASE_ID, oldCaseId, caseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMomentId() {
		return momentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentId(String newMomentId) {
		String oldMomentId = momentId;
		momentId = newMomentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST_ENTRY__MOMENT_ID, oldMomentId, momentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST_ENTRY__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PLAYLIST_ENTRY__CASE_ID:
				return getCaseId();
			case ModelPackage.PLAYLIST_ENTRY__MOMENT_ID:
				return getMomentId();
			case ModelPackage.PLAYLIST_ENTRY__NOTE:
				return getNote();
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
			case ModelPackage.PLAYLIST_ENTRY__CASE_ID:
				setCaseId((String)newValue);
				return;
			case ModelPackage.PLAYLIST_ENTRY__MOMENT_ID:
				setMomentId((String)newValue);
				return;
			case ModelPackage.PLAYLIST_ENTRY__NOTE:
				setNote((String)newValue);
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
			case ModelPackage.PLAYLIST_ENTRY__CASE_ID:
				setCaseId(CASE_ID_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST_ENTRY__MOMENT_ID:
				setMomentId(MOMENT_ID_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST_ENTRY__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case ModelPackage.PLAYLIST_ENTRY__CASE_ID:
				return CASE_ID_EDEFAULT == null ? caseId != null : !CASE_ID_EDEFAULT.equals(caseId);
			case ModelPackage.PLAYLIST_ENTRY__MOMENT_ID:
				return MOMENT_ID_EDEFAULT == null ? momentId != null : !MOMENT_ID_EDEFAULT.equals(momentId);
			case ModelPackage.PLAYLIST_ENTRY__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (caseId: ");
		result.append(caseId);
		result.append(", momentId: ");
		result.append(momentId);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //PlaylistEntryImpl
