package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static dev.keyaccount.examples.review.SectionInputsTest.AGREEMENTS;
import static dev.keyaccount.examples.review.SectionInputsTest.AUDITS;
import static dev.keyaccount.examples.review.SectionInputsTest.ORDERS;
import static dev.keyaccount.examples.review.SectionInputsTest.PLAN;
import static dev.keyaccount.examples.review.SectionInputsTest.SPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary data that a library calculator cannot measure (a quarter without trade spend, a plan without
 * sales, an order that ships more than was ordered), agreements of several years, and lines the review
 * must name rather than pass over: the run goes on, exit 0, and says what it left out and why.
 */
class ReviewOrdinaryDataTest {

  private static Run run(Path data, Path out, String quarter) {
    Run run = review("--data", data.toString(), "--out", out.toString(), "--quarter", quarter);
    assertEquals(0, run.status(), run.err());
    return run;
  }

  private static void has(String out, String text) {
    assertTrue(out.contains(text), () -> "no '" + text + "' in\n" + out);
  }

  @Test
  void aQuarterWithoutSpendCasesOrSales_isNotMeasuredOrRanked_andTheRestIs(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    write(data, SectionInputs.TRADE_SPEND, SPEND,
        "A,2026-Q2,CNY,1000.00,600.00,0.00,0.00,0.00,10",
        "B,2026-Q2,CNY,1000.00,600.00,10.00,0.00,0.00,0",
        "C,2026-Q2,CNY,0.00,0.00,10.00,0.00,0.00,10",
        "D,2026-Q2,CNY,2000.00,1200.00,40.00,40.00,20.00,120");
    String out = run(data, tmp.resolve("out"), "2026-Q2").out();
    has(out, "Not measured or ranked: A in 2026-Q2: Argument 'spend' must be positive but has value CNY 0");
    has(out, "Not measured or ranked: B in 2026-Q2: Argument 'cases' must be positive but has value 0");
    has(out, "Not measured or ranked: C in 2026-Q2: Argument 'sales' must be positive but has value CNY 0");
    // D alone is ranked: spend 100 over sales 2,000.
    assertTrue(out.matches("(?s).*Input/output ratio ranking.*\\n +1 +D +5\\.0% .*"), out);
  }

  @Test
  void aPlanWithoutSales_isCheckedOnItsOtherMeasures(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    write(data, SectionInputs.PLAN, PLAN, "D,2026-Q2,CNY,1000.00,30,12,10%", "D,2026-04,CNY,0.00,30,12,10%",
        "D,2026-05,CNY,0.00,30,12,10%", "D,2026-06,CNY,0.00,30,12,10%");
    String out = run(data, tmp.resolve("out"), "2026-Q2").out();
    has(out, "Account D: the plan's monthly sales are all zero, so its expense ratio for the quarter has no value"
        + " and is not checked.");
    has(out, "Account D: the target is not split by month (the plan's monthly sales, its weights, are all zero).");
    // Sales 0 of 1,000 fail; the levels 30 and 12 at the last month pass.
    assertTrue(out.matches("(?s).*sales +additive +1000 +0\\.0 .*"), out);
    assertTrue(out.matches("(?s).*display points +level +30 +30\\.0 +pass.*"), out);
    assertFalse(out.contains("expense ratio (%)"), out);
    has(out, "Account D: the plan is NOT consistent with the 2026-Q2 targets.");
  }

  @Test
  void monthsWithoutATarget_andAPartialPlan_areNamed_notChecked(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    write(data, SectionInputs.PLAN, PLAN, "A,2026-Q2,CNY,1000.00,30,12,10%", "A,2026-04,CNY,1000.00,30,12,10%",
        "C,2026-04,CNY,300.00,30,12,10%", "C,2026-05,CNY,300.00,30,12,10%", "C,2026-06,CNY,400.00,30,12,10%");
    String out = run(data, tmp.resolve("out"), "2026-Q2").out();
    has(out, "1 account has monthly lines for 2026-Q2 but no target line (period 2026-Q2) in plan.csv, not checked: C.");
    has(out, "Account A: the plan covers 1 of the quarter's three months (2026-04), not checked.");
    assertFalse(out.contains("Account A: the plan is"), out);
    // With no target line at all, the month lines are still named.
    write(data, SectionInputs.PLAN, PLAN, "C,2026-04,CNY,300.00,30,12,10%");
    String none = run(data, tmp.resolve("out2"), "2026-Q2").out();
    has(none, "1 account has monthly lines for 2026-Q2 but no target line (period 2026-Q2) in plan.csv, not checked: C.");
    has(none, "No targets for 2026-Q2 in plan.csv");
  }

  @Test
  void anOrderShippingMoreThanOrdered_isRejectedWhole_andTheAccountsOtherOrdersAreMeasured(@TempDir Path tmp)
      throws IOException {
    Path data = tmp.resolve("data");
    write(data, SectionInputs.ORDERS, ORDERS,
        "O1,A,2026-05-15,S1,100,120,2026-05-15",
        "O1,A,2026-05-15,S2,100,100,2026-05-15",
        "O2,A,2026-05-20,S1,100,100,2026-05-20",
        "O3,B,2026-05-20,S1,50,60,2026-05-20");
    Path out = tmp.resolve("out");
    String console = run(data, out, "2026-Q2").out();
    String rejected = Files.readString(out.resolve(Review.REJECTED));
    has(rejected, "orders.csv,2,O1,ships 120 cases of 100 ordered; the whole order is left out");
    has(rejected, "orders.csv,3,O1,\"left out with its order, whose line 2 is rejected\"");
    has(rejected, "orders.csv,5,O3,ships 60 cases of 50 ordered; the whole order is left out");
    // A's one measurable order O2 is filled in full; B has none left and no row.
    assertTrue(console.matches("(?s).*Order fill.*\\n +A +1 +100\\.0% +100\\.0% +100\\.0% +100\\.0% .*"), console);
    assertFalse(console.matches("(?s).*Order fill[^\\n]*\\n(?:[^\\n]+\\n)*? +B +\\d.*"), console);
  }

  @Test
  void agreementsAreReadForTheirYear(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    // X's 2025 line comes first and commits 20 display points with a limit of 999,999,999; its 2026 line
    // commits 10 with a limit of 1,000. Y has a 2025 line only.
    write(data, SectionInputs.AGREEMENTS, AGREEMENTS,
        "X,2025,CNY,4000.00,400,20,20,30,999999999.00,S1;S2,90%,50%,100.00",
        "X,2026,CNY,4000.00,400,10,10,30,1000.00,S1;S2;S3;S4,30%,10%,100.00",
        "Y,2025,CNY,4000.00,400,10,10,30,1000.00,S1,30%,10%,100.00");
    write(data, SectionInputs.STORE_AUDITS, AUDITS, "X,ST1,2026-02-15,5,10,5,10,S1;S2");
    write(data, SectionInputs.OPEN_ITEMS, SectionInputsTest.OPEN_ITEMS, "X,INV-1,INVOICE,2026-03-01,2026-03-31,CNY,5000.00");
    String out = run(data, tmp.resolve("out"), "2026-Q1").out();
    // 5 display points against 2026's 10 (not 2025's 20); 2 of 2026's 4 listed SKUs.
    assertTrue(out.matches("(?s).*\\n +X +1 +50\\.0% +50\\.0% +50\\.0% +2 +5 +50\\.0% .*"), out);
    // One credit line, 2026's limit.
    assertTrue(out.matches("(?s).*\\n +X +CNY 1,000\\.00 +CNY 5,000\\.00 .*YES, CNY 4,000\\.00 over.*"), out);
    assertFalse(out.contains("999,999,999"), out);
    has(out, "1 account has an agreement in agreements.csv for another year but none for 2026, so no credit limit: Y.");
  }

  @Test
  void accountsCellsAreBounded_likeEveryOtherFile(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    write(data, ReviewInput.ACCOUNTS, ACCOUNTS_HEADER, "A,N,CNY,1.005,25%,35,23%,38%,12,AVERAGE");
    Run decimals = review("--data", data.toString());
    assertEquals(2, decimals.status(), decimals.err());
    has(decimals.err(), "accounts.csv line 2, column 'annual_sales', value '1.005': expected an amount with at most"
        + " 15 digits before the point and 2 after (CNY)");
    write(data, ReviewInput.ACCOUNTS, ACCOUNTS_HEADER, "B,N,CNY,1234567890123456.00,25%,35,23%,38%,12,AVERAGE");
    assertEquals(2, review("--data", data.toString()).status());
    write(data, ReviewInput.ACCOUNTS, ACCOUNTS_HEADER, "C".repeat(65) + ",N,CNY,100.00,25%,35,23%,38%,12,AVERAGE");
    Run longId = review("--data", data.toString());
    assertEquals(2, longId.status(), longId.err());
    has(longId.err(), "an identifier has at most 64 characters");
  }

  @Test
  void anAccountLineRejectedOnReading_isNamedInTheSelection(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    write(data, ReviewInput.ACCOUNTS, ACCOUNTS_HEADER, "A,N,CNY,600000.00,10%,30,20%,30%,10,AVERAGE",
        "D,N,CNY,300000.00,10%,30,150%,30%,10,AVERAGE");
    Path out = tmp.resolve("out");
    String console = run(data, out, "2026-Q2").out();
    has(console, "1 line of accounts.csv rejected on reading (see rejected-lines.csv) is not ranked: D.");
    has(Files.readString(out.resolve("account-evaluations.csv")), "\nD,,,,Argument 'displayRate' must be between");
    assertEquals(2, Files.readAllLines(out.resolve(CoverageSections.KEY_ACCOUNTS)).size());
  }
}
