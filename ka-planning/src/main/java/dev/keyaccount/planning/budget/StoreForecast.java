package dev.keyaccount.planning.budget;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.account.Store;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A store's forecast sales, its input/output ratio (投产比 = spend / sales; lower is better) and the
 * most it may be funded.
 *
 * <p>Without an explicit cap, the store's cap is the spend its ratio implies for its forecast:
 * {@code forecastSales × inputOutputRatio}, rounded half-up to the minor unit. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class StoreForecast {

  StoreForecast() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A store whose cap is the spend its ratio implies for its forecast.
   *
   * @param storeId the store
   * @param forecastSales the forecast sales
   * @param inputOutputRatio the store's spend / sales
   * @return the forecast
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the store id is blank or a value is negative
   */
  public static StoreForecast of(String storeId, MonetaryAmount forecastSales, Rate inputOutputRatio) {
    return builder().storeId(storeId).forecastSales(forecastSales).inputOutputRatio(inputOutputRatio).build();
  }

  /**
   * The store's id: {@link Store#id()} when the forecast was built from a {@link Store}.
   *
   * @return the id, not blank
   */
  public abstract String storeId();

  /**
   * The store's forecast sales for the period.
   *
   * @return the sales, not negative
   */
  public abstract MonetaryAmount forecastSales();

  /**
   * The store's input/output ratio (投产比): spend / sales.
   *
   * @return the ratio, not negative
   */
  public abstract Rate inputOutputRatio();

  /**
   * An explicit cap on the store's funding.
   *
   * @return the cap, not negative, in the sales currency; empty to derive it from the ratio
   */
  public abstract Optional<MonetaryAmount> cap();

  /**
   * The most the store may be funded: the explicit cap, or forecast sales × ratio rounded half-up.
   *
   * @return the effective cap
   */
  public MonetaryAmount effectiveCap() {
    return cap().orElseGet(() -> Monies.round(inputOutputRatio().of(forecastSales()), RoundingMode.HALF_UP));
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  StoreForecast check() {
    Money forecastSales = Monies.of(forecastSales(), "forecastSales");
    Optional<Money> cap = cap().map(x -> Monies.of(x, "cap"));
    if (forecastSales != forecastSales() || cap.orElse(null) != cap().orElse(null)) {
      return builder().from(this).forecastSales(forecastSales).cap(cap).build();
    }
    Args.notBlank(storeId(), "storeId");
    Args.notNegative(forecastSales(), "forecastSales");
    Args.check(!inputOutputRatio().isNegative(), "inputOutputRatio", "not be negative", inputOutputRatio());
    cap().ifPresent(c -> {
      Args.notNegative(c, "cap");
      Monies.requireSameCurrency(forecastSales(), c, "cap");
      Args.check(Monies.isWholeMinorUnits(c), "cap", "be a whole number of minor units", c);
    });
    return this;
  }

  /** Builds a {@link StoreForecast}; the cap is optional, every other attribute is required. */
  public static final class Builder extends ImmutableStoreForecast.Builder {

    /** Creates an empty builder; prefer {@link StoreForecast#builder()}. */
    public Builder() {}

    /**
     * Takes the store's id from the ka-core {@link Store}: results keyed by store id then use
     * {@link Store#id()}.
     *
     * @param store the store
     * @return this builder
     * @throws NullPointerException naming {@code store} if it is null
     */
    public Builder store(Store store) {
      storeId(Args.notNull(store, "store").id());
      return this;
    }
  }
}
