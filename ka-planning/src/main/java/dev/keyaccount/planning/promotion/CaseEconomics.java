package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.promotion.Promotion;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The per-case economics of a promotion: regular price, unit cost, discount per case and the fixed
 * costs (display fee 陈列费, DM slot, POSM), all in one currency.
 *
 * <p>The regular unit margin is {@code price − cost}; the promoted margin is {@code margin − discount}.
 * Give the cost directly or as {@code price − margin}; give the discount directly or use
 * {@link #ofPromotedPrice}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseEconomics {

  CaseEconomics() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The economics of a ka-core promotion: its regular price, its discount per case and its fixed costs.
   *
   * @param promotion the promotion
   * @param unitCost the cost of goods per case, in the promotion's currency
   * @return the economics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cost is negative or in another currency
   */
  public static CaseEconomics of(Promotion promotion, MonetaryAmount unitCost) {
    Args.notNull(promotion, "promotion");
    return builder().regularPrice(promotion.regularPrice()).unitCost(unitCost)
        .discountPerCase(promotion.discountPerCase()).fixedCosts(promotion.fixedCosts()).build();
  }

  /**
   * The economics from a promoted price instead of a discount.
   *
   * @param regularPrice the regular price per case
   * @param promotedPrice the promoted price per case, not above the regular price
   * @param unitCost the cost of goods per case
   * @param fixedCosts the fixed costs of the promotion
   * @return the economics, with discount {@code regularPrice − promotedPrice}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an amount is negative, the promoted price is above the regular
   *     price or the currencies differ
   */
  public static CaseEconomics ofPromotedPrice(MonetaryAmount regularPrice, MonetaryAmount promotedPrice,
      MonetaryAmount unitCost, MonetaryAmount fixedCosts) {
    Args.notNegative(regularPrice, "regularPrice");
    Args.notNegative(promotedPrice, "promotedPrice");
    Monies.requireSameCurrency(regularPrice, promotedPrice, "promotedPrice");
    if (promotedPrice.isGreaterThan(regularPrice)) {
      throw Args.invalid("promotedPrice", "not exceed the regular price " + regularPrice, promotedPrice);
    }
    return builder().regularPrice(regularPrice).unitCost(unitCost)
        .discountPerCase(Monies.subtract(regularPrice, promotedPrice)).fixedCosts(fixedCosts).build();
  }

  /**
   * The regular price per case.
   *
   * @return the price, not negative
   */
  public abstract MonetaryAmount regularPrice();

  /**
   * The cost of goods per case.
   *
   * @return the cost, not negative
   */
  public abstract MonetaryAmount unitCost();

  /**
   * The discount per case given during the promotion.
   *
   * @return the discount, not negative and not above the regular price
   */
  public abstract MonetaryAmount discountPerCase();

  /**
   * The fixed costs of the promotion (display fee, DM slot, POSM).
   *
   * @return the costs, not negative
   */
  public abstract MonetaryAmount fixedCosts();

  /**
   * The regular margin per case: price − cost.
   *
   * @return the exact margin, negative for a product sold below cost
   */
  public MonetaryAmount unitMargin() {
    return Monies.subtract(regularPrice(), unitCost());
  }

  /**
   * The margin per case during the promotion: price − cost − discount.
   *
   * @return the exact promoted margin, negative when the discount exceeds the margin
   */
  public MonetaryAmount promotedMargin() {
    return Monies.subtract(unitMargin(), discountPerCase());
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  CaseEconomics check() {
    Money regularPrice = Monies.of(regularPrice(), "regularPrice");
    Money unitCost = Monies.of(unitCost(), "unitCost");
    Money discountPerCase = Monies.of(discountPerCase(), "discountPerCase");
    Money fixedCosts = Monies.of(fixedCosts(), "fixedCosts");
    if (regularPrice != regularPrice()
        || unitCost != unitCost()
        || discountPerCase != discountPerCase()
        || fixedCosts != fixedCosts()) {
      return builder().from(this)
          .regularPrice(regularPrice).unitCost(unitCost).discountPerCase(discountPerCase).fixedCosts(fixedCosts)
          .build();
    }
    Args.notNegative(regularPrice(), "regularPrice");
    Args.notNegative(unitCost(), "unitCost");
    Args.notNegative(discountPerCase(), "discountPerCase");
    Args.notNegative(fixedCosts(), "fixedCosts");
    Monies.requireSameCurrency(regularPrice(), unitCost(), "unitCost");
    Monies.requireSameCurrency(regularPrice(), discountPerCase(), "discountPerCase");
    Monies.requireSameCurrency(regularPrice(), fixedCosts(), "fixedCosts");
    if (discountPerCase().isGreaterThan(regularPrice())) {
      throw Args.invalid("discountPerCase", "not exceed the regular price " + regularPrice(), discountPerCase());
    }
    return this;
  }

  /** Builds a {@link CaseEconomics}; every attribute is required. */
  public static final class Builder extends ImmutableCaseEconomics.Builder {}
}
