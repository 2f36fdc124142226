/**
 */
package org.attune.model.util;

import java.util.Map;

import org.attune.model.*;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.attune.model.ModelPackage
 * @generated
 */
public class ModelValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ModelValidator INSTANCE = new ModelValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.attune.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ModelPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ModelPackage.CORPUS:
				return validateCorpus((Corpus)value, diagnostics, context);
			case ModelPackage.CODER:
				return validateCoder((Coder)value, diagnostics, context);
			case ModelPackage.CASE:
				return validateCase((Case)value, diagnostics, context);
			case ModelPackage.MEDIA_SOURCE:
				return validateMediaSource((MediaSource)value, diagnostics, context);
			case ModelPackage.CODING_SCHEME:
				return validateCodingScheme((CodingScheme)value, diagnostics, context);
			case ModelPackage.CATEGORY:
				return validateCategory((Category)value, diagnostics, context);
			case ModelPackage.CODE:
				return validateCode((Code)value, diagnostics, context);
			case ModelPackage.MODIFIER:
				return validateModifier((Modifier)value, diagnostics, context);
			case ModelPackage.CODED_MOMENT:
				return validateCodedMoment((CodedMoment)value, diagnostics, context);
			case ModelPackage.MODIFIER_VALUE:
				return validateModifierValue((ModifierValue)value, diagnostics, context);
			case ModelPackage.PLAYLIST:
				return validatePlaylist((Playlist)value, diagnostics, context);
			case ModelPackage.PLAYLIST_ENTRY:
				return validatePlaylistEntry((PlaylistEntry)value, diagnostics, context);
			case ModelPackage.CODE_KIND:
				return validateCodeKind((CodeKind)value, diagnostics, context);
			case ModelPackage.MODIFIER_TYPE:
				return validateModifierType((ModifierType)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorpus(Corpus corpus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(corpus, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validateCorpus_uniqueCoderIds(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validateCorpus_uniqueCaseIds(corpus, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueCoderIds constraint of '<em>Corpus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCorpus_uniqueCoderIds(Corpus corpus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueCoderIds(corpus, diagnostics);
	}

	/**
	 * Validates the uniqueCaseIds constraint of '<em>Corpus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCorpus_uniqueCaseIds(Corpus corpus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueCaseIds(corpus, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoder(Coder coder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(coder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCase(Case case_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(case_, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validateCase_noOverlapInExclusiveCategory(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validateCase_mediaFilesExist(case_, diagnostics, context);
		return result;
	}

	/**
	 * Validates the noOverlapInExclusiveCategory constraint of '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCase_noOverlapInExclusiveCategory(Case case_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.noOverlapInExclusiveCategory(case_, diagnostics);
	}

	/**
	 * Validates the mediaFilesExist constraint of '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCase_mediaFilesExist(Case case_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.mediaFilesExist(case_, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMediaSource(MediaSource mediaSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(mediaSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodingScheme(CodingScheme codingScheme, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(codingScheme, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodingScheme_uniqueShortcuts(codingScheme, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodingScheme_uniqueCodeIds(codingScheme, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueShortcuts constraint of '<em>Coding Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCodingScheme_uniqueShortcuts(CodingScheme codingScheme, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueShortcuts(codingScheme, diagnostics);
	}

	/**
	 * Validates the uniqueCodeIds constraint of '<em>Coding Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCodingScheme_uniqueCodeIds(CodingScheme codingScheme, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueCodeIds(codingScheme, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCategory(Category category, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(category, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCode(Code code, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(code, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModifier(Modifier modifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(modifier, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodedMoment(CodedMoment codedMoment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(codedMoment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodedMoment_endNotBeforeStart(codedMoment, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodedMoment_codeInCaseScheme(codedMoment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endNotBeforeStart constraint of '<em>Coded Moment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCodedMoment_endNotBeforeStart(CodedMoment codedMoment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.endNotBeforeStart(codedMoment, diagnostics);
	}

	/**
	 * Validates the codeInCaseScheme constraint of '<em>Coded Moment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCodedMoment_codeInCaseScheme(CodedMoment codedMoment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.codeInCaseScheme(codedMoment, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModifierValue(ModifierValue modifierValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(modifierValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlaylist(Playlist playlist, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(playlist, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlaylistEntry(PlaylistEntry playlistEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(playlistEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodeKind(CodeKind codeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModifierType(ModifierType modifierType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ModelValidator
