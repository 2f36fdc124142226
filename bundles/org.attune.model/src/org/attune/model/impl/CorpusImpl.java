/**
 */
package org.attune.model.impl;

import java.util.Collection;

import org.attune.model.Case;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelPackage;

import org.attune.model.Playlist;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.CorpusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.impl.CorpusImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.attune.model.impl.CorpusImpl#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.attune.model.impl.CorpusImpl#getSchemes <em>Schemes</em>}</li>
 *   <li>{@link org.attune.model.impl.CorpusImpl#getPlaylists <em>Playlists</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusImpl extends MinimalEObjectImpl.Container implements Corpus {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getCoders() <em>Coders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoders()
	 * @generated
	 * @ordered
	 */
	protected EList<Coder> coders;

	/**
	 * The cached value of the '{@link #getSchemes() <em>Schemes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemes()
	 * @generated
	 * @ordered
	 */
	protected EList<CodingScheme> schemes;

	/**
	 * The cached value of the '{@link #getPlaylists() <em>Playlists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaylists()
	 * @generated
	 * @ordered
	 */
	protected EList<Playlist> playlists;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CORPUS;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CORPUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList.Resolving<Case>(Case.class, this, ModelPackage.CORPUS__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coder> getCoders() {
		if (coders == null) {
			coders = new EObjectContainmentEList.Resolving<Coder>(Coder.class, this, ModelPackage.CORPUS__CODERS);
		}
		return coders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodingScheme> getSchemes() {
		if (schemes == null) {
			schemes = new EObjectContainmentEList.Resolving<CodingScheme>(CodingScheme.class, this, ModelPackage.CORPUS__SCHEMES);
		}
		return schemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Playlist> getPlaylists() {
		if (playlists == null) {
			playlists = new EObjectContainmentEList.Resolving<Playlist>(Playlist.class, this, ModelPackage.CORPUS__PLAYLISTS);
		}
		return playlists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CORPUS__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case ModelPackage.CORPUS__CODERS:
				return ((InternalEList<?>)getCoders()).basicRemove(otherEnd, msgs);
			case ModelPackage.CORPUS__SCHEMES:
				return ((InternalEList<?>)getSchemes()).basicRemove(otherEnd, msgs);
			case ModelPackage.CORPUS__PLAYLISTS:
				return ((InternalEList<?>)getPlaylists()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.CORPUS__NAME:
				return getName();
			case ModelPackage.CORPUS__CASES:
				return getCases();
			case ModelPackage.CORPUS__CODERS:
				return getCoders();
			case ModelPackage.CORPUS__SCHEMES:
				return getSchemes();
			case ModelPackage.CORPUS__PLAYLISTS:
				return getPlaylists();
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
			case ModelPackage.CORPUS__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.CORPUS__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case ModelPackage.CORPUS__CODERS:
				getCoders().clear();
				getCoders().addAll((Collection<? extends Coder>)newValue);
				return;
			case ModelPackage.CORPUS__SCHEMES:
				getSchemes().clear();
				getSchemes().addAll((Collection<? extends CodingScheme>)newValue);
				return;
			case ModelPackage.CORPUS__PLAYLISTS:
				getPlaylists().clear();
				getPlaylists().addAll((Collection<? extends Playlist>)newValue);
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
			case ModelPackage.CORPUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.CORPUS__CASES:
				getCases().clear();
				return;
			case ModelPackage.CORPUS__CODERS:
				getCoders().clear();
				return;
			case ModelPackage.CORPUS__SCHEMES:
				getSchemes().clear();
				return;
			case ModelPackage.CORPUS__PLAYLISTS:
				getPlaylists().clear();
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
			case ModelPackage.CORPUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.CORPUS__CASES:
				return cases != null && !cases.isEmpty();
			case ModelPackage.CORPUS__CODERS:
				return coders != null && !coders.isEmpty();
			case ModelPackage.CORPUS__SCHEMES:
				return schemes != null && !schemes.isEmpty();
			case ModelPackage.CORPUS__PLAYLISTS:
				return playlists != null && !playlists.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //CorpusImpl
