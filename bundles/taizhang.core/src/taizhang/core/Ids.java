package taizhang.core;

import java.security.SecureRandom;
import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Identifiers for model objects that other objects refer to (every class with an ID attribute,
 * {@code Identified.id} in the Taizhang model).
 */
public final class Ids {

	/** Crockford's base-32 alphabet: no I, L, O, U, so ids read aloud and typed back stay right. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray(); //$NON-NLS-1$

	/** 12 characters of 5 bits: 60 random bits, collision-free in practice for any ledger. */
	private static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	/** A new random id, 12 characters of base 32. */
	public static String newId() {
		long bits = RANDOM.nextLong();
		char[] chars = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			chars[i] = ALPHABET[(int) (bits & 31)];
			bits >>>= 5;
		}
		return new String(chars);
	}

	/** Whether {@code id} counts as missing (null or empty). */
	public static boolean isMissing(String id) {
		return id == null || id.isEmpty();
	}

	/**
	 * Gives a new id to {@code object} if its class has an ID attribute and the object has no id yet.
	 *
	 * @return whether an id was assigned
	 */
	public static boolean assignIfMissing(EObject object) {
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		if (idAttribute == null || idAttribute.getEAttributeType().getInstanceClass() != String.class
				|| !isMissing((String) object.eGet(idAttribute))) {
			return false;
		}
		object.eSet(idAttribute, newId());
		return true;
	}

	/**
	 * Gives a new id to {@code root} and every object it contains that lacks one.
	 *
	 * @return the number of ids assigned
	 */
	public static int assignMissing(EObject root) {
		int assigned = assignIfMissing(root) ? 1 : 0;
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (assignIfMissing(it.next())) {
				assigned++;
			}
		}
		return assigned;
	}
}
