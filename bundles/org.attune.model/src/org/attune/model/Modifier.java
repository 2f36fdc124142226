/**
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modifier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An extra property a coder gives a moment of a code, e.g. intensity: low / high.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Modifier#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Modifier#getType <em>Type</em>}</li>
 *   <li>{@link org.attune.model.Modifier#getAllowedValues <em>Allowed Values</em>}</li>
 * </ul>
 *
 * @see org.attune.model.ModelPackage#getModifier()
 * @model
 * @generated
 */
public interface Modifier extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.ModelPackage#getModifier_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Modifier#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.ModifierType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.attune.model.ModifierType
	 * @see #setType(ModifierType)
	 * @see org.attune.model.ModelPackage#getModifier_Type()
	 * @model
	 * @generated
	 */
	ModifierType getType();

	/**
	 * Sets the value of the '{@link org.attune.model.Modifier#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.attune.model.ModifierType
	 * @see #getType()
	 * @generated
	 */
	void setType(ModifierType value);

	/**
	 * Returns the value of the '<em><b>Allowed Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Values</em>' attribute list.
	 * @see org.attune.model.ModelPackage#getModifier_AllowedValues()
	 * @model
	 * @generated
	 */
	EList<String> getAllowedValues();

} // Modifier
