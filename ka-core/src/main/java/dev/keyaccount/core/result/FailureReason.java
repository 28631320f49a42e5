package dev.keyaccount.core.result;

/**
 * Why a batch calculator could not use an input item; the typed part of a {@link FailureItem}, shared
 * by every module so that a caller can sort failures without reading their messages.
 */
public enum FailureReason {
  /** The item was null. */
  NULL_ITEM,
  /** The item's id was already used by an earlier item of the same input; the later item fails. */
  DUPLICATE_ID,
  /** An amount of the item was not in the currency of the batch. */
  CURRENCY_MISMATCH,
  /** A value the calculation needs was absent from the item. */
  MISSING_VALUE,
  /** A value of the item was outside what the calculation accepts (negative, beyond a bound, out of range). */
  INVALID_VALUE
}
