package taizhang.store.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The names behind the class and feature numbers used in a file's records, with each feature's
 * wire kind, stored as text in the file's meta table. Numbers are positions: class n is line n,
 * feature k of a class is its k-th entry. Entries are only ever appended, so records written
 * earlier keep their meaning when the model gains classes or features.
 * <p>
 * Text form, one line per class: {@code Issue id:s sequenceNumber:i plan:c assignments:c* …}.
 */
final class Dictionary {

	record FileFeature(String name, char kind, boolean many) {
	}

	record FileClass(String name, List<FileFeature> features) {
	}

	private final List<FileClass> classes = new ArrayList<>();
	private final List<String> unknownToModel = new ArrayList<>();
	private final List<String> incompatible = new ArrayList<>();
	private boolean dirty;

	static Dictionary parse(String text) {
		Dictionary d = new Dictionary();
		if (text == null || text.isBlank()) {
			return d;
		}
		for (String line : text.split("\n")) { //$NON-NLS-1$
			String[] parts = line.trim().split(" "); //$NON-NLS-1$
			List<FileFeature> features = new ArrayList<>();
			for (int i = 1; i < parts.length; i++) {
				String part = parts[i];
				int colon = part.lastIndexOf(':');
				if (colon <= 0 || colon + 1 >= part.length()) {
					throw new IllegalArgumentException("bad dictionary entry '" + part + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				boolean many = part.endsWith("*"); //$NON-NLS-1$
				features.add(new FileFeature(part.substring(0, colon), part.charAt(colon + 1), many));
			}
			d.classes.add(new FileClass(parts[0], features));
		}
		return d;
	}

	String format() {
		StringBuilder b = new StringBuilder();
		for (FileClass c : classes) {
			if (b.length() > 0) {
				b.append('\n');
			}
			b.append(c.name());
			for (FileFeature f : c.features()) {
				b.append(' ').append(f.name()).append(':').append(f.kind());
				if (f.many()) {
					b.append('*');
				}
			}
		}
		return b.toString();
	}

	List<FileClass> classes() {
		return classes;
	}

	FileFeature feature(int classNumber, int featureNumber) {
		if (classNumber < 0 || classNumber >= classes.size()) {
			return null;
		}
		List<FileFeature> features = classes.get(classNumber).features();
		return featureNumber >= 0 && featureNumber < features.size() ? features.get(featureNumber) : null;
	}

	int addClass(String name) {
		classes.add(new FileClass(name, new ArrayList<>()));
		dirty = true;
		return classes.size() - 1;
	}

	int addFeature(int classNumber, String name, char kind, boolean many) {
		List<FileFeature> features = classes.get(classNumber).features();
		features.add(new FileFeature(name, kind, many));
		dirty = true;
		return features.size() - 1;
	}

	/** Whether entries were added since the file's copy was last written. */
	boolean isDirty() {
		return dirty;
	}

	void markWritten() {
		dirty = false;
	}

	void noteUnknown(String name) {
		unknownToModel.add(name);
	}

	void noteIncompatible(String name) {
		incompatible.add(name);
	}

	/** Classes and features in the file that this model lacks (the file is from a newer model). */
	List<String> unknownToModel() {
		return unknownToModel;
	}

	/** Features whose kind differs between file and model (a migration step is missing). */
	List<String> incompatible() {
		return incompatible;
	}
}
