/**
 */
package org.attune.model.impl;

import java.util.Collection;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.CaseImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.attune.model.impl.CaseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attune.model.impl.CaseImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.attune.model.impl.CaseImpl#getMediaSources <em>Media Sources</em>}</li>
 *   <li>{@link org.attune.model.impl.CaseImpl#getMoments <em>Moments</em>}</li>
 *   <li>{@link org.attune.model.impl.CaseImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.attune.model.impl.CaseImpl#getScheme <em>Scheme</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends MinimalEObjectImpl.Container implements Case {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<String> participants;

	/**
	 * The cached value of the '{@link #getMediaSources() <em>Media Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaSources()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaSource> mediaSources;

	/**
	 * The cached value of the '{@link #getMoments() <em>Moments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoments()
	 * @generated
	 * @ordered
	 */
	protected EList<CodedMoment> moments;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected CodingScheme scheme;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CASE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CASE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getParticipants() {
		if (participants == null) {
			participants = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.CASE__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaSource> getMediaSources() {
		if (mediaSources == null) {
			mediaSources = new EObjectContainmentEList.Resolving<MediaSource>(MediaSource.class, this, ModelPackage.CASE__MEDIA_SOURCES);
		}
		return mediaSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodedMoment> getMoments() {
		if (moments == null) {
			moments = new EObjectContainmentWithInverseEList.Resolving<CodedMoment>(CodedMoment.class, this, ModelPackage.CASE__MOMENTS, ModelPackage.CODED_MOMENT__CASE);
		}
		return moments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CASE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodingScheme getScheme() {
		if (scheme != null && scheme.eIsProxy()) {
			InternalEObject oldScheme = (InternalEObject)scheme;
			scheme = (CodingScheme)eResolveProxy(oldScheme);
			if (scheme != oldScheme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.CASE__SCHEME, oldScheme, scheme));
			}
		}
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodingScheme basicGetScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(CodingScheme newScheme) {
		CodingScheme oldScheme = scheme;
		scheme = newScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CASE__SCHEME, oldScheme, scheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CASE__MOMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMoments()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CASE__MEDIA_SOURCES:
				return ((InternalEList<?>)getMediaSources()).basicRemove(otherEnd, msgs);
			case ModelPackage.CASE__MOMENTS:
				return ((InternalEList<?>)getMoments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CASE__ID:
				return getId();
			case ModelPackage.CASE__TITLE:
				return getTitle();
			case ModelPackage.CASE__PARTICIPANTS:
				return getParticipants();
			case ModelPackage.CASE__MEDIA_SOURCES:
				return getMediaSources();
			case ModelPackage.CASE__MOMENTS:
				return getMoments();
			case ModelPackage.CASE__NOTES:
				return getNotes();
			case ModelPackage.CASE__SCHEME:
				if (resolve) return getScheme();
				return basicGetScheme();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CASE__ID:
				setId((String)newValue);
				return;
			case ModelPackage.CASE__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.CASE__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.CASE__MEDIA_SOURCES:
				getMediaSources().clear();
				getMediaSources().addAll((Collection<? extends MediaSource>)newValue);
				return;
			case ModelPackage.CASE__MOMENTS:
				getMoments().clear();
				getMoments().addAll((Collection<? extends CodedMoment>)newValue);
				return;
			case ModelPackage.CASE__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.CASE__SCHEME:
				setScheme((CodingScheme)newValue);
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
			case ModelPackage.CASE__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.CASE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.CASE__PARTICIPANTS:
				getParticipants().clear();
				return;
			case ModelPackage.CASE__MEDIA_SOURCES:
				getMediaSources().clear();
				return;
			case ModelPackage.CASE__MOMENTS:
				getMoments().clear();
				return;
			case ModelPackage.CASE__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.CASE__SCHEME:
				setScheme((CodingScheme)null);
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
			case ModelPackage.CASE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.CASE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.CASE__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case ModelPackage.CASE__MEDIA_SOURCES:
				return mediaSources != null && !mediaSources.isEmpty();
			case ModelPackage.CASE__MOMENTS:
				return moments != null && !moments.isEmpty();
			case ModelPackage.CASE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.CASE__SCHEME:
				return scheme != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", participants: ");
		result.append(participants);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
