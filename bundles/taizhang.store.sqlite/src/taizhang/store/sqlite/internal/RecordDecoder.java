package taizhang.store.sqlite.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import taizhang.core.Ids;

/**
 * Turns records back into model objects; one per loading thread, never shared.
 * <p>
 * Built for a JVM that has compiled nothing yet, as at the first open after start. An object and
 * everything it contains are read by one loop with a stack of frames, not by recursion, so there
 * is one place that makes objects and one that fills contained lists; the other features are read
 * by a {@link FieldReader} per wire kind, called through one call site that the JIT compiles as a
 * plain virtual call, each reader compiled on its own. And nothing met later (another class, another
 * kind of list, the first overwritten string) makes the JIT compile a method again: arrays that
 * hold objects of many classes are Object[], and tests that turn true only late are computed.
 * <p>
 * References are resolved as each record ends, while its objects are at hand: most point into the
 * same record (evidence to measures) or into the small lists (units, persons, rounds), so few are
 * left for the end of loading. Objects are built with no adapter and so without notifications; the
 * change tracker is attached to a record's objects once the record is complete.
 */
final class RecordDecoder {

	/**
	 * The objects of the ledger's small lists by id, once they are all read; shared by the decoders,
	 * never changed after it is published.
	 */
	static final class Earlier {
		/** Empty until published: a decoder then looks in it all the same, with no test to change course. */
		private volatile IdTable objects = new IdTable(0);

		void publish(IdTable all) {
			objects = all;
		}
	}

	private final RecordCodec codec;
	private final Dictionary dictionary;
	private final ChangeTracker tracker;
	private final Earlier earlier;
	/** {@link #earlier}'s objects as the current record began (empty if not yet published). */
	private IdTable earlierObjects;
	/** Every object with an id that this decoder made, by id. */
	final IdTable byId;
	final StringCache strings = new StringCache();
	/** References left for the end of loading; those without another end. */
	final PendingReferences references = new PendingReferences();
	/** References with another end, which changes the target too: resolved one at a time. */
	final PendingReferences oppositeReferences = new PendingReferences();
	int duplicateIds;

	/**
	 * The objects of the record being read, with their ids (null where not looked up). Arrays of
	 * Object, like every array here that holds objects of many classes: storing into a typed one
	 * makes the JIT guess the class and compile again when the guess fails.
	 */
	private Object[] made = new Object[64];
	private String[] madeIds = new String[64];
	private int madeCount;
	private final PendingReferences recordReferences = new PendingReferences();
	/**
	 * Values on their way into a list: a list's elements are pushed here as they are read (its
	 * contained objects' own lists above them) and then put into the list at once.
	 */
	private Object[] stack = new Object[256];
	private int top;
	/**
	 * The frames of {@link #readTree}: for each object waiting while what it contains is read, the
	 * object, its class (and number in the file), the containment being read, how many contained
	 * objects are still to come and where its list's elements begin on {@link #stack}.
	 */
	private Object[] frameOwners = new Object[16];
	private RecordCodec.ClassCodec[] frameClasses = new RecordCodec.ClassCodec[16];
	private int[] frameClassNumbers = new int[16];
	private RecordCodec.FeatureCodec[] frameFeatures = new RecordCodec.FeatureCodec[16];
	private int[] frameLeft = new int[16];
	private int[] frameBases = new int[16];

	/**
	 * @param earlier     where the objects of the small lists appear once they are read
	 * @param expectedIds about how many objects with an id this decoder will make
	 */
	RecordDecoder(RecordCodec codec, ChangeTracker tracker, Earlier earlier, int expectedIds) {
		this.codec = codec;
		this.dictionary = codec.dictionary();
		this.tracker = tracker;
		this.earlier = earlier;
		this.byId = new IdTable(expectedIds);
	}

	/**
	 * Decodes one record: checks it, builds its objects, resolves what references it can and
	 * attaches the change tracker.
	 *
	 * @param into an existing object to fill instead of creating one (the ledger), or null
	 * @return the record's object, null if its class is unknown to this model
	 */
	EObject decode(byte[] record, EObject into) {
		if (record.length < 5) {
			throw new CorruptRecordException("record too short"); //$NON-NLS-1$
		}
		CRC32C crc = new CRC32C();
		crc.update(record, 4, record.length - 4);
		int stored = ((record[0] & 0xFF) << 24) | ((record[1] & 0xFF) << 16) | ((record[2] & 0xFF) << 8)
				| (record[3] & 0xFF);
		if (stored != (int) crc.getValue()) {
			throw new CorruptRecordException("checksum mismatch"); //$NON-NLS-1$
		}
		ByteSource in = new ByteSource(record, 4, record.length);
		madeCount = 0;
		earlierObjects = earlier.objects;
		InternalEObject object = readTree(in, (InternalEObject) into);
		if (!in.atEnd()) {
			throw new CorruptRecordException("unexpected bytes after the record"); //$NON-NLS-1$
		}
		resolveRecordReferences();
		finishObjects();
		return object;
	}

	/**
	 * Reads one object and everything it contains. Contained objects are read by this same loop,
	 * not by a recursive call: the object being read waits on a stack of frames while its contained
	 * object or list is read. So there is one place that makes objects and one that fills contained
	 * lists, and the JIT compiles each once. A list is filled when its last element is complete,
	 * an object is set into its container when it is complete.
	 *
	 * @param into an existing object to fill (the ledger), or null to make one
	 * @return the object, null (its bytes skipped) if its class is unknown to this model
	 */
	private InternalEObject readTree(ByteSource in, InternalEObject into) {
		int classNumber = in.readVarInt();
		RecordCodec.ClassCodec cc = codec.classForFileNumber(classNumber);
		InternalEObject o;
		if (into != null) {
			if (cc == null || into.eClass() != cc.eClass) {
				throw new CorruptRecordException("expected a " + into.eClass().getName() + ", found " //$NON-NLS-1$ //$NON-NLS-2$
						+ (cc == null ? "an unknown class" : "a " + cc.eClass.getName())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			o = into;
		} else if (cc == null) {
			codec.skipObjectBody(in, classNumber);
			return null;
		} else {
			o = cc.create();
		}
		int d = -1;
		for (;;) {
			int header = in.readVarInt();
			if (header != 0) {
				int fileFeature = (header >>> 1) - 1;
				RecordCodec.FeatureCodec[] features = cc.byFileNumber;
				RecordCodec.FeatureCodec fc = fileFeature >= 0 && fileFeature < features.length
						? features[fileFeature]
						: null;
				if (fc == null) {
					codec.skipValue(in, dictionary.feature(classNumber, fileFeature), (header & 1) != 0);
					continue;
				} else if ((header & 1) != 0) {
					o.eSet(fc.featureId, null);
					continue;
				} else if (fc.kind != RecordCodec.CONTAINMENT) {
					fc.reader.read(in, o, this);
					continue;
				}
				// o waits while what it contains is read
				if (++d == frameOwners.length) {
					growFrames();
				}
				frameOwners[d] = o;
				frameClasses[d] = cc;
				frameClassNumbers[d] = classNumber;
				frameFeatures[d] = fc;
				frameLeft[d] = fc.many ? in.readVarInt() : 1;
				frameBases[d] = top;
			} else {
				made(o, cc);
				if (d < 0) {
					return o;
				}
				if (frameFeatures[d].many) {
					push(o);
				} else {
					((InternalEObject) frameOwners[d]).eSet(frameFeatures[d].featureId, o);
				}
				frameLeft[d]--;
			}
			// the next contained object of the top frame, or back to its owner once there is none
			for (;;) {
				if (frameLeft[d] > 0) {
					classNumber = in.readVarInt();
					cc = codec.classForFileNumber(classNumber);
					if (cc == null) {
						codec.skipObjectBody(in, classNumber);
						frameLeft[d]--;
						continue;
					}
					o = cc.create();
					break;
				}
				o = (InternalEObject) frameOwners[d];
				cc = frameClasses[d];
				classNumber = frameClassNumbers[d];
				RecordCodec.FeatureCodec fc = frameFeatures[d];
				int base = frameBases[d];
				if (fc.many && top > base) {
					@SuppressWarnings("unchecked")
					InternalEList<Object> list = (InternalEList<Object>) o.eGet(fc.featureId, false, true);
					fill(list, stack, base, top - base);
				}
				pop(base);
				frameOwners[d] = null;
				d--;
				break;
			}
		}
	}

	private void growFrames() {
		int n = frameOwners.length * 2;
		frameOwners = Arrays.copyOf(frameOwners, n);
		frameClasses = Arrays.copyOf(frameClasses, n);
		frameClassNumbers = Arrays.copyOf(frameClassNumbers, n);
		frameFeatures = Arrays.copyOf(frameFeatures, n);
		frameLeft = Arrays.copyOf(frameLeft, n);
		frameBases = Arrays.copyOf(frameBases, n);
	}

	private void made(InternalEObject o, RecordCodec.ClassCodec cc) {
		if (madeCount == made.length) {
			made = Arrays.copyOf(made, madeCount * 2);
			madeIds = Arrays.copyOf(madeIds, madeCount * 2);
		}
		String id = null;
		if (cc.lookedUp) {
			id = (String) o.eGet(cc.idFeatureId, false, true);
			if (Ids.isMissing(id)) {
				id = null;
			}
		}
		made[madeCount] = o;
		madeIds[madeCount] = id;
		madeCount++;
	}

	/**
	 * Resolves the record's references that point into the record itself or to objects read
	 * earlier, and keeps the others for the end. The record's objects have no tracker yet, so
	 * nothing notifies.
	 */
	private void resolveRecordReferences() {
		PendingReferences refs = recordReferences;
		for (int r = 0; r < refs.size; r++) {
			InternalEObject owner = (InternalEObject) refs.owners[r];
			RecordCodec.FeatureCodec fc = refs.codecs[r];
			String id = refs.ids[r];
			if (id != null) {
				Object target = find(id);
				if (target != null) {
					owner.eSet(fc.featureId, target);
				} else {
					references.add(owner, fc, id, null);
				}
			} else if (!resolveList(owner, fc, refs.manyIds[r])) {
				// kept whole, so that the list keeps its order
				references.add(owner, fc, null, refs.manyIds[r]);
			}
		}
		refs.clear();
	}

	/** Fills a many-valued reference if every target is at hand; tells whether it did. */
	private boolean resolveList(InternalEObject owner, RecordCodec.FeatureCodec fc, String[] ids) {
		int base = top;
		for (String id : ids) {
			Object target = find(id);
			if (target == null) {
				pop(base);
				return false;
			}
			push(target);
		}
		@SuppressWarnings("unchecked")
		InternalEList<Object> list = (InternalEList<Object>) owner.eGet(fc.featureId, false, true);
		fill(list, stack, base, ids.length);
		pop(base);
		return true;
	}

	/** Attaches the tracker to the record's objects and registers their ids. */
	private void finishObjects() {
		for (int i = 0; i < madeCount; i++) {
			Object o = made[i];
			if (tracker != null) {
				tracker.attachNew((EObject) o);
			}
			String id = madeIds[i];
			if (id != null && byId.putIfAbsent(id, o) != null) {
				duplicateIds++;
			}
			made[i] = null;
		}
		madeCount = 0;
	}

	/**
	 * An object of this record, of the small lists or one this decoder made before, by id; null if
	 * none is at hand. Typed Object, so that no cast makes the JIT guess a class.
	 */
	private Object find(String id) {
		for (int i = 0; i < madeCount; i++) {
			if (id.equals(madeIds[i])) {
				return made[i];
			}
		}
		Object o = earlierObjects.get(id);
		return o != null ? o : byId.get(id);
	}

	private void push(Object value) {
		if (top == stack.length) {
			stack = Arrays.copyOf(stack, top * 2);
		}
		stack[top++] = value;
	}

	private void pop(int base) {
		top = base;
	}

	void reference(InternalEObject owner, RecordCodec.FeatureCodec fc, String id, String[] ids) {
		(fc.hasOpposite ? oppositeReferences : recordReferences).add(owner, fc, id, ids);
	}

	/**
	 * Adds {@code count} values to an empty list of a new object in one step. The lists that
	 * generated models use get an array of exactly these values, containment setting each
	 * element's container as adding would; others are added to one by one.
	 * <p>
	 * The array is a plain Object[], where EMF would make one of the element type: copying from
	 * Object[] into, say, Measure[] makes the JIT's array copy trap (it checks that the source
	 * array's type fits the target's) and compile the whole reading loop again, once per kind
	 * of list. EMF's lists take any Object[] (their own grow copies into a typed one).
	 */
	static void fill(InternalEList<Object> list, Object[] values, int from, int count) {
		Class<?> type = list.getClass();
		boolean containment = type == EObjectContainmentEList.class;
		if ((containment || type == EObjectResolvingEList.class || type == EObjectEList.class) && list.isEmpty()) {
			Object[] data = Arrays.copyOfRange(values, from, from + count);
			((BasicEList<Object>) list).setData(count, data);
			if (containment) {
				InternalEObject owner = (InternalEObject) ((EcoreEList<?>) list).getEObject();
				int inverse = InternalEObject.EOPPOSITE_FEATURE_BASE - ((EcoreEList<?>) list).getFeatureID();
				if (SET_CONTAINER != null && owner.eInternalContainer() == null && owner.eDirectResource() == null) {
					setContainer(data, count, owner, inverse);
				} else {
					for (int i = 0; i < count; i++) {
						NotificationChain msgs = ((InternalEObject) data[i]).eInverseAdd(owner, inverse, null, null);
						if (msgs != null) {
							msgs.dispatch();
						}
					}
				}
			}
			return;
		}
		for (int i = from; i < from + count; i++) {
			list.addUnique(values[i]);
		}
	}

	/**
	 * EMF's own setter of an object's container, which adding to a containment list ends in: for new
	 * objects put into an owner that is in no resource and no container yet (as everything is
	 * while records are read), the public way only adds looking for resources and notifications.
	 */
	private static final MethodHandle SET_CONTAINER = containerSetter();

	private static MethodHandle containerSetter() {
		try {
			return MethodHandles.privateLookupIn(BasicEObjectImpl.class, MethodHandles.lookup())
					.findVirtual(BasicEObjectImpl.class, "eBasicSetContainer", //$NON-NLS-1$
							MethodType.methodType(void.class, InternalEObject.class, int.class))
					.asType(MethodType.methodType(void.class, Object.class, InternalEObject.class, int.class));
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	private static void setContainer(Object[] children, int count, InternalEObject owner, int featureId) {
		for (int i = 0; i < count; i++) {
			try {
				SET_CONTAINER.invokeExact(children[i], owner, featureId);
			} catch (RuntimeException | Error e) {
				throw e;
			} catch (Throwable e) {
				throw new IllegalStateException(e);
			}
		}
	}

	// ---- readers ---------------------------------------------------------------------------------

	/** Reads the value of one feature that follows its (non-null) header, and sets it. */
	abstract static class FieldReader {
		final RecordCodec.FeatureCodec codec;
		final int featureId;

		FieldReader(RecordCodec.FeatureCodec codec) {
			this.codec = codec;
			this.featureId = codec.featureId;
		}

		abstract void read(ByteSource in, InternalEObject o, RecordDecoder d);
	}

	/** The reader for a feature of the given wire kind. */
	static FieldReader readerFor(RecordCodec.FeatureCodec fc) {
		switch (fc.kind) {
		case RecordCodec.CONTAINMENT:
			return null; // read by readTree itself
		case RecordCodec.REFERENCE:
			return fc.many ? new ReferenceList(fc) : new Reference(fc);
		default:
			ValueReader value = valueReader(fc);
			return fc.many ? new ValueList(fc, value) : value;
		}
	}

	private static ValueReader valueReader(RecordCodec.FeatureCodec fc) {
		return switch (fc.kind) {
		case RecordCodec.STRING -> fc.feature instanceof EAttribute a && a.isID() ? new IdValue(fc) : new StringValue(fc);
		case RecordCodec.INT -> new IntValue(fc);
		case RecordCodec.LONG -> new LongValue(fc);
		case RecordCodec.DOUBLE -> new DoubleValue(fc);
		case RecordCodec.FLOAT -> new FloatValue(fc);
		case RecordCodec.BOOLEAN -> new BooleanValue(fc);
		case RecordCodec.ENUM -> new EnumValue(fc);
		case RecordCodec.DATE -> new DateValue(fc);
		case RecordCodec.INSTANT -> new InstantValue(fc);
		case RecordCodec.GENERIC -> new GenericValue(fc);
		default -> throw new IllegalStateException(String.valueOf(fc.kind));
		};
	}

	/** An attribute: reads one value. */
	abstract static class ValueReader extends FieldReader {
		ValueReader(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		abstract Object value(ByteSource in, RecordDecoder d);

		@Override
		void read(ByteSource in, InternalEObject o, RecordDecoder d) {
			Object value = value(in, d);
			if (value != null) {
				o.eSet(featureId, value);
			}
		}
	}

	private static final class StringValue extends ValueReader {
		StringValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return in.readString(d.strings);
		}

		@Override
		void read(ByteSource in, InternalEObject o, RecordDecoder d) {
			// the most common kind: set directly, one call less
			o.eSet(featureId, in.readString(d.strings));
		}
	}

	/** An object's id: read without the string cache, as each is different. */
	private static final class IdValue extends ValueReader {
		IdValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return in.readString(d.strings, false);
		}

		@Override
		void read(ByteSource in, InternalEObject o, RecordDecoder d) {
			o.eSet(featureId, in.readString(d.strings, false));
		}
	}

	private static final class IntValue extends ValueReader {
		IntValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return in.readSignedInt();
		}
	}

	private static final class LongValue extends ValueReader {
		LongValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return in.readSignedLong();
		}
	}

	private static final class DoubleValue extends ValueReader {
		DoubleValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return Double.longBitsToDouble(in.readFixedLong());
		}
	}

	private static final class FloatValue extends ValueReader {
		FloatValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return Float.intBitsToFloat(in.readVarInt());
		}
	}

	private static final class BooleanValue extends ValueReader {
		BooleanValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return in.readByte() != 0;
		}
	}

	private static final class EnumValue extends ValueReader {
		EnumValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return codec.literal(in.readSignedInt());
		}
	}

	private static final class DateValue extends ValueReader {
		DateValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return d.codec.date(in.readSignedLong());
		}
	}

	private static final class InstantValue extends ValueReader {
		InstantValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return Instant.ofEpochSecond(in.readSignedLong(), in.readVarInt());
		}
	}

	private static final class GenericValue extends ValueReader {
		GenericValue(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		Object value(ByteSource in, RecordDecoder d) {
			return EcoreUtil.createFromString(codec.dataType, in.readString(d.strings));
		}
	}

	/** A many-valued attribute. */
	private static final class ValueList extends FieldReader {
		private final ValueReader element;

		ValueList(RecordCodec.FeatureCodec codec, ValueReader element) {
			super(codec);
			this.element = element;
		}

		@Override
		void read(ByteSource in, InternalEObject o, RecordDecoder d) {
			int size = in.readVarInt();
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) o.eGet(featureId, false, true);
			for (int i = 0; i < size; i++) {
				Object value = element.value(in, d);
				if (value != null) {
					((InternalEList<Object>) list).addUnique(value);
				}
			}
		}
	}

	private static final class Reference extends FieldReader {
		Reference(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		void read(ByteSource in, InternalEObject o, RecordDecoder d) {
			d.reference(o, codec, in.readString(d.strings), null);
		}
	}

	private static final class ReferenceList extends FieldReader {
		ReferenceList(RecordCodec.FeatureCodec codec) {
			super(codec);
		}

		@Override
		void read(ByteSource in, InternalEObject o, RecordDecoder d) {
			int size = in.readVarInt();
			if (size < 0 || size > in.remaining()) {
				throw new CorruptRecordException("list size " + size + " beyond the record"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String[] ids = new String[size];
			for (int i = 0; i < size; i++) {
				ids[i] = in.readString(d.strings);
			}
			d.reference(o, codec, null, ids);
		}
	}

	// ---- references left for the end ------------------------------------------------------------

	/** References read from records, to be resolved later. */
	static final class PendingReferences {
		Object[] owners = new Object[16];
		RecordCodec.FeatureCodec[] codecs = new RecordCodec.FeatureCodec[16];
		/**
		 * A single-valued reference's target id, or null where {@link #manyIds} has the ids of a
		 * many-valued one.
		 */
		String[] ids = new String[16];
		String[][] manyIds = new String[16][];
		int size;

		void add(InternalEObject owner, RecordCodec.FeatureCodec codec, String id, String[] many) {
			if (size == owners.length) {
				int grown = size + (size >> 1);
				owners = Arrays.copyOf(owners, grown);
				codecs = Arrays.copyOf(codecs, grown);
				ids = Arrays.copyOf(ids, grown);
				manyIds = Arrays.copyOf(manyIds, grown);
			}
			owners[size] = owner;
			codecs[size] = codec;
			ids[size] = id;
			manyIds[size] = many;
			size++;
		}

		void clear() {
			size = 0;
		}

		boolean isEmpty() {
			return size == 0;
		}

		/**
		 * Resolves every reference against {@code byId}. Targets missing from it are dropped (their
		 * object was deleted before a crash-free writer would have written the reference). The
		 * owners already carry the change tracker, so delivery is off while they are set.
		 *
		 * @return the number of references that could not be resolved
		 */
		@SuppressWarnings("unchecked")
		int resolve(IdMap byId) {
			int unresolved = 0;
			for (int r = 0; r < size; r++) {
				InternalEObject owner = (InternalEObject) owners[r];
				RecordCodec.FeatureCodec fc = codecs[r];
				boolean deliver = owner.eDeliver();
				owner.eSetDeliver(false);
				String id = ids[r];
				if (id != null) {
					EObject target = byId.get(id);
					if (target == null) {
						unresolved++;
					} else {
						owner.eSet(fc.featureId, target);
					}
				} else {
					InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(fc.featureId, false, true);
					for (String each : manyIds[r]) {
						EObject target = byId.get(each);
						if (target == null) {
							unresolved++;
						} else if (!fc.oppositePersisted || !list.basicContains(target)) {
							list.addUnique(target);
						}
					}
				}
				owner.eSetDeliver(deliver);
			}
			return unresolved;
		}
	}

}
