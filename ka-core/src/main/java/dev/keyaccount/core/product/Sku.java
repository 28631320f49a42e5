package dev.keyaccount.core.product;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A stock-keeping unit (单品, SKU): brand, pack, units per case, list price and cost per case (箱), and
 * its portfolio role. A SKU listed with a retailer needs a barcode (条码).
 *
 * <p>Prices and costs are per case and in one currency. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sku {

  Sku() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The SKU code.
   *
   * @return the code, not blank
   */
  public abstract String code();

  /**
   * The brand.
   *
   * @return the brand, not blank
   */
  public abstract String brand();

  /**
   * The pack description, such as {@code "500ml bottle"}.
   *
   * @return the pack, not blank
   */
  public abstract String pack();

  /**
   * Consumer units per case.
   *
   * @return at least 1
   */
  public abstract int caseSize();

  /**
   * The list price per case.
   *
   * @return the price, not negative
   */
  public abstract MonetaryAmount listPricePerCase();

  /**
   * The cost of goods per case.
   *
   * @return the cost, not negative, in the list price's currency
   */
  public abstract MonetaryAmount costPerCase();

  /**
   * The SKU's role in the portfolio.
   *
   * @return the role
   */
  public abstract PortfolioRole role();

  /**
   * The barcode (EAN), if one has been issued.
   *
   * @return the barcode
   */
  public abstract Optional<String> barcode();

  /**
   * The gross margin per case at list price: list price − cost.
   *
   * @return the exact margin (negative for a SKU sold below cost)
   */
  public MonetaryAmount marginPerCase() {
    return Monies.subtract(listPricePerCase(), costPerCase());
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  Sku check() {
    Money listPricePerCase = Monies.of(listPricePerCase(), "listPricePerCase");
    Money costPerCase = Monies.of(costPerCase(), "costPerCase");
    if (listPricePerCase != listPricePerCase() || costPerCase != costPerCase()) {
      return builder().from(this).listPricePerCase(listPricePerCase).costPerCase(costPerCase).build();
    }
    Args.notBlank(code(), "code");
    Args.notBlank(brand(), "brand");
    Args.notBlank(pack(), "pack");
    Args.positive(caseSize(), "caseSize");
    Args.notNegative(listPricePerCase(), "listPricePerCase");
    Args.notNegative(costPerCase(), "costPerCase");
    Monies.requireSameCurrency(listPricePerCase(), costPerCase(), "costPerCase");
    if (barcode().isPresent() && !barcode().get().matches("[0-9]{8,14}")) {
      throw Args.invalid("barcode", "be 8 to 14 digits", "'" + barcode().get() + "'");
    }
    return this;
  }

  /** Builds a {@link Sku}; the barcode is optional, every other attribute is required. */
  public static final class Builder extends ImmutableSku.Builder {}
}
