package dev.keyaccount.planning.listing;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A new listing proposal (新品进场提案) to a retailer: the product's story, the forecast, the purchase
 * terms and the shelf proposal, plus the facts the retailer's criteria ask for.
 *
 * <p>Every content item is optional so that a draft can be checked for completeness by
 * {@link ListingCheck}. Amounts are per case except fees and support, all in one currency. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ListingProposal {

  ListingProposal() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The SKU proposed.
   *
   * @return the SKU code, not blank
   */
  public abstract String skuCode();

  /**
   * The product's features (产品特点).
   *
   * @return the features
   */
  public abstract Optional<String> features();

  /**
   * The product's positioning (定位).
   *
   * @return the positioning
   */
  public abstract Optional<String> positioning();

  /**
   * The market data supporting the proposal (市场数据).
   *
   * @return the market data
   */
  public abstract Optional<String> marketData();

  /**
   * The sales forecast at the retailer, in cases per year.
   *
   * @return the forecast, not negative
   */
  public abstract Optional<Long> salesForecastCases();

  /**
   * The proposed listing date (进场时间).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> listingDate();

  /**
   * The launch promotion plan (促销计划).
   *
   * @return the plan
   */
  public abstract Optional<String> promotionPlan();

  /**
   * The purchase price per case offered to the retailer (进价).
   *
   * @return the price, not negative
   */
  public abstract Optional<MonetaryAmount> purchasePrice();

  /**
   * The suggested retail price per case (建议零售价).
   *
   * @return the price, positive
   */
  public abstract Optional<MonetaryAmount> retailPrice();

  /**
   * The promotional price per case (促销价).
   *
   * @return the price, not negative
   */
  public abstract Optional<MonetaryAmount> promotionalPrice();

  /**
   * The listing fee (进场费).
   *
   * @return the fee, not negative
   */
  public abstract Optional<MonetaryAmount> listingFee();

  /**
   * The rebate offered (返利), as a share of purchases.
   *
   * @return the rebate
   */
  public abstract Optional<Rate> rebate();

  /**
   * The payment terms in days (账期).
   *
   * @return the days, not negative
   */
  public abstract Optional<Integer> paymentTermsDays();

  /**
   * The proposed shelf location (货架位置).
   *
   * @return the location
   */
  public abstract Optional<String> shelfLocation();

  /**
   * The proposed number of facings (排面数).
   *
   * @return the facings, positive
   */
  public abstract Optional<Integer> facings();

  /**
   * The cases the SKU is expected to add to the category (not taken from other SKUs).
   *
   * @return the incremental cases, not negative
   */
  public abstract Optional<Long> incrementalCases();

  /**
   * The support money the supplier commits to the launch (厂家支持).
   *
   * @return the support, not negative
   */
  public abstract Optional<MonetaryAmount> supplierSupport();

  /**
   * The SKU's barcode (条码).
   *
   * @return the barcode, 8 to 14 digits
   */
  public abstract Optional<String> barcode();

  /**
   * The SKU the new one replaces, for one in, one out (一进一出).
   *
   * @return the delisted SKU code
   */
  public abstract Optional<String> replacesSkuCode();

  /**
   * The retailer's front margin: (retail price − purchase price) / retail price.
   *
   * @return the margin, empty unless both prices are given
   */
  public Optional<Rate> frontMargin() {
    if (purchasePrice().isEmpty() || retailPrice().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(Monies.subtract(retailPrice().get(), purchasePrice().get()), retailPrice().get()));
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  ListingProposal check() {
    Optional<Money> purchasePrice = purchasePrice().map(x -> Monies.of(x, "purchasePrice"));
    Optional<Money> retailPrice = retailPrice().map(x -> Monies.of(x, "retailPrice"));
    Optional<Money> promotionalPrice = promotionalPrice().map(x -> Monies.of(x, "promotionalPrice"));
    Optional<Money> listingFee = listingFee().map(x -> Monies.of(x, "listingFee"));
    Optional<Money> supplierSupport = supplierSupport().map(x -> Monies.of(x, "supplierSupport"));
    if (purchasePrice.orElse(null) != purchasePrice().orElse(null)
        || retailPrice.orElse(null) != retailPrice().orElse(null)
        || promotionalPrice.orElse(null) != promotionalPrice().orElse(null)
        || listingFee.orElse(null) != listingFee().orElse(null)
        || supplierSupport.orElse(null) != supplierSupport().orElse(null)) {
      return builder().from(this).purchasePrice(purchasePrice).retailPrice(retailPrice)
          .promotionalPrice(promotionalPrice).listingFee(listingFee).supplierSupport(supplierSupport).build();
    }
    Args.notBlank(skuCode(), "skuCode");
    salesForecastCases().ifPresent(v -> Args.notNegative(v, "salesForecastCases"));
    incrementalCases().ifPresent(v -> Args.notNegative(v, "incrementalCases"));
    paymentTermsDays().ifPresent(v -> Args.notNegative(v, "paymentTermsDays"));
    facings().ifPresent(v -> Args.positive(v, "facings"));
    retailPrice().ifPresent(p -> Args.positive(p, "retailPrice"));
    if (barcode().isPresent() && !barcode().get().matches("[0-9]{8,14}")) {
      throw Args.invalid("barcode", "be 8 to 14 digits", "'" + barcode().get() + "'");
    }
    Map<String, MonetaryAmount> amounts = new LinkedHashMap<>();
    purchasePrice().ifPresent(a -> amounts.put("purchasePrice", Args.notNegative(a, "purchasePrice")));
    retailPrice().ifPresent(a -> amounts.put("retailPrice", a));
    promotionalPrice().ifPresent(a -> amounts.put("promotionalPrice", Args.notNegative(a, "promotionalPrice")));
    listingFee().ifPresent(a -> amounts.put("listingFee", Args.notNegative(a, "listingFee")));
    supplierSupport().ifPresent(a -> amounts.put("supplierSupport", Args.notNegative(a, "supplierSupport")));
    MonetaryAmount first = null;
    for (Map.Entry<String, MonetaryAmount> e : amounts.entrySet()) {
      if (first == null) {
        first = e.getValue();
      }
      Monies.requireSameCurrency(first, e.getValue(), e.getKey());
    }
    return this;
  }

  /** Builds a {@link ListingProposal}; only the SKU code is required. */
  public static final class Builder extends ImmutableListingProposal.Builder {}
}
