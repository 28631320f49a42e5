package dev.keyaccount.examples;

import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.target.MeasureCheck;
import dev.keyaccount.planning.target.MeasureKind;
import dev.keyaccount.planning.target.MeasurePlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Sentences for people about the library's results; the values themselves expose only numbers.
 *
 * <p>Every number a sentence shows is rounded here, with the rounding stated on each method: whole
 * cases rounded up, rates to one decimal half-up ({@code Rate.toString()}), other decimals to at most
 * four decimals half-up without trailing zeros, never in exponent form. The exact figures stay in the
 * values. This class is stateless and thread-safe.
 */
public final class Wording {

  /** The most decimals a measure's figures are shown with. */
  public static final int MEASURE_DECIMALS = 4;

  private Wording() {}

  /**
   * States a break-even result, such as {@code "breaks even at 1500 cases (lift 50.0%, 500 incremental
   * cases)"} or {@code "no volume breaks even: discount CNY 4 meets or exceeds the unit margin CNY 4"}.
   * Cases are whole, rounded up ({@link BreakEven#breakEvenCasesWhole()}, the incremental cases being
   * those whole cases less the baseline); the lift has one decimal, half-up.
   *
   * @param breakEven the result
   * @return the sentence
   */
  public static String verdict(BreakEven breakEven) {
    if (!breakEven.isAchievable()) {
      return "no volume breaks even: discount " + breakEven.economics().discountPerCase()
          + " meets or exceeds the unit margin " + breakEven.economics().unitMargin();
    }
    long whole = breakEven.breakEvenCasesWhole().orElseThrow();
    String lift = breakEven.requiredLift().map(r -> "lift " + r).orElse("no lift over a zero baseline");
    return "breaks even at " + whole + " cases (" + lift + ", " + (whole - breakEven.baselineCases())
        + " incremental cases)";
  }

  /**
   * States a measure's check, such as {@code "'sales' (additive): periods sum to 99, target exactly 100,
   * gap -1 (fails)"}: the measure, its kind, the actual value, the target and the gap, each shown to at
   * most {@value #MEASURE_DECIMALS} decimals, half-up, without trailing zeros.
   *
   * @param check the check
   * @return the sentence
   */
  public static String message(MeasureCheck check) {
    MeasurePlan m = check.measure();
    String what;
    switch (m.kind()) {
      case ADDITIVE:
        what = "periods sum to ";
        break;
      case LEVEL:
        what = "last period reaches ";
        break;
      default:
        what = "weighted average is ";
        break;
    }
    String bound = m.kind() == MeasureKind.ADDITIVE ? "exactly " : m.lowerIsBetter() ? "at most " : "at least ";
    return "'" + m.name() + "' (" + m.kind().name().toLowerCase(Locale.ROOT) + "): " + what
        + shown(check.actual()) + ", target " + bound + shown(m.target()) + ", gap "
        + shown(check.gap()) + (check.passed() ? " (passes)" : " (fails)");
  }

  /**
   * Shows a decimal to at most {@value #MEASURE_DECIMALS} decimals, half-up, without trailing zeros and
   * never in exponent form.
   *
   * @param value the value
   * @return its text
   */
  public static String shown(BigDecimal value) {
    BigDecimal rounded = value.setScale(Math.min(MEASURE_DECIMALS, Math.max(0, value.scale())), RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return rounded.setScale(Math.max(0, rounded.scale())).toPlainString();
  }

  /**
   * The first {@code limit} names joined with commas, then how many more there are: {@code "A, B and 3
   * more"} (the names alone when they are at most {@code limit}).
   *
   * @param names the names, in the order to show
   * @param limit how many to show
   * @return the list as a person reads it
   */
  public static String firstNamed(java.util.List<String> names, int limit) {
    int shown = Math.min(names.size(), limit);
    return String.join(", ", names.subList(0, shown))
        + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
  }
}
