package dev.keyaccount.examples;

import static dev.keyaccount.examples.ExamplesTest.capture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the analytics examples' {@code main} and checks every line they print. */
class AnalyticsExamplesTest {

  static List<String> lines(String out) {
    return out.lines().toList();
  }

  @Test
  void baselineLiftExample() {
    // Median of 120, 90, 110, 105 = 107.5; 380 − 215 = 165; 165 / 215 = 76.7%; dip 27.5 + 7.5 = 35;
    // break-even (4·215 + 500) / 3 = 453.3 → 454; net ROI (165·4 − (500 + 380)) / 880 = −25%.
    assertEquals(List.of("107.5", "165.0", "76.7%", "35.0", "454", "-25.0%"),
        lines(capture(BaselineLiftExample::main)));
  }

  @Test
  void forecastAccuracyExample() {
    // KA1: MAPE (0.1 + 0.1 + 0.2) / 3; WAPE 120 / 450; bias 0 / 450; total WAPE 120 / 490; signal 150 / 70.
    assertEquals(List.of("13.3%", "1", "26.7%", "0.0%", "24.5%", "2"), lines(capture(ForecastAccuracyExample::main)));
  }

  @Test
  void keyAccountSelectionExample() {
    // Total 1,000; RT-Mart crosses to exactly 80% (A); CR Vanguard starts at 80% (B); Hualian starts at 96% (C).
    assertEquals(List.of("1 Walmart 50.0% A", "2 Carrefour 70.0% A", "3 RT-Mart 80.0% A", "4 CR Vanguard 88.0% B",
        "5 Lianhua 93.0% B", "6 Suguo 96.0% B", "7 Hualian 98.0% C", "8 Lotus 99.0% C", "9 Metro 100.0% C",
        "3 accounts make 80% of sales: 33.3%", "A 3, B 3, C 3"), lines(capture(KeyAccountSelectionExample::main)));
  }

  @Test
  void visitPlanExample() {
    // 6 places (2 a day × 3 days) for 7 visits: the Dog store S4 is left out; 3 of 6 made, 2 of 3 successful.
    assertEquals(List.of("MONDAY [S1, S2]", "TUESDAY [S1, S2]", "WEDNESDAY [S1, S3]", "S4 misses 1 visit",
        "arrival 50.0%, success 66.7%"), lines(capture(VisitPlanExample::main)));
  }
}
