package taizhang.core.periods;

import taizhang.model.IssueStatus;

/**
 * An issue's status in one snapshot and in a later one; {@code from} is {@code null} for an issue the
 * earlier snapshot does not hold.
 */
public record StatusMove(IssueStatus from, IssueStatus to) {
}
