package dev.keyaccount.receivables.testing;

import dev.keyaccount.core.Args;

/**
 * What a {@link RemittanceGenerator} puts into a remittance beyond its standard mix: references as
 * retailers write them, large accounts and bad lines. {@link #standard()} adds nothing (the remittance
 * of {@link RemittanceGenerator#generate(long, int, dev.keyaccount.receivables.deduction.MatchingPolicy)});
 * {@link #realistic()} turns on what real remittances hold (not the sort ties and window edges, which are
 * for edge tests). This class is immutable and thread-safe.
 *
 * <ul>
 *   <li><b>Retailer references.</b> Our authorizations carry references of the form
 *       {@code PRM-2025-0000017} (type prefix, year, a serial of seven digits; one in ten has an
 *       accented prefix such as {@code PRÉ}); retailers quote them with the leading zeros dropped, other
 *       separators ({@code /}, a space, none), in lower case, in full-width forms, accents decomposed
 *       (NFD), or with a typo in the prefix (one edit).
 *   <li><b>Large accounts.</b> A share of the authorizations goes to a few large accounts, so that each
 *       of their types has hundreds of open authorizations; there, deductions without a reference for
 *       two authorizations, and two or three deductions for one authorization, have many candidates.
 *   <li><b>Ties.</b> Pairs of authorizations of the same account, type, date and amount, one of them
 *       claimed without a reference: by the rules nobody can tell which.
 *   <li><b>Bad lines</b>, per thousand bundles: an amount beyond the matcher's bound, a date outside its
 *       range, an id too long, an id repeated, another currency; each is expected to be rejected.
 *   <li><b>Sort ties</b> (off unless asked for): lines that only the last keys of the matcher's order
 *       tell apart, so that shuffling the input reaches its tie-breaks.
 *   <li><b>Window edges</b> (off unless asked for): claims dated exactly at, or beyond, the edge of the
 *       policy's date window.
 * </ul>
 */
public final class GenerationOptions {

  private static final GenerationOptions STANDARD = new GenerationOptions(false, 0, 0, 0, 0, 0, 0);

  private final boolean retailerReferences;
  private final int largeAccounts;
  private final int largeAccountPercent;
  private final int tiesPerThousand;
  private final int badLinesPerThousand;
  private final int sortTiesPerThousand;
  private final int windowEdgesPerThousand;

  private GenerationOptions(boolean retailerReferences, int largeAccounts, int largeAccountPercent,
      int tiesPerThousand, int badLinesPerThousand, int sortTiesPerThousand, int windowEdgesPerThousand) {
    this.retailerReferences = retailerReferences;
    this.largeAccounts = largeAccounts;
    this.largeAccountPercent = largeAccountPercent;
    this.tiesPerThousand = tiesPerThousand;
    this.badLinesPerThousand = badLinesPerThousand;
    this.sortTiesPerThousand = sortTiesPerThousand;
    this.windowEdgesPerThousand = windowEdgesPerThousand;
  }

  /**
   * The standard mix only: our own reference format, no large account, no tie, no bad line.
   *
   * @return the standard options
   */
  public static GenerationOptions standard() {
    return STANDARD;
  }

  /**
   * Everything on: retailer references, 2 large accounts taking 30% of the authorizations, 5 ties and
   * 5 bad lines per thousand bundles.
   *
   * @return the realistic options
   */
  public static GenerationOptions realistic() {
    return new GenerationOptions(true, 2, 30, 5, 5, 0, 0);
  }

  /**
   * Whether references are in our real format and quoted as retailers write them.
   *
   * @return true for retailer references
   */
  public boolean retailerReferences() {
    return retailerReferences;
  }

  /**
   * How many large accounts there are.
   *
   * @return the count, 0 for none
   */
  public int largeAccounts() {
    return largeAccounts;
  }

  /**
   * The share of bundles (an authorization and its deductions) that go to the large accounts.
   *
   * @return a percentage between 0 and 100
   */
  public int largeAccountPercent() {
    return largeAccountPercent;
  }

  /**
   * How many bundles in a thousand are ties.
   *
   * @return between 0 and 1000
   */
  public int tiesPerThousand() {
    return tiesPerThousand;
  }

  /**
   * How many bad lines are added per thousand bundles.
   *
   * @return between 0 and 1000
   */
  public int badLinesPerThousand() {
    return badLinesPerThousand;
  }

  /**
   * These options with retailer references on or off.
   *
   * @param on whether references are quoted as retailers write them
   * @return the new options
   */
  public GenerationOptions withRetailerReferences(boolean on) {
    return new GenerationOptions(on, largeAccounts, largeAccountPercent, tiesPerThousand, badLinesPerThousand,
        sortTiesPerThousand, windowEdgesPerThousand);
  }

  /**
   * These options with large accounts.
   *
   * @param count how many large accounts, 0 for none
   * @param percent the share of bundles going to them, between 0 and 100
   * @return the new options
   * @throws IllegalArgumentException if the count is negative or the share out of range, or the share
   *     is positive with no account
   */
  public GenerationOptions withLargeAccounts(int count, int percent) {
    Args.notNegative(count, "count");
    Args.check(percent >= 0 && percent <= 100, "percent", "be between 0 and 100", percent);
    Args.check(count > 0 || percent == 0, "percent", "be 0 when there is no large account", percent);
    return new GenerationOptions(retailerReferences, count, percent, tiesPerThousand, badLinesPerThousand,
        sortTiesPerThousand, windowEdgesPerThousand);
  }

  /**
   * These options with ties.
   *
   * @param perThousand how many bundles in a thousand are ties, between 0 and 1000
   * @return the new options
   * @throws IllegalArgumentException if out of range
   */
  public GenerationOptions withTiesPerThousand(int perThousand) {
    Args.check(perThousand >= 0 && perThousand <= 1000, "perThousand", "be between 0 and 1000", perThousand);
    return new GenerationOptions(retailerReferences, largeAccounts, largeAccountPercent, perThousand,
        badLinesPerThousand, sortTiesPerThousand, windowEdgesPerThousand);
  }

  /**
   * These options with bad lines.
   *
   * @param perThousand how many bad lines per thousand bundles, between 0 and 1000
   * @return the new options
   * @throws IllegalArgumentException if out of range
   */
  public GenerationOptions withBadLinesPerThousand(int perThousand) {
    Args.check(perThousand >= 0 && perThousand <= 1000, "perThousand", "be between 0 and 1000", perThousand);
    return new GenerationOptions(retailerReferences, largeAccounts, largeAccountPercent, tiesPerThousand,
        perThousand, sortTiesPerThousand, windowEdgesPerThousand);
  }

  /**
   * How many bundles in a thousand add lines that only the last keys of the matcher's order tell apart
   * (twin claims for twin authorizations; an id repeated on the same date and amount).
   *
   * @return between 0 and 1000
   */
  public int sortTiesPerThousand() {
    return sortTiesPerThousand;
  }

  /**
   * How many bundles in a thousand add a claim dated at or beyond the edge of the policy's date window.
   *
   * @return between 0 and 1000
   */
  public int windowEdgesPerThousand() {
    return windowEdgesPerThousand;
  }

  /**
   * These options with lines that only the last keys of the matcher's order tell apart: per thousand
   * bundles, either two claims without a reference alike in account, type, date and amount for two
   * authorizations alike but for their ids ({@link Noise#TWIN_CLAIMS}, both tied), or an earlier
   * line's id again on its date and for its amount under another account, reason code or reference
   * that sorts after the earlier one's ({@link Noise#REPEATED_ID_SAME_DATE_AND_AMOUNT}, rejected). So a
   * test that shuffles the input reaches the matcher's tie-breaks. Off in {@link #standard()} and
   * {@link #realistic()}.
   *
   * @param perThousand how many in a thousand bundles, between 0 and 1000
   * @return the new options
   * @throws IllegalArgumentException if out of range
   */
  public GenerationOptions withSortTiesPerThousand(int perThousand) {
    Args.check(perThousand >= 0 && perThousand <= 1000, "perThousand", "be between 0 and 1000", perThousand);
    return new GenerationOptions(retailerReferences, largeAccounts, largeAccountPercent, tiesPerThousand,
        badLinesPerThousand, perThousand, windowEdgesPerThousand);
  }

  /**
   * These options with claims at the edge of the date window: per thousand bundles, a claim without a
   * reference for a new authorization's exact amount, dated before or after it either exactly the
   * policy's window away ({@link Noise#AT_WINDOW_EDGE}, a match) or one to thirty days beyond
   * ({@link Noise#OUT_OF_WINDOW}, explained by nothing). Off in {@link #standard()} and
   * {@link #realistic()}.
   *
   * @param perThousand how many in a thousand bundles, between 0 and 1000
   * @return the new options
   * @throws IllegalArgumentException if out of range
   */
  public GenerationOptions withWindowEdgesPerThousand(int perThousand) {
    Args.check(perThousand >= 0 && perThousand <= 1000, "perThousand", "be between 0 and 1000", perThousand);
    return new GenerationOptions(retailerReferences, largeAccounts, largeAccountPercent, tiesPerThousand,
        badLinesPerThousand, sortTiesPerThousand, perThousand);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GenerationOptions)) {
      return false;
    }
    GenerationOptions o = (GenerationOptions) other;
    return retailerReferences == o.retailerReferences && largeAccounts == o.largeAccounts
        && largeAccountPercent == o.largeAccountPercent && tiesPerThousand == o.tiesPerThousand
        && badLinesPerThousand == o.badLinesPerThousand && sortTiesPerThousand == o.sortTiesPerThousand
        && windowEdgesPerThousand == o.windowEdgesPerThousand;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(retailerReferences, largeAccounts, largeAccountPercent, tiesPerThousand,
        badLinesPerThousand, sortTiesPerThousand, windowEdgesPerThousand);
  }

  @Override
  public String toString() {
    return "GenerationOptions{retailerReferences=" + retailerReferences + ", largeAccounts=" + largeAccounts
        + ", largeAccountPercent=" + largeAccountPercent + ", tiesPerThousand=" + tiesPerThousand
        + ", badLinesPerThousand=" + badLinesPerThousand + ", sortTiesPerThousand=" + sortTiesPerThousand
        + ", windowEdgesPerThousand=" + windowEdgesPerThousand + "}";
  }
}
