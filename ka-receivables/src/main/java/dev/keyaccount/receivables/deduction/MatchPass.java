package dev.keyaccount.receivables.deduction;

/** The matching passes, in the order {@link DeductionMatcher} runs them; {@link #NONE} for no match. */
public enum MatchPass {
  /** Pass 1: the quoted reference equals an authorization's after normalisation, in the same account. */
  REFERENCE,
  /**
   * Pass 1b: the quoted reference equals an authorization's only once separators are removed (the
   * retailer wrote {@code PRM20260000002} for {@code PRM-2026-0000002}); used only when one of the two
   * is written without separators and the loose form names one reference of the account.
   */
  LOOSE_REFERENCE,
  /** Pass 2: one authorization of the same account and type, within the date window and tolerance. */
  AMOUNT,
  /** Pass 3: several authorizations for one deduction, or several deductions for one authorization. */
  COMBINATION,
  /** Not matched (duplicate, unauthorized, written off or unresolved). */
  NONE
}
