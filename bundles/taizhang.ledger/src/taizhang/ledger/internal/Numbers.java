package taizhang.ledger.internal;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;

/** Numbers as spreadsheets show them: 1234.5, 1,234.50, full-width digits, 1E3. */
final class Numbers {

	private Numbers() {
	}

	/** @throws Refused when {@code text} is no number */
	static BigDecimal parse(String text) {
		String compact = Cells.clean(text).replace(",", "").replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return new BigDecimal(compact);
		} catch (NumberFormatException e) {
			throw new Refused(NLS.bind(Messages.Error_notNumber, text.strip()));
		}
	}
}
