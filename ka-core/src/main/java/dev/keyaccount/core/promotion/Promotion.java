package dev.keyaccount.core.promotion;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * A promotion (促销活动) at an account: type, objective, period, SKUs, regular and promoted price per
 * case, fixed costs (display fee, DM slot, POSM) and the date it was submitted to the retailer.
 *
 * <p>The period is a half-open {@link LocalDateRange} {@code [start, end)}. The promoted price may not
 * exceed the regular price and the submission may not come after the start. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Promotion {

  Promotion() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The promotion's identifier.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The account the promotion runs at.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * The promotion type.
   *
   * @return the type
   */
  public abstract PromotionType type();

  /**
   * What the promotion is meant to achieve, if stated.
   *
   * @return the objective
   */
  public abstract Optional<PromotionObjective> objective();

  /**
   * The period, half-open: the promotion runs from the start up to, not including, the end.
   *
   * @return a non-empty period
   */
  public abstract LocalDateRange period();

  /**
   * The SKU codes on promotion.
   *
   * @return at least one code
   */
  public abstract Set<String> skuCodes();

  /**
   * The regular price per case.
   *
   * @return the price, not negative
   */
  public abstract MonetaryAmount regularPrice();

  /**
   * The promoted price per case.
   *
   * @return the price, not negative and not above the regular price
   */
  public abstract MonetaryAmount promotedPrice();

  /**
   * The fixed costs of the promotion (display fee, DM slot, POSM).
   *
   * @return the costs, not negative
   */
  public abstract MonetaryAmount fixedCosts();

  /**
   * The date the promotion was submitted to the retailer.
   *
   * @return the submission date, on or before the start
   */
  public abstract LocalDate submissionDate();

  /**
   * The discount per case: regular − promoted price.
   *
   * @return the exact discount, not negative
   */
  public MonetaryAmount discountPerCase() {
    return Monies.subtract(regularPrice(), promotedPrice());
  }

  /**
   * The lead time from submission to start, in days.
   *
   * @return the days, not negative
   */
  public long leadTimeDays() {
    return ChronoUnit.DAYS.between(submissionDate(), period().getStart());
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  Promotion check() {
    Money regularPrice = Monies.of(regularPrice(), "regularPrice");
    Money promotedPrice = Monies.of(promotedPrice(), "promotedPrice");
    Money fixedCosts = Monies.of(fixedCosts(), "fixedCosts");
    if (regularPrice != regularPrice() || promotedPrice != promotedPrice() || fixedCosts != fixedCosts()) {
      return builder().from(this)
          .regularPrice(regularPrice).promotedPrice(promotedPrice).fixedCosts(fixedCosts)
          .build();
    }
    Args.notBlank(id(), "id");
    Args.notBlank(accountId(), "accountId");
    Args.check(!period().isEmpty() && !period().isUnboundedStart() && !period().isUnboundedEnd(), "period",
        "be a bounded, non-empty range", period());
    Args.notEmpty(skuCodes(), "skuCodes");
    for (String code : skuCodes()) {
      Args.notBlank(code, "skuCodes");
    }
    Args.notNegative(regularPrice(), "regularPrice");
    Args.notNegative(promotedPrice(), "promotedPrice");
    Args.notNegative(fixedCosts(), "fixedCosts");
    Monies.requireSameCurrency(regularPrice(), promotedPrice(), "promotedPrice");
    Monies.requireSameCurrency(regularPrice(), fixedCosts(), "fixedCosts");
    if (promotedPrice().isGreaterThan(regularPrice())) {
      throw Args.invalid("promotedPrice", "not exceed the regular price " + regularPrice(), promotedPrice());
    }
    if (submissionDate().isAfter(period().getStart())) {
      throw Args.invalid("submissionDate", "not be after the start " + period().getStart(), submissionDate());
    }
    return this;
  }

  /** Builds a {@link Promotion}; the objective is optional, every other attribute is required. */
  public static final class Builder extends ImmutablePromotion.Builder {

    /** Creates an empty builder; prefer {@link Promotion#builder()}. */
    public Builder() {}

    /**
     * Sets the period from its first day and the day after its last, {@code [start, end)}.
     *
     * @param start the first day of the promotion
     * @param end the day after the last day, after {@code start}
     * @return this builder
     * @throws NullPointerException if a date is null
     * @throws IllegalArgumentException naming {@code end} and both dates if {@code end} is not after
     *     {@code start}
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
  }
}
