package dev.keyaccount.examples.review;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.BigDecimal;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * The matching policy of the review's deduction matching (扣款核对), in one place so that the review and
 * the Spark jobs match the same {@code deductions.csv} the same way: the standard policy, the sample
 * remittance's reason codes, and shortages and damages up to 50 written off.
 */
public final class ReviewMatchingPolicy {

  /** The customers' reason codes in the sample remittance, mapped to ours; our own type names map too. */
  public static final Map<String, ReasonType> REASON_CODES = Map.of(
      "PRM", ReasonType.PROMOTION, "DSP", ReasonType.DISPLAY_FEE, "LST", ReasonType.LISTING_FEE,
      "RBT", ReasonType.REBATE, "SHT", ReasonType.INVOICE, "DMG", ReasonType.CREDIT_NOTE);

  private ReviewMatchingPolicy() {}

  /**
   * The review's policy in a currency.
   *
   * @param currency the currency matched
   * @return {@link MatchingPolicy#standard} with {@link #REASON_CODES} and a write-off threshold of 50
   *     for {@link ReasonType#INVOICE} and {@link ReasonType#CREDIT_NOTE}
   * @throws NullPointerException if the currency is null
   */
  public static MatchingPolicy of(CurrencyUnit currency) {
    return MatchingPolicy.builder()
        .from(MatchingPolicy.standard(currency))
        .putAllReasonCodes(REASON_CODES)
        .putWriteOffThresholds(ReasonType.INVOICE, Monies.of(new BigDecimal("50"), currency))
        .putWriteOffThresholds(ReasonType.CREDIT_NOTE, Monies.of(new BigDecimal("50"), currency))
        .build();
  }
}
