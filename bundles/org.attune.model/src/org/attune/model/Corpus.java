/**
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A collection of cases coded by the same people with the same schemes. On disk a folder: the corpus file, one file per case and the schemes in schemes/ (cases and schemes are contained across resources).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Corpus#getCases <em>Cases</em>}</li>
 *   <li>{@link org.attune.model.Corpus#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.attune.model.Corpus#getSchemes <em>Schemes</em>}</li>
 *   <li>{@link org.attune.model.Corpus#getPlaylists <em>Playlists</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getCorpus()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueCoderIds uniqueCaseIds'"
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.ModelPackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cases, each stored in its own file (loaded when first touched).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCorpus_Cases()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Coders</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Coder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coders</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCorpus_Coders()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Coder> getCoders();

	/**
	 * Returns the value of the '<em><b>Schemes</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.CodingScheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schemes in use, each stored in its own file in the corpus's schemes/ folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schemes</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCorpus_Schemes()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<CodingScheme> getSchemes();

	/**
	 * Returns the value of the '<em><b>Playlists</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Playlist}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named lists of moments (saved search results, or moments picked for a VIG shared review), stored in the corpus file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Playlists</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCorpus_Playlists()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Playlist> getPlaylists();

} // Corpus
