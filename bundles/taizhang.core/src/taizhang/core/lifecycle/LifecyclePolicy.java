package taizhang.core.lifecycle;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import taizhang.model.ReviewLevel;

/**
 * The lifecycle settings of one ledger (its office's practice).
 *
 * @param reviewLevels     the sign-off review levels an issue must pass, in order; SIGNED_OFF needs
 *                         an accepted review at each, each dated no earlier than the one before
 * @param publicNoticeDays the public notice (公示) after the last required acceptance: an issue
 *                         accepted on day D may be signed off from day D + publicNoticeDays
 * @param zone             the office's time zone, which turns the instant of a change into its day
 */
public record LifecyclePolicy(List<ReviewLevel> reviewLevels, int publicNoticeDays, ZoneId zone) {

	/** County self-check, then city acceptance; seven days of public notice; China Standard Time. */
	public static final LifecyclePolicy DEFAULTS = new LifecyclePolicy(
			List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.CITY_ACCEPTANCE), 7, ZoneId.of("Asia/Shanghai")); //$NON-NLS-1$

	public LifecyclePolicy {
		reviewLevels = List.copyOf(reviewLevels);
		Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
		if (reviewLevels.isEmpty()) {
			throw new IllegalArgumentException("at least one review level is required"); //$NON-NLS-1$
		}
		if (EnumSet.copyOf(reviewLevels).size() != reviewLevels.size()) {
			throw new IllegalArgumentException("review levels repeat: " + reviewLevels); //$NON-NLS-1$
		}
		if (publicNoticeDays < 0) {
			throw new IllegalArgumentException("publicNoticeDays must not be negative: " + publicNoticeDays); //$NON-NLS-1$
		}
	}

	public LifecyclePolicy withReviewLevels(ReviewLevel... levels) {
		return new LifecyclePolicy(List.of(levels), publicNoticeDays, zone);
	}

	public LifecyclePolicy withPublicNoticeDays(int days) {
		return new LifecyclePolicy(reviewLevels, days, zone);
	}

	public LifecyclePolicy withZone(ZoneId otherZone) {
		return new LifecyclePolicy(reviewLevels, publicNoticeDays, otherZone);
	}
}
