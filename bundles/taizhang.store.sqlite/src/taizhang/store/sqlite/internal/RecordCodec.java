package taizhang.store.sqlite.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import taizhang.core.Ids;

/**
 * Encodes a model object with everything it contains into a compact record, and back (the
 * reading itself is {@link RecordDecoder}'s).
 * <p>
 * A record is a CRC-32C (4 bytes) followed by one object: its class number, then for each set
 * feature a header {@code (featureNumber + 1) << 1 | isNull} and the value, then 0. Contained
 * objects are written inline the same way; a non-containment reference is written as its target's
 * id and resolved once its target is read.
 * <p>
 * Class and feature numbers come from the file's {@link Dictionary}, which names every class and
 * feature and gives its wire kind. A model that gains classes or features extends the dictionary;
 * a file from a model with features this one lacks can still be read (the values are skipped).
 * All per-class work (which features, which kind, which factory) is done once here, never per
 * value.
 */
final class RecordCodec {

	static final char STRING = 's';
	static final char INT = 'i';
	static final char LONG = 'l';
	static final char DOUBLE = 'd';
	static final char FLOAT = 'f';
	static final char BOOLEAN = 'z';
	static final char ENUM = 'e';
	static final char DATE = 'D';
	static final char INSTANT = 'T';
	static final char GENERIC = 'g';
	static final char CONTAINMENT = 'c';
	static final char REFERENCE = 'r';

	/** How one feature of one class is written and read. */
	static final class FeatureCodec {
		final EStructuralFeature feature;
		final int featureId;
		final char kind;
		final boolean many;
		final EDataType dataType;
		final Enumerator[] enumByValue;
		final Map<Integer, Enumerator> enumByLargeValue;
		/** For references with another end: setting them changes the target too. */
		final boolean hasOpposite;
		/** For references whose other end is persisted too: adding must not duplicate. */
		final boolean oppositePersisted;
		/** Reads this feature's values from records; null for a containment (see {@link RecordDecoder}). */
		final RecordDecoder.FieldReader reader;
		int fileNumber = -1;

		FeatureCodec(EClass owner, EStructuralFeature feature) {
			this.feature = feature;
			this.featureId = owner.getFeatureID(feature);
			this.kind = kindOf(feature);
			this.many = feature.isMany();
			this.dataType = feature instanceof EAttribute a ? a.getEAttributeType() : null;
			if (kind == ENUM) {
				Map<Integer, Enumerator> large = new HashMap<>();
				int max = -1;
				for (EEnumLiteral literal : ((EEnum) dataType).getELiterals()) {
					if (literal.getValue() >= 0 && literal.getValue() < 1024) {
						max = Math.max(max, literal.getValue());
					}
				}
				Enumerator[] small = new Enumerator[max + 1];
				for (EEnumLiteral literal : ((EEnum) dataType).getELiterals()) {
					Enumerator instance = literal.getInstance();
					if (literal.getValue() >= 0 && literal.getValue() < 1024) {
						small[literal.getValue()] = instance;
					} else {
						large.put(literal.getValue(), instance);
					}
				}
				this.enumByValue = small;
				this.enumByLargeValue = large;
			} else {
				this.enumByValue = null;
				this.enumByLargeValue = null;
			}
			this.hasOpposite = feature instanceof EReference r && r.getEOpposite() != null;
			this.oppositePersisted = hasOpposite && isPersisted(((EReference) feature).getEOpposite());
			this.reader = RecordDecoder.readerFor(this);
		}

		Enumerator literal(int value) {
			Enumerator e = value >= 0 && value < enumByValue.length ? enumByValue[value] : enumByLargeValue.get(value);
			if (e == null) {
				throw new CorruptRecordException("no literal " + value + " in " + dataType.getName()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return e;
		}
	}

	/** The persisted features of one model class, and its number in the file. */
	static final class ClassCodec {
		final EClass eClass;
		final int index;
		final FeatureCodec[] features;
		final EAttribute idAttribute;
		final int idFeatureId;
		/**
		 * Whether objects of this class are looked up by id: they are records (ids are row keys) or
		 * targets of references. Others (a stage goal, a review) need no place in the id map.
		 */
		boolean lookedUp;
		int fileNumber = -1;
		/** Decoding table: the file's feature number to this model's feature, null if unknown. */
		FeatureCodec[] byFileNumber = new FeatureCodec[0];
		private final EFactory factory;

		ClassCodec(EClass eClass, int index) {
			this.eClass = eClass;
			this.index = index;
			this.factory = eClass.getEPackage().getEFactoryInstance();
			List<FeatureCodec> list = new ArrayList<>();
			for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
				if (isPersisted(f)) {
					list.add(new FeatureCodec(eClass, f));
				}
			}
			this.features = list.toArray(FeatureCodec[]::new);
			EAttribute id = eClass.getEIDAttribute();
			this.idAttribute = id != null && id.getEAttributeType().getInstanceClass() == String.class ? id : null;
			this.idFeatureId = idAttribute != null ? eClass.getFeatureID(idAttribute) : -1;
		}

		/**
		 * Makes a new object of this class. Through the factory's create(EClass), whose switch over
		 * the classes the JIT compiles into the small method that reads an object: a class that the
		 * first records lacked costs compiling that method again, cheaper than calling a method
		 * handle per class for every object.
		 */
		InternalEObject create() {
			return (InternalEObject) factory.create(eClass);
		}
	}

	/** Loaded dates share one object per day: a ledger has a million dates but few distinct days. */
	private static final int CACHED_DAYS = 100_000;
	private final LocalDate[] dates = new LocalDate[CACHED_DAYS];

	private final EPackage ePackage;
	private final Dictionary dictionary;
	private final Map<EClass, ClassCodec> classes = new IdentityHashMap<>();
	/** Decoding table: the file's class number to this model's class, null if unknown. */
	private ClassCodec[] classByFileNumber = new ClassCodec[0];
	private final ClassCodec[] classByIndex;

	/** @param root the class of the object whose contents are the records (the ledger) */
	RecordCodec(EPackage ePackage, EClass root, Dictionary dictionary) {
		this.ePackage = ePackage;
		this.dictionary = dictionary;
		List<ClassCodec> all = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface()) {
				ClassCodec codec = new ClassCodec(c, all.size());
				all.add(codec);
				classes.put(c, codec);
			}
		}
		this.classByIndex = all.toArray(ClassCodec[]::new);
		List<EClass> lookedUpTypes = new ArrayList<>(List.of(root));
		for (EReference ref : root.getEAllContainments()) {
			lookedUpTypes.add(ref.getEReferenceType());
		}
		for (ClassCodec cc : all) {
			for (FeatureCodec fc : cc.features) {
				if (fc.kind == REFERENCE) {
					lookedUpTypes.add(((EReference) fc.feature).getEReferenceType());
				}
			}
		}
		for (ClassCodec cc : all) {
			cc.lookedUp = cc.idAttribute != null
					&& lookedUpTypes.stream().anyMatch(type -> type.isSuperTypeOf(cc.eClass));
		}
		bindDictionary();
	}

	static boolean isPersisted(EStructuralFeature f) {
		if (f.isTransient() || f.isDerived() || f.isVolatile() || !f.isChangeable()) {
			return false;
		}
		return !(f instanceof EReference r && r.isContainer());
	}

	static char kindOf(EStructuralFeature f) {
		if (f instanceof EReference r) {
			return r.isContainment() ? CONTAINMENT : REFERENCE;
		}
		EDataType type = ((EAttribute) f).getEAttributeType();
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return STRING;
		} else if (c == int.class || c == Integer.class) {
			return INT;
		} else if (c == long.class || c == Long.class) {
			return LONG;
		} else if (c == double.class || c == Double.class) {
			return DOUBLE;
		} else if (c == float.class || c == Float.class) {
			return FLOAT;
		} else if (c == boolean.class || c == Boolean.class) {
			return BOOLEAN;
		} else if (c == LocalDate.class) {
			return DATE;
		} else if (c == Instant.class) {
			return INSTANT;
		}
		return GENERIC;
	}

	/** Matches the file's dictionary against this model; see {@link Dictionary#unknownToModel()}. */
	private void bindDictionary() {
		List<Dictionary.FileClass> fileClasses = dictionary.classes();
		classByFileNumber = new ClassCodec[fileClasses.size()];
		for (int n = 0; n < fileClasses.size(); n++) {
			Dictionary.FileClass fc = fileClasses.get(n);
			EClassifier classifier = ePackage.getEClassifier(fc.name());
			ClassCodec codec = classifier instanceof EClass c ? classes.get(c) : null;
			if (codec == null) {
				dictionary.noteUnknown(fc.name());
				continue;
			}
			classByFileNumber[n] = codec;
			codec.fileNumber = n;
			codec.byFileNumber = new FeatureCodec[fc.features().size()];
			for (int k = 0; k < fc.features().size(); k++) {
				Dictionary.FileFeature ff = fc.features().get(k);
				FeatureCodec match = null;
				for (FeatureCodec f : codec.features) {
					if (f.feature.getName().equals(ff.name())) {
						match = f;
					}
				}
				if (match == null) {
					dictionary.noteUnknown(fc.name() + '.' + ff.name());
				} else if (match.kind != ff.kind() || match.many != ff.many()) {
					dictionary.noteIncompatible(fc.name() + '.' + ff.name());
				} else {
					codec.byFileNumber[k] = match;
					match.fileNumber = k;
				}
			}
		}
	}

	Dictionary dictionary() {
		return dictionary;
	}

	/** Number of model classes; the index of {@link #className(int)}. */
	int classCount() {
		return classByIndex.length;
	}

	String className(int index) {
		return classByIndex[index].eClass.getName();
	}

	/** Whether objects of the class with this index are looked up by id (see {@link ClassCodec#lookedUp}). */
	boolean isLookedUp(int index) {
		return classByIndex[index].lookedUp;
	}

	ClassCodec classCodec(EClass eClass) {
		ClassCodec codec = classes.get(eClass);
		if (codec == null) {
			throw new IllegalArgumentException("class " + eClass.getName() + " is not part of " + ePackage.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return codec;
	}

	/** The file number of a class, adding it to the dictionary if it is new. */
	private int fileNumber(ClassCodec codec) {
		if (codec.fileNumber < 0) {
			codec.fileNumber = dictionary.addClass(codec.eClass.getName());
			ClassCodec[] grown = new ClassCodec[codec.fileNumber + 1];
			System.arraycopy(classByFileNumber, 0, grown, 0, classByFileNumber.length);
			grown[codec.fileNumber] = codec;
			classByFileNumber = grown;
		}
		return codec.fileNumber;
	}

	private int fileNumber(ClassCodec owner, FeatureCodec codec) {
		if (codec.fileNumber < 0) {
			fileNumber(owner);
			codec.fileNumber = dictionary.addFeature(owner.fileNumber, codec.feature.getName(), codec.kind, codec.many);
			FeatureCodec[] grown = new FeatureCodec[codec.fileNumber + 1];
			System.arraycopy(owner.byFileNumber, 0, grown, 0, owner.byFileNumber.length);
			grown[codec.fileNumber] = codec;
			owner.byFileNumber = grown;
		}
		return codec.fileNumber;
	}

	// ---- encoding ----------------------------------------------------------------------------

	/** Encodes records; one per writing thread. */
	final class Encoder {
		private final ByteSink sink = new ByteSink(4096);
		private final Predicate<EObject> referable;
		final int[] counts = new int[classByIndex.length];

		/**
		 * @param referable whether a reference target is part of the ledger; references to anything
		 *                  else (a deleted object) are not written
		 */
		Encoder(Predicate<EObject> referable) {
			this.referable = referable;
		}

		/**
		 * Encodes {@code object} with its contents, counting objects per class into {@link #counts}
		 * (which the caller resets).
		 *
		 * @param withContainments false for the ledger's own record, whose contained objects are
		 *                         records of their own
		 */
		byte[] encode(EObject object, boolean withContainments) {
			sink.reset();
			for (int i = 0; i < 4; i++) {
				sink.writeByte(0); // room for the checksum
			}
			writeObject(object, withContainments);
			byte[] record = sink.toByteArray();
			CRC32C crc = new CRC32C();
			crc.update(record, 4, record.length - 4);
			int value = (int) crc.getValue();
			record[0] = (byte) (value >>> 24);
			record[1] = (byte) (value >>> 16);
			record[2] = (byte) (value >>> 8);
			record[3] = (byte) value;
			return record;
		}

		private void writeObject(EObject object, boolean withContainments) {
			ClassCodec cc = classCodec(object.eClass());
			counts[cc.index]++;
			sink.writeVarInt(fileNumber(cc));
			InternalEObject o = (InternalEObject) object;
			for (FeatureCodec fc : cc.features) {
				if ((!withContainments && fc.kind == CONTAINMENT) || !o.eIsSet(fc.featureId)) {
					continue;
				}
				Object value = o.eGet(fc.featureId, false, true);
				int header = (fileNumber(cc, fc) + 1) << 1;
				if (fc.many) {
					List<?> list = (List<?>) value;
					if (fc.kind == REFERENCE) {
						list = referableOnly(list);
					}
					sink.writeVarInt(header);
					sink.writeVarInt(list.size());
					for (Object element : list) {
						writeValue(fc, element);
					}
				} else if (value == null) {
					sink.writeVarInt(header | 1);
				} else if (fc.kind == REFERENCE && !isReferable((EObject) value)) {
					continue;
				} else {
					sink.writeVarInt(header);
					writeValue(fc, value);
				}
			}
			sink.writeVarInt(0);
		}

		private boolean isReferable(EObject target) {
			return !Ids.isMissing(idOf(target)) && referable.test(target);
		}

		private List<?> referableOnly(List<?> targets) {
			for (Object t : targets) {
				if (!isReferable((EObject) t)) {
					List<Object> kept = new ArrayList<>(targets.size());
					for (Object u : targets) {
						if (isReferable((EObject) u)) {
							kept.add(u);
						}
					}
					return kept;
				}
			}
			return targets;
		}

		private void writeValue(FeatureCodec fc, Object value) {
			switch (fc.kind) {
			case STRING -> sink.writeString((String) value);
			case INT -> sink.writeSignedInt((Integer) value);
			case LONG -> sink.writeSignedLong((Long) value);
			case DOUBLE -> sink.writeFixedLong(Double.doubleToRawLongBits((Double) value));
			case FLOAT -> sink.writeVarInt(Float.floatToRawIntBits((Float) value));
			case BOOLEAN -> sink.writeByte((Boolean) value ? 1 : 0);
			case ENUM -> sink.writeSignedInt(((Enumerator) value).getValue());
			case DATE -> sink.writeSignedLong(((LocalDate) value).toEpochDay());
			case INSTANT -> {
				Instant instant = (Instant) value;
				sink.writeSignedLong(instant.getEpochSecond());
				sink.writeVarInt(instant.getNano());
			}
			case GENERIC -> sink.writeString(EcoreUtil.convertToString(fc.dataType, value));
			case CONTAINMENT -> writeObject((EObject) value, true);
			case REFERENCE -> sink.writeString(idOf((EObject) value));
			default -> throw new IllegalStateException(String.valueOf(fc.kind));
			}
		}
	}

	/** See {@link ClassCodec#lookedUp}. */
	boolean isLookedUp(EObject object) {
		ClassCodec cc = classes.get(object.eClass());
		return cc != null && cc.lookedUp;
	}

	String idOf(EObject object) {
		ClassCodec cc = classes.get(object.eClass());
		if (cc == null || cc.idAttribute == null) {
			return null;
		}
		return (String) ((InternalEObject) object).eGet(cc.idFeatureId, false, true);
	}

	/** Encodes a class-count array as (file class number, count) pairs. */
	byte[] encodeCounts(int[] counts) {
		ByteSink sink = new ByteSink(32);
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] != 0) {
				sink.writeVarInt(fileNumber(classByIndex[i]));
				sink.writeVarInt(counts[i]);
			}
		}
		return sink.toByteArray();
	}

	/** Adds (or with {@code sign} -1 subtracts) encoded counts into {@code totals} by class index. */
	void addCounts(byte[] encoded, long[] totals, int sign) {
		if (encoded == null) {
			return;
		}
		ByteSource source = new ByteSource(encoded, 0, encoded.length);
		while (!source.atEnd()) {
			int fileNumber = source.readVarInt();
			int count = source.readVarInt();
			ClassCodec cc = fileNumber < classByFileNumber.length ? classByFileNumber[fileNumber] : null;
			if (cc != null) {
				totals[cc.index] += sign * (long) count;
			}
		}
	}

	// ---- decoding ----------------------------------------------------------------------------

	/** The model class of a file's class number; null if this model lacks it. */
	ClassCodec classForFileNumber(int n) {
		if (n < 0 || n >= classByFileNumber.length) {
			throw new CorruptRecordException("unknown class number " + n); //$NON-NLS-1$
		}
		return classByFileNumber[n];
	}

	/** Races between threads only store equal immutable objects, so no locking is needed. */
	LocalDate date(long epochDay) {
		if (epochDay < 0 || epochDay >= CACHED_DAYS) {
			return LocalDate.ofEpochDay(epochDay);
		}
		LocalDate d = dates[(int) epochDay];
		if (d == null) {
			d = LocalDate.ofEpochDay(epochDay);
			dates[(int) epochDay] = d;
		}
		return d;
	}

	void skipObjectBody(ByteSource in, int classNumber) {
		for (int header = in.readVarInt(); header != 0; header = in.readVarInt()) {
			skipValue(in, dictionary.feature(classNumber, (header >>> 1) - 1), (header & 1) != 0);
		}
	}

	void skipValue(ByteSource in, Dictionary.FileFeature ff, boolean isNull) {
		if (ff == null) {
			throw new CorruptRecordException("unknown feature number"); //$NON-NLS-1$
		}
		if (isNull) {
			return;
		}
		int count = ff.many() ? in.readVarInt() : 1;
		for (int i = 0; i < count; i++) {
			switch (ff.kind()) {
			case STRING, GENERIC, REFERENCE -> in.skipString();
			case INT, LONG, ENUM, DATE, FLOAT -> in.readVarLong();
			case DOUBLE -> in.skip(8);
			case BOOLEAN -> in.skip(1);
			case INSTANT -> {
				in.readVarLong();
				in.readVarInt();
			}
			case CONTAINMENT -> {
				int classNumber = in.readVarInt();
				classForFileNumber(classNumber); // range check
				skipObjectBody(in, classNumber);
			}
			default -> throw new CorruptRecordException("unknown kind " + ff.kind()); //$NON-NLS-1$
			}
		}
	}
}
