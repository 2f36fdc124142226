/**
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of codes, e.g. one VIG principle. In a mutually exclusive category one coder cannot have two moments at the same time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Category#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Category#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.Category#isMutuallyExclusive <em>Mutually Exclusive</em>}</li>
 *   <li>{@link org.attune.model.Category#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.attune.model.Category#getSubCategories <em>Sub Categories</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getCategory()
 * @model
 * @generated
 */
public interface Category extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.ModelPackage#getCategory_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Category#getName <em>Name</em>}' attribute.
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
	 * @see org.attune.model.ModelPackage#getCategory_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attune.model.Category#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Mutually Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mutually Exclusive</em>' attribute.
	 * @see #setMutuallyExclusive(boolean)
	 * @see org.attune.model.ModelPackage#getCategory_MutuallyExclusive()
	 * @model
	 * @generated
	 */
	boolean isMutuallyExclusive();

	/**
	 * Sets the value of the '{@link org.attune.model.Category#isMutuallyExclusive <em>Mutually Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mutually Exclusive</em>' attribute.
	 * @see #isMutuallyExclusive()
	 * @generated
	 */
	void setMutuallyExclusive(boolean value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCategory_Codes()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Code> getCodes();

	/**
	 * Returns the value of the '<em><b>Sub Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Category}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Categories</em>' containment reference list.
	 * @see org.attune.model.ModelPackage#getCategory_SubCategories()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Category> getSubCategories();

} // Category
