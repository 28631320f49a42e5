package dev.keyaccount.examples;

import dev.keyaccount.kpi.forecast.Accuracy;
import dev.keyaccount.kpi.forecast.AccuracyReport;
import dev.keyaccount.kpi.forecast.ForecastAccuracy;
import dev.keyaccount.kpi.forecast.ForecastLine;
import java.time.YearMonth;
import java.util.List;

/** Measures monthly volume forecasts against actuals: MAPE, WAPE, bias and tracking signal. */
public final class ForecastAccuracyExample {

  private ForecastAccuracyExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<ForecastLine> lines = List.of(
        ForecastLine.of("KA1", "BEER", YearMonth.of(2026, 1), 110, 100),
        ForecastLine.of("KA1", "BEER", YearMonth.of(2026, 2), 90, 100),
        ForecastLine.of("KA1", "BEER", YearMonth.of(2026, 3), 50, 0),     // sold nothing
        ForecastLine.of("KA1", "WINE", YearMonth.of(2026, 1), 200, 250),
        ForecastLine.of("KA2", "BEER", YearMonth.of(2026, 1), 40, 40));
    AccuracyReport report = ForecastAccuracy.DEFAULT.measure(lines);
    Accuracy ka1 = report.byAccount().get("KA1");
    System.out.println(ka1.mape().orElseThrow());            // 13.3% over 3 months that sold
    System.out.println(ka1.zeroActualLines());               // 1 month counted apart
    System.out.println(ka1.wape().orElseThrow());            // 26.7% (120 / 450)
    System.out.println(ka1.bias().orElseThrow());            // 0.0%
    System.out.println(report.total().wape().orElseThrow()); // 24.5% (120 / 490)
    System.out.println(report.bySeries().get(0).accuracy().trackingSignal().orElseThrow().toBigInteger()); // 2
  }
}
