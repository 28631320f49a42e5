package dev.keyaccount.core.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * One funded line of trade spend (费用项目): a promotion or an agreement line, the account, the reason
 * (fee type), the funding method with its one term, and the period over which it accrues.
 *
 * <p>The terms follow the {@link FundingMethod}: exactly one of {@link #lumpSum()} (for
 * {@code LUMP_SUM}), {@link #perCase()} (for {@code PER_CASE} and {@code SCAN_DOWN}) and
 * {@link #salesRate()} (for {@code PERCENT_OF_SALES}); {@code OFF_INVOICE} and {@code BILL_BACK} take a
 * rate per case or a rate of sales. Bounds ({@link SpendBounds}): ids and the reference at most 64
 * characters; the period bounded, non-empty, at most 3,660 days; a lump sum positive, whole minor units,
 * below 10^12; a rate per case positive, below 10^6, at most 6 decimals; a rate of sales in
 * {@code (0, 1]} with at most 6 decimals. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SpendLine {

  SpendLine() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The line's id, unique among the lines of a run.
   *
   * @return the id, not blank, at most 64 characters
   */
  public abstract String id();

  /**
   * Whether the line belongs to a promotion or to an agreement line.
   *
   * @return the source
   */
  public abstract SpendSource source();

  /**
   * The promotion's id or the agreement line's id.
   *
   * @return the id, not blank, at most 64 characters
   */
  public abstract String sourceId();

  /**
   * The account (retailer) the spend is for.
   *
   * @return the account id, not blank, at most 64 characters
   */
  public abstract String accountId();

  /**
   * The reason type of the spend (费用类型): display fee, promotion support, rebate...
   *
   * @return the fee type
   */
  public abstract FeeType feeType();

  /**
   * The funding method.
   *
   * @return the method
   */
  public abstract FundingMethod method();

  /**
   * The period over which the line accrues, half-open {@code [start, end)}.
   *
   * @return the period
   */
  public abstract LocalDateRange period();

  /**
   * The reference the retailer is expected to quote when it claims (promotion or contract number).
   *
   * @return the reference, at most 64 characters, if there is one
   */
  public abstract Optional<String> reference();

  /**
   * The currency of every amount of the line and of its accruals; by default the lump sum's or the
   * rate per case's, so it must be given only for a rate of sales.
   *
   * @return the currency
   * @throws IllegalArgumentException when building a line with a rate of sales and no currency
   */
  @Value.Default
  public CurrencyUnit currency() {
    return lumpSum().or(this::perCase).map(Money::getCurrency).orElseThrow(() -> new IllegalArgumentException(
        Args.message("currency", "be given for a line without a lump sum or rate per case", "none")));
  }

  /**
   * The fixed amount over the whole period, for {@link FundingMethod#LUMP_SUM}.
   *
   * @return the amount, positive, whole minor units
   */
  public abstract Optional<Money> lumpSum();

  /**
   * The amount per case shipped (or, for {@link FundingMethod#SCAN_DOWN}, per case scanned).
   *
   * @return the rate per case, positive, at most 6 decimals
   */
  public abstract Optional<Money> perCase();

  /**
   * The share of net invoiced sales.
   *
   * @return the rate, in {@code (0, 1]}, at most 6 decimals
   */
  public abstract Optional<Rate> salesRate();

  /**
   * Whether accruals of this line leave an amount the retailer may claim.
   *
   * @return {@code method().claimable()}
   */
  public boolean claimable() {
    return method().claimable();
  }

  @Value.Check
  void check() {
    SpendBounds.id(id(), "id");
    SpendBounds.id(sourceId(), "sourceId");
    SpendBounds.id(accountId(), "accountId");
    reference().ifPresent(r -> SpendBounds.id(r, "reference"));
    SpendBounds.period(period(), "period");
    List<String> terms = new ArrayList<>();
    lumpSum().ifPresent(x -> terms.add("lumpSum"));
    perCase().ifPresent(x -> terms.add("perCase"));
    salesRate().ifPresent(x -> terms.add("salesRate"));
    if (!(terms.size() == 1 && method().accepts(terms.get(0)))) {
      throw Args.invalid("terms", "be one term that method " + method() + " takes", terms);
    }
    lumpSum().ifPresent(x -> {
      SpendBounds.amount(x, currency(), "lumpSum");
      Args.positive(x, "lumpSum");
    });
    perCase().ifPresent(x -> {
      Args.positive(x, "perCase");
      Args.sameCurrency(x, currency(), "perCase");
      BigDecimal value = Monies.decimal(x);
      if (value.compareTo(SpendBounds.MAX_PER_CASE) >= 0) {
        throw Args.invalid("perCase", "be below " + SpendBounds.MAX_PER_CASE.toPlainString(), x);
      }
      if (value.stripTrailingZeros().scale() > SpendBounds.MAX_RATE_DECIMALS) {
        throw Args.invalid("perCase", "have at most " + SpendBounds.MAX_RATE_DECIMALS + " decimals", x);
      }
    });
    salesRate().ifPresent(x -> {
      BigDecimal f = x.fraction();
      if (!(f.signum() > 0 && f.compareTo(BigDecimal.ONE) <= 0)) {
        throw Args.invalid("salesRate", "be in (0, 1]", f.toPlainString());
      }
      if (f.stripTrailingZeros().scale() > SpendBounds.MAX_RATE_DECIMALS) {
        throw Args.invalid("salesRate", "have at most " + SpendBounds.MAX_RATE_DECIMALS + " decimals",
            f.toPlainString());
      }
    });
  }

  /**
   * Builds a {@link SpendLine}; the reference and all but one term are optional, every other attribute
   * is required.
   */
  public static final class Builder extends ImmutableSpendLine.Builder {

    /** Creates an empty builder; prefer {@link SpendLine#builder()}. */
    public Builder() {}

    /**
     * Sets the period from its first day and the day after its last, {@code [start, end)}.
     *
     * @param start the first day
     * @param end the day after the last day, after {@code start}
     * @return this builder
     * @throws IllegalArgumentException naming {@code end} if it is not after {@code start}
     */
    public Builder period(LocalDate start, LocalDate end) {
      Args.notNull(start, "start");
      Args.notNull(end, "end");
      if (!end.isAfter(start)) {
        throw Args.invalid("end", "be after the start " + start, end);
      }
      period(LocalDateRange.of(start, end));
      return this;
    }

    /**
     * Sets the lump sum from any monetary amount, kept exactly as a {@code Money}, and the currency.
     *
     * @param amount the amount over the whole period
     * @return this builder
     */
    public Builder lumpSum(MonetaryAmount amount) {
      lumpSum(Monies.of(amount));
      return this;
    }

    /**
     * Sets the rate per case from any monetary amount, kept exactly as a {@code Money}, and the currency.
     *
     * @param amount the amount per case
     * @return this builder
     */
    public Builder perCase(MonetaryAmount amount) {
      perCase(Monies.of(amount));
      return this;
    }

    /**
     * Takes the source, the account, the period and the reference (its id) from a promotion.
     *
     * @param promotion the promotion the spend funds
     * @return this builder
     */
    public Builder promotion(Promotion promotion) {
      Args.notNull(promotion, "promotion");
      source(SpendSource.PROMOTION);
      sourceId(promotion.id());
      accountId(promotion.accountId());
      period(promotion.period());
      reference(promotion.id());
      return this;
    }

    /**
     * Takes the source, the account and the period (the agreement's year) from an annual agreement;
     * the source id is the agreement line's id.
     *
     * @param agreement the agreement
     * @param lineId the agreement line's id, such as {@code "CRF-2026-DISPLAY"}
     * @return this builder
     */
    public Builder agreementLine(AnnualAgreement agreement, String lineId) {
      Args.notNull(agreement, "agreement");
      source(SpendSource.AGREEMENT_LINE);
      sourceId(lineId);
      accountId(agreement.accountId());
      period(agreement.year().atDay(1), agreement.year().plusYears(1).atDay(1));
      currency(agreement.currency());
      return this;
    }
  }
}
