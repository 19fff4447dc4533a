package taizhang.model.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;

class DataTypeConversionTest {

	private final ModelFactory factory = ModelFactory.eINSTANCE;

	@Test
	void localDateIsWrittenAsIsoDateAndReadBack() {
		LocalDate date = LocalDate.of(2018, 12, 31);

		String text = factory.convertToString(ModelPackage.Literals.LOCAL_DATE, date);

		assertEquals("2018-12-31", text);
		assertEquals(date, factory.createFromString(ModelPackage.Literals.LOCAL_DATE, text));
	}

	@Test
	void instantIsWrittenAsIsoInstantAndReadBack() {
		Instant instant = Instant.parse("2026-11-24T02:15:30.123Z");

		String text = factory.convertToString(ModelPackage.Literals.INSTANT, instant);

		assertEquals("2026-11-24T02:15:30.123Z", text);
		assertEquals(instant, factory.createFromString(ModelPackage.Literals.INSTANT, text));
	}

	@Test
	void nullStaysNull() {
		assertNull(factory.convertToString(ModelPackage.Literals.LOCAL_DATE, null));
		assertNull(factory.createFromString(ModelPackage.Literals.INSTANT, null));
	}
}
