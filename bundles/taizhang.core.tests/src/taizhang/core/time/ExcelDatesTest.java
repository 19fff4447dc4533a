package taizhang.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExcelDatesTest {

	@Test
	void serialsFromSixtyOneCountFromTheEndOf1899() {
		assertEquals(LocalDate.of(2018, 12, 31), ExcelDates.toLocalDate(43465));
		assertEquals(LocalDate.of(1900, 3, 1), ExcelDates.toLocalDate(61));
		assertEquals(LocalDate.of(2099, 12, 31), ExcelDates.toLocalDate(73050));
	}

	@Test
	void serialsBeforeTheLeapYearBugAreOneDayEarlier() {
		assertEquals(LocalDate.of(1900, 1, 1), ExcelDates.toLocalDate(1));
		assertEquals(LocalDate.of(1900, 2, 28), ExcelDates.toLocalDate(59));
	}

	@Test
	void serialSixtyIsTheDayThatNeverWas() {
		assertThrows(IllegalArgumentException.class, () -> ExcelDates.toLocalDate(60));
		assertThrows(IllegalArgumentException.class, () -> ExcelDates.toLocalDate(0));
	}

	@Test
	void toSerialInvertsToLocalDate() {
		for (long serial : new long[] { 1, 59, 61, 43465, 73050 }) {
			assertEquals(serial, ExcelDates.toSerial(ExcelDates.toLocalDate(serial)));
		}
	}
}
