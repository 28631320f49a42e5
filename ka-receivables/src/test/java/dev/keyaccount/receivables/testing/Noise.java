package dev.keyaccount.receivables.testing;

/**
 * The kinds of noise a {@link RemittanceGenerator} puts into a remittance under its
 * {@link GenerationOptions}, counted in {@link GeneratedRemittance#noise()} so that a test can check
 * that each option produced what it says.
 */
public enum Noise {
  /** A quoted reference with the leading zeros of its serial dropped ({@code PRM-2025-17}). */
  ZEROS_DROPPED,
  /** A quoted reference with other separators ({@code PRM/2025/0000017}, {@code PRM 2025 17}). */
  SEPARATORS_CHANGED,
  /** A quoted reference with its separators removed ({@code PRM20250000017}): the loose pass's case. */
  SEPARATORS_REMOVED,
  /** A quoted reference in lower case. */
  LOWER_CASE,
  /** A quoted reference in full-width forms ({@code ＰＲＭ－２０２５－１７}). */
  FULL_WIDTH,
  /** A quoted reference holding accents, written decomposed (NFD) where ours is precomposed (NFC). */
  NFD_ACCENTS,
  /** A quoted reference with a typo (a prefix letter wrong or two swapped). */
  TYPO,
  /** A deduction of a large account (hundreds of open authorizations of its type). */
  LARGE_ACCOUNT_LINE,
  /** One deduction without a reference for two authorizations of a large account. */
  LARGE_ACCOUNT_MERGE,
  /** Two deductions without a reference for one authorization of a large account. */
  LARGE_ACCOUNT_SPLIT_IN_TWO,
  /** Three deductions without a reference for one authorization of a large account. */
  LARGE_ACCOUNT_SPLIT_IN_THREE,
  /** A deduction without a reference for one of two authorizations of the same amount (a tie). */
  TIE,
  /** A bad line: an amount beyond {@code DeductionMatcher.MAX_MINOR_UNITS}. */
  BAD_AMOUNT,
  /** A bad line: a date outside {@code DeductionMatcher.MIN_DATE} to {@code MAX_DATE}. */
  BAD_DATE,
  /** A bad line: an id longer than {@code DeductionMatcher.MAX_ID_LENGTH}. */
  LONG_ID,
  /** A bad line: the id of an earlier deduction again. */
  REPEATED_ID,
  /** A bad line: an amount in another currency than the policy's. */
  OTHER_CURRENCY,
  /** A split of one authorization whose parts fall in different weeks (weekly remittances only). */
  CROSS_WEEK_SPLIT,
  /** A claim taken again in a later week than its original (weekly remittances only). */
  CROSS_WEEK_DUPLICATE,
  /**
   * Two claims without a reference alike in account, type, date and amount, for two authorizations
   * alike but for their ids: only the ids order them ({@link GenerationOptions#sortTiesPerThousand()}).
   */
  TWIN_CLAIMS,
  /**
   * A bad line: the id of an earlier deduction again, on its date and for its amount, under another
   * account, reason code or reference: only those keys tell which line is kept
   * ({@link GenerationOptions#sortTiesPerThousand()}).
   */
  REPEATED_ID_SAME_DATE_AND_AMOUNT,
  /**
   * A claim without a reference dated exactly the policy's window away from its authorization: a match
   * ({@link GenerationOptions#windowEdgesPerThousand()}).
   */
  AT_WINDOW_EDGE,
  /**
   * A claim without a reference for an authorization's exact amount but dated beyond the policy's
   * window, before or after: explained by nothing ({@link GenerationOptions#windowEdgesPerThousand()}).
   */
  OUT_OF_WINDOW
}
