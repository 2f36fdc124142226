/**
 */
package org.attune.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Attune's coding model: a corpus of cases (filmed interactions with their media and coded moments), the coders, and the coding schemes the moments are coded with. Time is always milliseconds (long) on the case timeline.
 * <!-- end-model-doc -->
 * @see org.attune.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://attune.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "attune";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.attune.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CorpusImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__CASES = 1;

	/**
	 * The feature id for the '<em><b>Coders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__CODERS = 2;

	/**
	 * The feature id for the '<em><b>Schemes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SCHEMES = 3;

	/**
	 * The feature id for the '<em><b>Playlists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__PLAYLISTS = 4;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CoderImpl <em>Coder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CoderImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCoder()
	 * @generated
	 */
	int CODER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__NAME = 1;

	/**
	 * The number of structural features of the '<em>Coder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Coder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CaseImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PARTICIPANTS = 2;

	/**
	 * The feature id for the '<em><b>Media Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MEDIA_SOURCES = 3;

	/**
	 * The feature id for the '<em><b>Moments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MOMENTS = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NOTES = 5;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SCHEME = 6;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.MediaSourceImpl <em>Media Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.MediaSourceImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getMediaSource()
	 * @generated
	 */
	int MEDIA_SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Offset Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__OFFSET_MS = 2;

	/**
	 * The feature id for the '<em><b>Frame Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__FRAME_RATE = 3;

	/**
	 * The feature id for the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__DURATION_MS = 4;

	/**
	 * The number of structural features of the '<em>Media Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Media Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CodingSchemeImpl <em>Coding Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CodingSchemeImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCodingScheme()
	 * @generated
	 */
	int CODING_SCHEME = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME__CATEGORIES = 5;

	/**
	 * The number of structural features of the '<em>Coding Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>All Codes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME___ALL_CODES = 0;

	/**
	 * The operation id for the '<em>Find Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME___FIND_CODE__STRING = 1;

	/**
	 * The number of operations of the '<em>Coding Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_SCHEME_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CategoryImpl <em>Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CategoryImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Mutually Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__MUTUALLY_EXCLUSIVE = 2;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__CODES = 3;

	/**
	 * The feature id for the '<em><b>Sub Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__SUB_CATEGORIES = 4;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CodeImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__KIND = 3;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__COLOR = 4;

	/**
	 * The feature id for the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__SHORTCUT = 5;

	/**
	 * The feature id for the '<em><b>Modifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__MODIFIERS = 6;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ModifierImpl <em>Modifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ModifierImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getModifier()
	 * @generated
	 */
	int MODIFIER = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Allowed Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER__ALLOWED_VALUES = 2;

	/**
	 * The number of structural features of the '<em>Modifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Modifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CodedMomentImpl <em>Coded Moment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CodedMomentImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getCodedMoment()
	 * @generated
	 */
	int CODED_MOMENT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Case</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__CASE = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__CODE = 2;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__CODER = 3;

	/**
	 * The feature id for the '<em><b>Start Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__START_MS = 4;

	/**
	 * The feature id for the '<em><b>End Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__END_MS = 5;

	/**
	 * The feature id for the '<em><b>Modifier Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__MODIFIER_VALUES = 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__NOTE = 7;

	/**
	 * The feature id for the '<em><b>Transcript</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__TRANSCRIPT = 8;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__CREATED = 9;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT__MODIFIED = 10;

	/**
	 * The number of structural features of the '<em>Coded Moment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT_FEATURE_COUNT = 11;

	/**
	 * The operation id for the '<em>Get Modifier Value</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT___GET_MODIFIER_VALUE__STRING = 0;

	/**
	 * The operation id for the '<em>Duration Ms</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT___DURATION_MS = 1;

	/**
	 * The number of operations of the '<em>Coded Moment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_MOMENT_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ModifierValueImpl <em>Modifier Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ModifierValueImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getModifierValue()
	 * @generated
	 */
	int MODIFIER_VALUE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Modifier Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Modifier Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODIFIER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.PlaylistImpl <em>Playlist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.PlaylistImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getPlaylist()
	 * @generated
	 */
	int PLAYLIST = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST__QUERY = 2;

	/**
	 * The feature id for the '<em><b>Context Before Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST__CONTEXT_BEFORE_MS = 3;

	/**
	 * The feature id for the '<em><b>Context After Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST__CONTEXT_AFTER_MS = 4;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST__ENTRIES = 5;

	/**
	 * The number of structural features of the '<em>Playlist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Playlist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.PlaylistEntryImpl <em>Playlist Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.PlaylistEntryImpl
	 * @see org.attune.model.impl.ModelPackageImpl#getPlaylistEntry()
	 * @generated
	 */
	int PLAYLIST_ENTRY = 11;

	/**
	 * The feature id for the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_ENTRY__CASE_ID = 0;

	/**
	 * The feature id for the '<em><b>Moment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_ENTRY__MOMENT_ID = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_ENTRY__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Playlist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Playlist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYLIST_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.CodeKind <em>Code Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.CodeKind
	 * @see org.attune.model.impl.ModelPackageImpl#getCodeKind()
	 * @generated
	 */
	int CODE_KIND = 12;

	/**
	 * The meta object id for the '{@link org.attune.model.ModifierType <em>Modifier Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.ModifierType
	 * @see org.attune.model.impl.ModelPackageImpl#getModifierType()
	 * @generated
	 */
	int MODIFIER_TYPE = 13;


	/**
	 * Returns the meta object for class '{@link org.attune.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.attune.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Corpus#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.attune.model.Corpus#getCases()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Corpus#getCoders <em>Coders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coders</em>'.
	 * @see org.attune.model.Corpus#getCoders()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Coders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Corpus#getSchemes <em>Schemes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schemes</em>'.
	 * @see org.attune.model.Corpus#getSchemes()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Schemes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Corpus#getPlaylists <em>Playlists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Playlists</em>'.
	 * @see org.attune.model.Corpus#getPlaylists()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Playlists();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Coder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coder</em>'.
	 * @see org.attune.model.Coder
	 * @generated
	 */
	EClass getCoder();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Coder#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attune.model.Coder#getId()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Coder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Coder#getName()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Name();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see org.attune.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Case#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attune.model.Case#getId()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Case#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.attune.model.Case#getTitle()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Title();

	/**
	 * Returns the meta object for the attribute list '{@link org.attune.model.Case#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Participants</em>'.
	 * @see org.attune.model.Case#getParticipants()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Case#getMediaSources <em>Media Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Media Sources</em>'.
	 * @see org.attune.model.Case#getMediaSources()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_MediaSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Case#getMoments <em>Moments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Moments</em>'.
	 * @see org.attune.model.Case#getMoments()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Moments();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Case#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.attune.model.Case#getNotes()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Notes();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.Case#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scheme</em>'.
	 * @see org.attune.model.Case#getScheme()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Scheme();

	/**
	 * Returns the meta object for class '{@link org.attune.model.MediaSource <em>Media Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Source</em>'.
	 * @see org.attune.model.MediaSource
	 * @generated
	 */
	EClass getMediaSource();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.attune.model.MediaSource#getPath()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.attune.model.MediaSource#getRole()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getOffsetMs <em>Offset Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset Ms</em>'.
	 * @see org.attune.model.MediaSource#getOffsetMs()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_OffsetMs();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getFrameRate <em>Frame Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Rate</em>'.
	 * @see org.attune.model.MediaSource#getFrameRate()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_FrameRate();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getDurationMs <em>Duration Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Ms</em>'.
	 * @see org.attune.model.MediaSource#getDurationMs()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_DurationMs();

	/**
	 * Returns the meta object for class '{@link org.attune.model.CodingScheme <em>Coding Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coding Scheme</em>'.
	 * @see org.attune.model.CodingScheme
	 * @generated
	 */
	EClass getCodingScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodingScheme#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attune.model.CodingScheme#getId()
	 * @see #getCodingScheme()
	 * @generated
	 */
	EAttribute getCodingScheme_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodingScheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.CodingScheme#getName()
	 * @see #getCodingScheme()
	 * @generated
	 */
	EAttribute getCodingScheme_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodingScheme#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.attune.model.CodingScheme#getVersion()
	 * @see #getCodingScheme()
	 * @generated
	 */
	EAttribute getCodingScheme_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodingScheme#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.CodingScheme#getDescription()
	 * @see #getCodingScheme()
	 * @generated
	 */
	EAttribute getCodingScheme_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodingScheme#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.attune.model.CodingScheme#getAuthor()
	 * @see #getCodingScheme()
	 * @generated
	 */
	EAttribute getCodingScheme_Author();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.CodingScheme#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.attune.model.CodingScheme#getCategories()
	 * @see #getCodingScheme()
	 * @generated
	 */
	EReference getCodingScheme_Categories();

	/**
	 * Returns the meta object for the '{@link org.attune.model.CodingScheme#allCodes() <em>All Codes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Codes</em>' operation.
	 * @see org.attune.model.CodingScheme#allCodes()
	 * @generated
	 */
	EOperation getCodingScheme__AllCodes();

	/**
	 * Returns the meta object for the '{@link org.attune.model.CodingScheme#findCode(java.lang.String) <em>Find Code</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Code</em>' operation.
	 * @see org.attune.model.CodingScheme#findCode(java.lang.String)
	 * @generated
	 */
	EOperation getCodingScheme__FindCode__String();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category</em>'.
	 * @see org.attune.model.Category
	 * @generated
	 */
	EClass getCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Category#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Category#getName()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Category#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.Category#getDescription()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Category#isMutuallyExclusive <em>Mutually Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mutually Exclusive</em>'.
	 * @see org.attune.model.Category#isMutuallyExclusive()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_MutuallyExclusive();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Category#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see org.attune.model.Category#getCodes()
	 * @see #getCategory()
	 * @generated
	 */
	EReference getCategory_Codes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Category#getSubCategories <em>Sub Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Categories</em>'.
	 * @see org.attune.model.Category#getSubCategories()
	 * @see #getCategory()
	 * @generated
	 */
	EReference getCategory_SubCategories();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.attune.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attune.model.Code#getId()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.attune.model.Code#getLabel()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.Code#getDescription()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.attune.model.Code#getKind()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.attune.model.Code#getColor()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getShortcut <em>Shortcut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortcut</em>'.
	 * @see org.attune.model.Code#getShortcut()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Shortcut();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Code#getModifiers <em>Modifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modifiers</em>'.
	 * @see org.attune.model.Code#getModifiers()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Modifiers();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Modifier <em>Modifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modifier</em>'.
	 * @see org.attune.model.Modifier
	 * @generated
	 */
	EClass getModifier();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Modifier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Modifier#getName()
	 * @see #getModifier()
	 * @generated
	 */
	EAttribute getModifier_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Modifier#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.attune.model.Modifier#getType()
	 * @see #getModifier()
	 * @generated
	 */
	EAttribute getModifier_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.attune.model.Modifier#getAllowedValues <em>Allowed Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Values</em>'.
	 * @see org.attune.model.Modifier#getAllowedValues()
	 * @see #getModifier()
	 * @generated
	 */
	EAttribute getModifier_AllowedValues();

	/**
	 * Returns the meta object for class '{@link org.attune.model.CodedMoment <em>Coded Moment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coded Moment</em>'.
	 * @see org.attune.model.CodedMoment
	 * @generated
	 */
	EClass getCodedMoment();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attune.model.CodedMoment#getId()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_Id();

	/**
	 * Returns the meta object for the container reference '{@link org.attune.model.CodedMoment#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Case</em>'.
	 * @see org.attune.model.CodedMoment#getCase()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EReference getCodedMoment_Case();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.CodedMoment#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.attune.model.CodedMoment#getCode()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EReference getCodedMoment_Code();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.CodedMoment#getCoder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coder</em>'.
	 * @see org.attune.model.CodedMoment#getCoder()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EReference getCodedMoment_Coder();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getStartMs <em>Start Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Ms</em>'.
	 * @see org.attune.model.CodedMoment#getStartMs()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_StartMs();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getEndMs <em>End Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Ms</em>'.
	 * @see org.attune.model.CodedMoment#getEndMs()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_EndMs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.CodedMoment#getModifierValues <em>Modifier Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modifier Values</em>'.
	 * @see org.attune.model.CodedMoment#getModifierValues()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EReference getCodedMoment_ModifierValues();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.attune.model.CodedMoment#getNote()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getTranscript <em>Transcript</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transcript</em>'.
	 * @see org.attune.model.CodedMoment#getTranscript()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_Transcript();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.attune.model.CodedMoment#getCreated()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodedMoment#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.attune.model.CodedMoment#getModified()
	 * @see #getCodedMoment()
	 * @generated
	 */
	EAttribute getCodedMoment_Modified();

	/**
	 * Returns the meta object for the '{@link org.attune.model.CodedMoment#getModifierValue(java.lang.String) <em>Get Modifier Value</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Modifier Value</em>' operation.
	 * @see org.attune.model.CodedMoment#getModifierValue(java.lang.String)
	 * @generated
	 */
	EOperation getCodedMoment__GetModifierValue__String();

	/**
	 * Returns the meta object for the '{@link org.attune.model.CodedMoment#durationMs() <em>Duration Ms</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Duration Ms</em>' operation.
	 * @see org.attune.model.CodedMoment#durationMs()
	 * @generated
	 */
	EOperation getCodedMoment__DurationMs();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ModifierValue <em>Modifier Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modifier Value</em>'.
	 * @see org.attune.model.ModifierValue
	 * @generated
	 */
	EClass getModifierValue();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ModifierValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.ModifierValue#getName()
	 * @see #getModifierValue()
	 * @generated
	 */
	EAttribute getModifierValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ModifierValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.attune.model.ModifierValue#getValue()
	 * @see #getModifierValue()
	 * @generated
	 */
	EAttribute getModifierValue_Value();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Playlist <em>Playlist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Playlist</em>'.
	 * @see org.attune.model.Playlist
	 * @generated
	 */
	EClass getPlaylist();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Playlist#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Playlist#getName()
	 * @see #getPlaylist()
	 * @generated
	 */
	EAttribute getPlaylist_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Playlist#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.Playlist#getDescription()
	 * @see #getPlaylist()
	 * @generated
	 */
	EAttribute getPlaylist_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Playlist#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see org.attune.model.Playlist#getQuery()
	 * @see #getPlaylist()
	 * @generated
	 */
	EAttribute getPlaylist_Query();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Playlist#getContextBeforeMs <em>Context Before Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Before Ms</em>'.
	 * @see org.attune.model.Playlist#getContextBeforeMs()
	 * @see #getPlaylist()
	 * @generated
	 */
	EAttribute getPlaylist_ContextBeforeMs();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Playlist#getContextAfterMs <em>Context After Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context After Ms</em>'.
	 * @see org.attune.model.Playlist#getContextAfterMs()
	 * @see #getPlaylist()
	 * @generated
	 */
	EAttribute getPlaylist_ContextAfterMs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Playlist#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.attune.model.Playlist#getEntries()
	 * @see #getPlaylist()
	 * @generated
	 */
	EReference getPlaylist_Entries();

	/**
	 * Returns the meta object for class '{@link org.attune.model.PlaylistEntry <em>Playlist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Playlist Entry</em>'.
	 * @see org.attune.model.PlaylistEntry
	 * @generated
	 */
	EClass getPlaylistEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.PlaylistEntry#getCaseId <em>Case Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Id</em>'.
	 * @see org.attune.model.PlaylistEntry#getCaseId()
	 * @see #getPlaylistEntry()
	 * @generated
	 */
	EAttribute getPlaylistEntry_CaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.PlaylistEntry#getMomentId <em>Moment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moment Id</em>'.
	 * @see org.attune.model.PlaylistEntry#getMomentId()
	 * @see #getPlaylistEntry()
	 * @generated
	 */
	EAttribute getPlaylistEntry_MomentId();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.PlaylistEntry#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.attune.model.PlaylistEntry#getNote()
	 * @see #getPlaylistEntry()
	 * @generated
	 */
	EAttribute getPlaylistEntry_Note();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.CodeKind <em>Code Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Code Kind</em>'.
	 * @see org.attune.model.CodeKind
	 * @generated
	 */
	EEnum getCodeKind();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.ModifierType <em>Modifier Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modifier Type</em>'.
	 * @see org.attune.model.ModifierType
	 * @generated
	 */
	EEnum getModifierType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CorpusImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__CASES = eINSTANCE.getCorpus_Cases();

		/**
		 * The meta object literal for the '<em><b>Coders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__CODERS = eINSTANCE.getCorpus_Coders();

		/**
		 * The meta object literal for the '<em><b>Schemes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SCHEMES = eINSTANCE.getCorpus_Schemes();

		/**
		 * The meta object literal for the '<em><b>Playlists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__PLAYLISTS = eINSTANCE.getCorpus_Playlists();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CoderImpl <em>Coder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CoderImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCoder()
		 * @generated
		 */
		EClass CODER = eINSTANCE.getCoder();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__ID = eINSTANCE.getCoder_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__NAME = eINSTANCE.getCoder_Name();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CaseImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ID = eINSTANCE.getCase_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__TITLE = eINSTANCE.getCase_Title();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__PARTICIPANTS = eINSTANCE.getCase_Participants();

		/**
		 * The meta object literal for the '<em><b>Media Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__MEDIA_SOURCES = eINSTANCE.getCase_MediaSources();

		/**
		 * The meta object literal for the '<em><b>Moments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__MOMENTS = eINSTANCE.getCase_Moments();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__NOTES = eINSTANCE.getCase_Notes();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SCHEME = eINSTANCE.getCase_Scheme();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.MediaSourceImpl <em>Media Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.MediaSourceImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getMediaSource()
		 * @generated
		 */
		EClass MEDIA_SOURCE = eINSTANCE.getMediaSource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__PATH = eINSTANCE.getMediaSource_Path();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__ROLE = eINSTANCE.getMediaSource_Role();

		/**
		 * The meta object literal for the '<em><b>Offset Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__OFFSET_MS = eINSTANCE.getMediaSource_OffsetMs();

		/**
		 * The meta object literal for the '<em><b>Frame Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__FRAME_RATE = eINSTANCE.getMediaSource_FrameRate();

		/**
		 * The meta object literal for the '<em><b>Duration Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__DURATION_MS = eINSTANCE.getMediaSource_DurationMs();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CodingSchemeImpl <em>Coding Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CodingSchemeImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCodingScheme()
		 * @generated
		 */
		EClass CODING_SCHEME = eINSTANCE.getCodingScheme();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING_SCHEME__ID = eINSTANCE.getCodingScheme_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING_SCHEME__NAME = eINSTANCE.getCodingScheme_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING_SCHEME__VERSION = eINSTANCE.getCodingScheme_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING_SCHEME__DESCRIPTION = eINSTANCE.getCodingScheme_Description();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING_SCHEME__AUTHOR = eINSTANCE.getCodingScheme_Author();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING_SCHEME__CATEGORIES = eINSTANCE.getCodingScheme_Categories();

		/**
		 * The meta object literal for the '<em><b>All Codes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODING_SCHEME___ALL_CODES = eINSTANCE.getCodingScheme__AllCodes();

		/**
		 * The meta object literal for the '<em><b>Find Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODING_SCHEME___FIND_CODE__STRING = eINSTANCE.getCodingScheme__FindCode__String();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CategoryImpl <em>Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CategoryImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCategory()
		 * @generated
		 */
		EClass CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME = eINSTANCE.getCategory_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__DESCRIPTION = eINSTANCE.getCategory_Description();

		/**
		 * The meta object literal for the '<em><b>Mutually Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__MUTUALLY_EXCLUSIVE = eINSTANCE.getCategory_MutuallyExclusive();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATEGORY__CODES = eINSTANCE.getCategory_Codes();

		/**
		 * The meta object literal for the '<em><b>Sub Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATEGORY__SUB_CATEGORIES = eINSTANCE.getCategory_SubCategories();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CodeImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__ID = eINSTANCE.getCode_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__LABEL = eINSTANCE.getCode_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DESCRIPTION = eINSTANCE.getCode_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__KIND = eINSTANCE.getCode_Kind();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__COLOR = eINSTANCE.getCode_Color();

		/**
		 * The meta object literal for the '<em><b>Shortcut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__SHORTCUT = eINSTANCE.getCode_Shortcut();

		/**
		 * The meta object literal for the '<em><b>Modifiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__MODIFIERS = eINSTANCE.getCode_Modifiers();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ModifierImpl <em>Modifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ModifierImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getModifier()
		 * @generated
		 */
		EClass MODIFIER = eINSTANCE.getModifier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODIFIER__NAME = eINSTANCE.getModifier_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODIFIER__TYPE = eINSTANCE.getModifier_Type();

		/**
		 * The meta object literal for the '<em><b>Allowed Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODIFIER__ALLOWED_VALUES = eINSTANCE.getModifier_AllowedValues();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CodedMomentImpl <em>Coded Moment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CodedMomentImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getCodedMoment()
		 * @generated
		 */
		EClass CODED_MOMENT = eINSTANCE.getCodedMoment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__ID = eINSTANCE.getCodedMoment_Id();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_MOMENT__CASE = eINSTANCE.getCodedMoment_Case();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_MOMENT__CODE = eINSTANCE.getCodedMoment_Code();

		/**
		 * The meta object literal for the '<em><b>Coder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_MOMENT__CODER = eINSTANCE.getCodedMoment_Coder();

		/**
		 * The meta object literal for the '<em><b>Start Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__START_MS = eINSTANCE.getCodedMoment_StartMs();

		/**
		 * The meta object literal for the '<em><b>End Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__END_MS = eINSTANCE.getCodedMoment_EndMs();

		/**
		 * The meta object literal for the '<em><b>Modifier Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_MOMENT__MODIFIER_VALUES = eINSTANCE.getCodedMoment_ModifierValues();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__NOTE = eINSTANCE.getCodedMoment_Note();

		/**
		 * The meta object literal for the '<em><b>Transcript</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__TRANSCRIPT = eINSTANCE.getCodedMoment_Transcript();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__CREATED = eINSTANCE.getCodedMoment_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_MOMENT__MODIFIED = eINSTANCE.getCodedMoment_Modified();

		/**
		 * The meta object literal for the '<em><b>Get Modifier Value</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODED_MOMENT___GET_MODIFIER_VALUE__STRING = eINSTANCE.getCodedMoment__GetModifierValue__String();

		/**
		 * The meta object literal for the '<em><b>Duration Ms</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODED_MOMENT___DURATION_MS = eINSTANCE.getCodedMoment__DurationMs();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ModifierValueImpl <em>Modifier Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ModifierValueImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getModifierValue()
		 * @generated
		 */
		EClass MODIFIER_VALUE = eINSTANCE.getModifierValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODIFIER_VALUE__NAME = eINSTANCE.getModifierValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODIFIER_VALUE__VALUE = eINSTANCE.getModifierValue_Value();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.PlaylistImpl <em>Playlist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.PlaylistImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getPlaylist()
		 * @generated
		 */
		EClass PLAYLIST = eINSTANCE.getPlaylist();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST__NAME = eINSTANCE.getPlaylist_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST__DESCRIPTION = eINSTANCE.getPlaylist_Description();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST__QUERY = eINSTANCE.getPlaylist_Query();

		/**
		 * The meta object literal for the '<em><b>Context Before Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST__CONTEXT_BEFORE_MS = eINSTANCE.getPlaylist_ContextBeforeMs();

		/**
		 * The meta object literal for the '<em><b>Context After Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST__CONTEXT_AFTER_MS = eINSTANCE.getPlaylist_ContextAfterMs();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYLIST__ENTRIES = eINSTANCE.getPlaylist_Entries();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.PlaylistEntryImpl <em>Playlist Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.PlaylistEntryImpl
		 * @see org.attune.model.impl.ModelPackageImpl#getPlaylistEntry()
		 * @generated
		 */
		EClass PLAYLIST_ENTRY = eINSTANCE.getPlaylistEntry();

		/**
		 * The meta object literal for the '<em><b>Case Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST_ENTRY__CASE_ID = eINSTANCE.getPlaylistEntry_CaseId();

		/**
		 * The meta object literal for the '<em><b>Moment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST_ENTRY__MOMENT_ID = eINSTANCE.getPlaylistEntry_MomentId();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYLIST_ENTRY__NOTE = eINSTANCE.getPlaylistEntry_Note();

		/**
		 * The meta object literal for the '{@link org.attune.model.CodeKind <em>Code Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.CodeKind
		 * @see org.attune.model.impl.ModelPackageImpl#getCodeKind()
		 * @generated
		 */
		EEnum CODE_KIND = eINSTANCE.getCodeKind();

		/**
		 * The meta object literal for the '{@link org.attune.model.ModifierType <em>Modifier Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.ModifierType
		 * @see org.attune.model.impl.ModelPackageImpl#getModifierType()
		 * @generated
		 */
		EEnum MODIFIER_TYPE = eINSTANCE.getModifierType();

	}

} //ModelPackage
