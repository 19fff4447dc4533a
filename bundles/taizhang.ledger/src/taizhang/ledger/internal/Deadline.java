package taizhang.ledger.internal;

import java.time.LocalDate;

import taizhang.model.RectificationType;

/**
 * A deadline as typed: the spelling the office wrote, the day it names (none for 立行立改 and 长期坚持)
 * and the type it implies.
 */
public record Deadline(String text, LocalDate date, RectificationType type) {
}
