/**
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Playlist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named, ordered list of moments from any cases of the corpus, played one after another with some context before and after each (e.g. the attuned moments a VIG guider reviews with a parent).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Playlist#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Playlist#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.Playlist#getQuery <em>Query</em>}</li>
 *   <li>{@link org.attune.model.Playlist#getContextBeforeMs <em>Context Before Ms</em>}</li>
 *   <li>{@link org.attune.model.Playlist#getContextAfterMs <em>Context After Ms</em>}</li>
 *   <li>{@link org.attune.model.Playlist#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getPlaylist()
 * @model
 * @generated
 */
public interface Playlist extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.ModelPackage#getPlaylist_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Playlist#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.attune.model.ModelPackage#getPlaylist_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attune.model.Playlist#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The search query the entries came from, when the playlist was saved from search results (empty for moments picked by hand).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see org.attune.model.ModelPackage#getPlaylist_Query()
	 * @model
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link org.attune.model.Playlist#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>Context Before Ms</b></em>' attribute.
	 * The default value is <code>"3000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much of the video before each moment is played or exported with it, in ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Before Ms</em>' attribute.
	 * @see #setContextBeforeMs(long)
	 * @see org.attune.model.ModelPackage#getPlaylist_ContextBeforeMs()
	 * @model default="3000"
	 * @generated
	 */
	long getContextBeforeMs();

	/**
	 * Sets the value of the '{@link org.attune.model.Playlist#getContextBeforeMs <em>Context Before Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Before Ms</em>' attribute.
	 * @see #getContextBeforeMs()
	 * @generated
	 */
	void setContextBeforeMs(long value);

	/**
	 * Returns the value of the '<em><b>Context After Ms</b></em>' attribute.
	 * The default value is <code>"3000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much of the video after each moment is played or exported with it, in ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context After Ms</em>' attribute.
	 * @see #setContextAfterMs(long)
	 * @see org.attune.model.ModelPackage#getPlaylist_ContextAfterMs()
	 * @model default="3000"
	 * @generated
	 */
	long getContextAfterMs();

	/**
	 * Sets the value of the '{@link org.attune.model.Playlist#getContextAfterMs <em>Context After Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context After Ms</em>' attribute.
	 * @see #getContextAfterMs()
	 * @generated
	 */
	void setContextAfterMs(long value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.PlaylistEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getPlaylist_Entries()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<PlaylistEntry> getEntries();

} // Playlist
