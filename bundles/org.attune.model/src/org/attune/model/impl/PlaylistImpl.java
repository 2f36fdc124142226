/**
 */
package org.attune.model.impl;

import java.util.Collection;

import org.attune.model.ModelPackage;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;

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
 * An implementation of the model object '<em><b>Playlist</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.PlaylistImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistImpl#getContextBeforeMs <em>Context Before Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistImpl#getContextAfterMs <em>Context After Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.PlaylistImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlaylistImpl extends MinimalEObjectImpl.Container implements Playlist {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextBeforeMs() <em>Context Before Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextBeforeMs()
	 * @generated
	 * @ordered
	 */
	protected static final long CONTEXT_BEFORE_MS_EDEFAULT = 3000L;

	/**
	 * The cached value of the '{@link #getContextBeforeMs() <em>Context Before Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextBeforeMs()
	 * @generated
	 * @ordered
	 */
	protected long contextBeforeMs = CONTEXT_BEFORE_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextAfterMs() <em>Context After Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextAfterMs()
	 * @generated
	 * @ordered
	 */
	protected static final long CONTEXT_AFTER_MS_EDEFAULT = 3000L;

	/**
	 * The cached value of the '{@link #getContextAfterMs() <em>Context After Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextAfterMs()
	 * @generated
	 * @ordered
	 */
	protected long contextAfterMs = CONTEXT_AFTER_MS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<PlaylistEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlaylistImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PLAYLIST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST__QUERY, oldQuery, query));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getContextBeforeMs() {
		return contextBeforeMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextBeforeMs(long newContextBeforeMs) {
		long oldContextBeforeMs = contextBeforeMs;
		contextBeforeMs = newContextBeforeMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST__CONTEXT_BEFORE_MS, oldContextBeforeMs, contextBeforeMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getContextAfterMs() {
		return contextAfterMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextAfterMs(long newContextAfterMs) {
		long oldContextAfterMs = contextAfterMs;
		contextAfterMs = newContextAfterMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAYLIST__CONTEXT_AFTER_MS, oldContextAfterMs, contextAfterMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlaylistEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList.Resolving<PlaylistEntry>(PlaylistEntry.class, this, ModelPackage.PLAYLIST__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PLAYLIST__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.PLAYLIST__NAME:
				return getName();
			case ModelPackage.PLAYLIST__DESCRIPTION:
				return getDescription();
			case ModelPackage.PLAYLIST__QUERY:
				return getQuery();
			case ModelPackage.PLAYLIST__CONTEXT_BEFORE_MS:
				return getContextBeforeMs();
			case ModelPackage.PLAYLIST__CONTEXT_AFTER_MS:
				return getContextAfterMs();
			case ModelPackage.PLAYLIST__ENTRIES:
				return getEntries();
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
			case ModelPackage.PLAYLIST__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.PLAYLIST__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.PLAYLIST__QUERY:
				setQuery((String)newValue);
				return;
			case ModelPackage.PLAYLIST__CONTEXT_BEFORE_MS:
				setContextBeforeMs((Long)newValue);
				return;
			case ModelPackage.PLAYLIST__CONTEXT_AFTER_MS:
				setContextAfterMs((Long)newValue);
				return;
			case ModelPackage.PLAYLIST__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends PlaylistEntry>)newValue);
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
			case ModelPackage.PLAYLIST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST__CONTEXT_BEFORE_MS:
				setContextBeforeMs(CONTEXT_BEFORE_MS_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST__CONTEXT_AFTER_MS:
				setContextAfterMs(CONTEXT_AFTER_MS_EDEFAULT);
				return;
			case ModelPackage.PLAYLIST__ENTRIES:
				getEntries().clear();
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
			case ModelPackage.PLAYLIST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.PLAYLIST__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.PLAYLIST__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case ModelPackage.PLAYLIST__CONTEXT_BEFORE_MS:
				return contextBeforeMs != CONTEXT_BEFORE_MS_EDEFAULT;
			case ModelPackage.PLAYLIST__CONTEXT_AFTER_MS:
				return contextAfterMs != CONTEXT_AFTER_MS_EDEFAULT;
			case ModelPackage.PLAYLIST__ENTRIES:
				return entries != null && !entries.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", query: ");
		result.append(query);
		result.append(", contextBeforeMs: ");
		result.append(contextBeforeMs);
		result.append(", contextAfterMs: ");
		result.append(contextAfterMs);
		result.append(')');
		return result.toString();
	}

} //PlaylistImpl
