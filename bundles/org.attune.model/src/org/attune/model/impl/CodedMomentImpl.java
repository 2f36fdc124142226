/**
 */
package org.attune.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.ModelPackage;
import org.attune.model.ModifierValue;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coded Moment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getCase <em>Case</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getStartMs <em>Start Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getEndMs <em>End Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getModifierValues <em>Modifier Values</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getTranscript <em>Transcript</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.attune.model.impl.CodedMomentImpl#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodedMomentImpl extends MinimalEObjectImpl.Container implements CodedMoment {
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
	 * The cached value of the '{@link #getCode() <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected Code code;

	/**
	 * The cached value of the '{@link #getCoder() <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoder()
	 * @generated
	 * @ordered
	 */
	protected Coder coder;

	/**
	 * The default value of the '{@link #getStartMs() <em>Start Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMs()
	 * @generated
	 * @ordered
	 */
	protected static final long START_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartMs() <em>Start Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMs()
	 * @generated
	 * @ordered
	 */
	protected long startMs = START_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndMs() <em>End Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMs()
	 * @generated
	 * @ordered
	 */
	protected static final long END_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndMs() <em>End Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMs()
	 * @generated
	 * @ordered
	 */
	protected long endMs = END_MS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModifierValues() <em>Modifier Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifierValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ModifierValue> modifierValues;

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
	 * The default value of the '{@link #getTranscript() <em>Transcript</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscript()
	 * @generated
	 * @ordered
	 */
	protected static final String TRANSCRIPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTranscript() <em>Transcript</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranscript()
	 * @generated
	 * @ordered
	 */
	protected String transcript = TRANSCRIPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final long CREATED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected long created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final long MODIFIED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected long modified = MODIFIED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodedMomentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CODED_MOMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getCase() {
		if (eContainerFeatureID() != ModelPackage.CODED_MOMENT__CASE) return null;
		return (Case)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetCase() {
		if (eContainerFeatureID() != ModelPackage.CODED_MOMENT__CASE) return null;
		return (Case)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCase(Case newCase, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCase, ModelPackage.CODED_MOMENT__CASE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCase(Case newCase) {
		if (newCase != eInternalContainer() || (eContainerFeatureID() != ModelPackage.CODED_MOMENT__CASE && newCase != null)) {
			if (EcoreUtil.isAncestor(this, newCase))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCase != null)
				msgs = ((InternalEObject)newCase).eInverseAdd(this, ModelPackage.CASE__MOMENTS, Case.class, msgs);
			msgs = basicSetCase(newCase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__CASE, newCase, newCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getCode() {
		if (code != null && code.eIsProxy()) {
			InternalEObject oldCode = (InternalEObject)code;
			code = (Code)eResolveProxy(oldCode);
			if (code != oldCode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.CODED_MOMENT__CODE, oldCode, code));
			}
		}
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Code basicGetCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(Code newCode) {
		Code oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coder getCoder() {
		if (coder != null && coder.eIsProxy()) {
			InternalEObject oldCoder = (InternalEObject)coder;
			coder = (Coder)eResolveProxy(oldCoder);
			if (coder != oldCoder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.CODED_MOMENT__CODER, oldCoder, coder));
			}
		}
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Coder basicGetCoder() {
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoder(Coder newCoder) {
		Coder oldCoder = coder;
		coder = newCoder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__CODER, oldCoder, coder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartMs() {
		return startMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMs(long newStartMs) {
		long oldStartMs = startMs;
		startMs = newStartMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__START_MS, oldStartMs, startMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndMs() {
		return endMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndMs(long newEndMs) {
		long oldEndMs = endMs;
		endMs = newEndMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__END_MS, oldEndMs, endMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModifierValue> getModifierValues() {
		if (modifierValues == null) {
			modifierValues = new EObjectContainmentEList.Resolving<ModifierValue>(ModifierValue.class, this, ModelPackage.CODED_MOMENT__MODIFIER_VALUES);
		}
		return modifierValues;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTranscript() {
		return transcript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTranscript(String newTranscript) {
		String oldTranscript = transcript;
		transcript = newTranscript;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__TRANSCRIPT, oldTranscript, transcript));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(long newCreated) {
		long oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(long newModified) {
		long oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CODED_MOMENT__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifierValue(final String name) {
		for (ModifierValue modifierValue : getModifierValues()) {
			if (name != null && name.equals(modifierValue.getName())) {
				return modifierValue.getValue();
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long durationMs() {
		return getEndMs() - getStartMs();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CODED_MOMENT__CASE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCase((Case)otherEnd, msgs);
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
			case ModelPackage.CODED_MOMENT__CASE:
				return basicSetCase(null, msgs);
			case ModelPackage.CODED_MOMENT__MODIFIER_VALUES:
				return ((InternalEList<?>)getModifierValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ModelPackage.CODED_MOMENT__CASE:
				return eInternalContainer().eInverseRemove(this, ModelPackage.CASE__MOMENTS, Case.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CODED_MOMENT__ID:
				return getId();
			case ModelPackage.CODED_MOMENT__CASE:
				if (resolve) return getCase();
				return basicGetCase();
			case ModelPackage.CODED_MOMENT__CODE:
				if (resolve) return getCode();
				return basicGetCode();
			case ModelPackage.CODED_MOMENT__CODER:
				if (resolve) return getCoder();
				return basicGetCoder();
			case ModelPackage.CODED_MOMENT__START_MS:
				return getStartMs();
			case ModelPackage.CODED_MOMENT__END_MS:
				return getEndMs();
			case ModelPackage.CODED_MOMENT__MODIFIER_VALUES:
				return getModifierValues();
			case ModelPackage.CODED_MOMENT__NOTE:
				return getNote();
			case ModelPackage.CODED_MOMENT__TRANSCRIPT:
				return getTranscript();
			case ModelPackage.CODED_MOMENT__CREATED:
				return getCreated();
			case ModelPackage.CODED_MOMENT__MODIFIED:
				return getModified();
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
			case ModelPackage.CODED_MOMENT__ID:
				setId((String)newValue);
				return;
			case ModelPackage.CODED_MOMENT__CASE:
				setCase((Case)newValue);
				return;
			case ModelPackage.CODED_MOMENT__CODE:
				setCode((Code)newValue);
				return;
			case ModelPackage.CODED_MOMENT__CODER:
				setCoder((Coder)newValue);
				return;
			case ModelPackage.CODED_MOMENT__START_MS:
				setStartMs((Long)newValue);
				return;
			case ModelPackage.CODED_MOMENT__END_MS:
				setEndMs((Long)newValue);
				return;
			case ModelPackage.CODED_MOMENT__MODIFIER_VALUES:
				getModifierValues().clear();
				getModifierValues().addAll((Collection<? extends ModifierValue>)newValue);
				return;
			case ModelPackage.CODED_MOMENT__NOTE:
				setNote((String)newValue);
				return;
			case ModelPackage.CODED_MOMENT__TRANSCRIPT:
				setTranscript((String)newValue);
				return;
			case ModelPackage.CODED_MOMENT__CREATED:
				setCreated((Long)newValue);
				return;
			case ModelPackage.CODED_MOMENT__MODIFIED:
				setModified((Long)newValue);
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
			case ModelPackage.CODED_MOMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.CODED_MOMENT__CASE:
				setCase((Case)null);
				return;
			case ModelPackage.CODED_MOMENT__CODE:
				setCode((Code)null);
				return;
			case ModelPackage.CODED_MOMENT__CODER:
				setCoder((Coder)null);
				return;
			case ModelPackage.CODED_MOMENT__START_MS:
				setStartMs(START_MS_EDEFAULT);
				return;
			case ModelPackage.CODED_MOMENT__END_MS:
				setEndMs(END_MS_EDEFAULT);
				return;
			case ModelPackage.CODED_MOMENT__MODIFIER_VALUES:
				getModifierValues().clear();
				return;
			case ModelPackage.CODED_MOMENT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ModelPackage.CODED_MOMENT__TRANSCRIPT:
				setTranscript(TRANSCRIPT_EDEFAULT);
				return;
			case ModelPackage.CODED_MOMENT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ModelPackage.CODED_MOMENT__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
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
			case ModelPackage.CODED_MOMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.CODED_MOMENT__CASE:
				return basicGetCase() != null;
			case ModelPackage.CODED_MOMENT__CODE:
				return code != null;
			case ModelPackage.CODED_MOMENT__CODER:
				return coder != null;
			case ModelPackage.CODED_MOMENT__START_MS:
				return startMs != START_MS_EDEFAULT;
			case ModelPackage.CODED_MOMENT__END_MS:
				return endMs != END_MS_EDEFAULT;
			case ModelPackage.CODED_MOMENT__MODIFIER_VALUES:
				return modifierValues != null && !modifierValues.isEmpty();
			case ModelPackage.CODED_MOMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ModelPackage.CODED_MOMENT__TRANSCRIPT:
				return TRANSCRIPT_EDEFAULT == null ? transcript != null : !TRANSCRIPT_EDEFAULT.equals(transcript);
			case ModelPackage.CODED_MOMENT__CREATED:
				return created != CREATED_EDEFAULT;
			case ModelPackage.CODED_MOMENT__MODIFIED:
				return modified != MODIFIED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.CODED_MOMENT___GET_MODIFIER_VALUE__STRING:
				return getModifierValue((String)arguments.get(0));
			case ModelPackage.CODED_MOMENT___DURATION_MS:
				return durationMs();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", startMs: ");
		result.append(startMs);
		result.append(", endMs: ");
		result.append(endMs);
		result.append(", note: ");
		result.append(note);
		result.append(", transcript: ");
		result.append(transcript);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(')');
		return result.toString();
	}

} //CodedMomentImpl
