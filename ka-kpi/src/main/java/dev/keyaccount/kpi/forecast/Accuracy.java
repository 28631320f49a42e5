package dev.keyaccount.kpi.forecast;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The forecast accuracy of a group of lines (one account and product over months, one account, one
 * month, or everything).
 *
 * <ul>
 *   <li>{@link #mape()}: the mean of {@code |F − A| / A} over the lines that sold something. Lines with
 *       {@code A = 0} have no percentage error: they are left out of the mean and counted apart in
 *       {@link #zeroActualLines()} with their forecast in {@link #zeroActualForecastCases()} (so they are
 *       never a silent skip and never infinity); they do count in WAPE, bias and MAD.</li>
 *   <li>{@link #wape()}: {@code Σ|F − A| / ΣA}, the volume-weighted error.</li>
 *   <li>{@link #bias()}: {@code Σ(F − A) / ΣA}, positive when the forecast ran high.</li>
 *   <li>{@link #mad()}: the mean absolute deviation {@code Σ|F − A| / n}.</li>
 *   <li>{@link #trackingSignal()}: {@code Σ(F − A) / MAD = n·Σ(F − A) / Σ|F − A|}, in {@code [−n, n]},
 *       positive when the forecast ran high, like the bias. Many textbooks write it the other way round,
 *       {@code Σ(A − F) / MAD} (positive when demand ran above the forecast): their signal is this one
 *       negated; the usual control limits (±4) apply to either.</li>
 * </ul>
 * Sums are exact ({@code long} cases). WAPE, bias, MAD and the tracking signal take one division each,
 * to {@link Rate#PRECISION} (34 significant digits, {@code HALF_EVEN}); MAPE's terms are each computed
 * to that precision, summed exactly and divided once more. Display rounding is left to the caller
 * ({@link Rate#percent(int, java.math.RoundingMode)}). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Accuracy {

  Accuracy() {}

  static Accuracy of(List<ForecastLine> lines) {
    long forecast = 0;
    long actual = 0;
    long error = 0;
    long absoluteError = 0;
    int zeroLines = 0;
    long zeroForecast = 0;
    BigDecimal apeSum = BigDecimal.ZERO;
    for (ForecastLine line : lines) {
      forecast += line.forecastCases();
      actual += line.actualCases();
      error += line.errorCases();
      absoluteError += line.absoluteErrorCases();
      if (line.actualCases() == 0) {
        zeroLines++;
        zeroForecast += line.forecastCases();
      } else {
        apeSum = apeSum.add(line.absolutePercentageError().orElseThrow().fraction());
      }
    }
    return ImmutableAccuracy.builder().lines(lines.size()).forecastCases(forecast).actualCases(actual)
        .errorCases(error).absoluteErrorCases(absoluteError).zeroActualLines(zeroLines)
        .zeroActualForecastCases(zeroForecast).absolutePercentageErrorSum(apeSum).build();
  }

  /**
   * The number of lines (account, product, month) in the group.
   *
   * @return n, positive
   */
  public abstract int lines();

  /**
   * The volume forecast, ΣF.
   *
   * @return the cases
   */
  public abstract long forecastCases();

  /**
   * The volume sold, ΣA.
   *
   * @return the cases
   */
  public abstract long actualCases();

  /**
   * The summed error Σ(F − A).
   *
   * @return the cases, negative when the forecast ran low
   */
  public abstract long errorCases();

  /**
   * The summed absolute error Σ|F − A|.
   *
   * @return the cases
   */
  public abstract long absoluteErrorCases();

  /**
   * The lines that sold nothing ({@code A = 0}), which have no percentage error and are not in MAPE.
   *
   * @return the count
   */
  public abstract int zeroActualLines();

  /**
   * The volume forecast on the lines that sold nothing: their whole error.
   *
   * @return the cases
   */
  public abstract long zeroActualForecastCases();

  /**
   * The sum of the absolute percentage errors of the lines that sold something.
   *
   * @return the sum, each term to {@link Rate#PRECISION}
   */
  public abstract BigDecimal absolutePercentageErrorSum();

  /**
   * The mean absolute percentage error over the lines that sold something.
   *
   * @return MAPE, or empty when every line sold nothing
   */
  public Optional<Rate> mape() {
    int counted = lines() - zeroActualLines();
    if (counted == 0) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(absolutePercentageErrorSum(), BigDecimal.valueOf(counted)));
  }

  /**
   * The weighted absolute percentage error Σ|F − A| / ΣA.
   *
   * @return WAPE, not negative, or empty when nothing was sold
   */
  public Optional<Rate> wape() {
    return perActual(absoluteErrorCases());
  }

  /**
   * The bias Σ(F − A) / ΣA.
   *
   * @return the bias, or empty when nothing was sold
   */
  public Optional<Rate> bias() {
    return perActual(errorCases());
  }

  /**
   * The mean absolute deviation Σ|F − A| / n, in cases.
   *
   * @return MAD, to {@link Rate#PRECISION}
   */
  public BigDecimal mad() {
    return BigDecimal.valueOf(absoluteErrorCases()).divide(BigDecimal.valueOf(lines()), Rate.PRECISION);
  }

  /**
   * The tracking signal Σ(F − A) / MAD, computed as {@code n·Σ(F − A) / Σ|F − A|}: positive when the
   * forecast ran high (the textbook {@code Σ(A − F) / MAD} is its negation).
   *
   * @return the signal in {@code [−n, n]}, or empty when every forecast was exact (MAD is zero)
   */
  public Optional<BigDecimal> trackingSignal() {
    if (absoluteErrorCases() == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(errorCases()).multiply(BigDecimal.valueOf(lines()))
        .divide(BigDecimal.valueOf(absoluteErrorCases()), Rate.PRECISION));
  }

  private Optional<Rate> perActual(long numerator) {
    if (actualCases() == 0) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(actualCases())));
  }
}
