package dev.keyaccount.kpi.forecast;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account's forecast and actual volume of one product in one month, in cases.
 *
 * <p>Bounds: ids not blank and at most {@value #MAX_ID_LENGTH} characters; the month's year in
 * {@code [}{@value #MIN_YEAR}{@code , }{@value #MAX_YEAR}{@code ]}; both volumes in
 * {@code [0, }{@value #MAX_CASES}{@code ]}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ForecastLine {

  /** The longest account or product id accepted. */
  public static final int MAX_ID_LENGTH = 64;
  /** The earliest year accepted. */
  public static final int MIN_YEAR = 2000;
  /** The latest year accepted. */
  public static final int MAX_YEAR = 2099;
  /** The largest volume accepted, in cases (one billion). */
  public static final long MAX_CASES = 1_000_000_000L;

  ForecastLine() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a line.
   *
   * @param accountId the account's id
   * @param productId the product's id
   * @param month the month
   * @param forecastCases the volume forecast, in cases
   * @param actualCases the volume sold, in cases
   * @return the line
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of its bounds
   */
  public static ForecastLine of(String accountId, String productId, YearMonth month, long forecastCases,
      long actualCases) {
    return builder().accountId(accountId).productId(productId).month(month).forecastCases(forecastCases)
        .actualCases(actualCases).build();
  }

  /**
   * The account's id.
   *
   * @return the id
   */
  public abstract String accountId();

  /**
   * The product's id.
   *
   * @return the id
   */
  public abstract String productId();

  /**
   * The month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The volume forecast (F).
   *
   * @return the cases
   */
  public abstract long forecastCases();

  /**
   * The volume sold (A).
   *
   * @return the cases
   */
  public abstract long actualCases();

  /**
   * The error {@code F − A}: positive when the forecast was too high.
   *
   * @return the error, in cases
   */
  public long errorCases() {
    return forecastCases() - actualCases();
  }

  /**
   * The absolute error {@code |F − A|}.
   *
   * @return the absolute error, in cases
   */
  public long absoluteErrorCases() {
    return Math.abs(errorCases());
  }

  /**
   * The absolute percentage error {@code |F − A| / A}, to {@link Rate#PRECISION}.
   *
   * @return the error, or empty when nothing was sold (a percentage of zero is undefined)
   */
  public Optional<Rate> absolutePercentageError() {
    if (actualCases() == 0) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(BigDecimal.valueOf(absoluteErrorCases()), BigDecimal.valueOf(actualCases())));
  }

  @Value.Check
  void check() {
    checkId(accountId(), "accountId");
    checkId(productId(), "productId");
    Args.check(month().getYear() >= MIN_YEAR && month().getYear() <= MAX_YEAR, "month",
        "be in the years " + MIN_YEAR + " to " + MAX_YEAR, month());
    checkCases(forecastCases(), "forecastCases");
    checkCases(actualCases(), "actualCases");
  }

  private static void checkId(String id, String name) {
    Args.notBlank(id, name);
    if (id.length() > MAX_ID_LENGTH) {
      throw Args.invalid(name, "have at most " + MAX_ID_LENGTH + " characters", id.length() + " characters");
    }
  }

  private static void checkCases(long cases, String name) {
    Args.check(cases >= 0 && cases <= MAX_CASES, name, "be between 0 and " + MAX_CASES, cases);
  }

  /** Builds {@link ForecastLine} values. */
  public static final class Builder extends ImmutableForecastLine.Builder {}
}
