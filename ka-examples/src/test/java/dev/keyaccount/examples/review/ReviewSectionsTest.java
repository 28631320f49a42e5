package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static dev.keyaccount.examples.review.SectionInputsTest.AGREEMENTS;
import static dev.keyaccount.examples.review.SectionInputsTest.AUDITS;
import static dev.keyaccount.examples.review.SectionInputsTest.FORECAST;
import static dev.keyaccount.examples.review.SectionInputsTest.OPEN_ITEMS;
import static dev.keyaccount.examples.review.SectionInputsTest.ORDERS;
import static dev.keyaccount.examples.review.SectionInputsTest.PLAN;
import static dev.keyaccount.examples.review.SectionInputsTest.PROMOTIONS;
import static dev.keyaccount.examples.review.SectionInputsTest.SALES;
import static dev.keyaccount.examples.review.SectionInputsTest.SKUS;
import static dev.keyaccount.examples.review.SectionInputsTest.SPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each section on a small input whose figures are worked out by hand; absent files; the period options. */
class ReviewSectionsTest {

  /** One account K1 in 2026-Q2, with every file. */
  private static Path data(Path folder) throws IOException {
    // Q2 sales 900 + 1,000 + 1,100 = 3,000 against targets 3 x 1,000; a year earlier 2,400 (+25%); the
    // category 10,000 against 8,000 (+25%).
    write(folder, SectionInputs.MONTHLY_SALES, SALES,
        "K1,2026-04,CNY,1000.00,900.00,800.00,3000.00,2500.00",
        "K1,2026-05,CNY,1000.00,1000.00,800.00,3300.00,2700.00",
        "K1,2026-06,CNY,1000.00,1100.00,800.00,3700.00,2800.00");
    write(folder, SectionInputs.SKU_SALES, SKUS, "K1,2026-04,S1,PROFIT,CNY,900.00", "K1,2026-05,S2,VOLUME,CNY,2100.00",
        "K1,2026-07,S1,PROFIT,CNY,5000.00");
    write(folder, SectionInputs.AGREEMENTS, AGREEMENTS, "K1,2026,CNY,12000.00,1000,10,8,30,550.00,S1;S2,40%,10%,200.00");
    write(folder, SectionInputs.STORE_AUDITS, AUDITS, "K1,ST1,2026-06-15,6,30,3,10,S1");
    write(folder, SectionInputs.ORDERS, ORDERS,
        "O0,K1,2026-03-15,S1,100,50,2026-03-15",
        "O1,K1,2026-05-15,S1,100,90,2026-05-15",
        "O2,K1,2026-05-15,S1,100,100,2026-05-20");
    write(folder, SectionInputs.TRADE_SPEND, SPEND,
        "K1,2026-Q1,CNY,2000.00,1200.00,40.00,40.00,20.00,80",
        "K1,2026-Q2,CNY,3000.00,1800.00,40.00,40.00,20.00,120");
    write(folder, SectionInputs.PROMOTIONS, PROMOTIONS,
        "P1,K1,PRICE_OFF,S1,2026-05-01,2026-05-14,2026-03-01,CNY,20.00,18.00,12.00,1000.00,250,600",
        "P2,K1,PRICE_OFF,S1,2026-05-01,2026-05-07,2026-04-24,CNY,20.00,18.00,12.00,1000.00,250,",
        "P3,K1,PRICE_OFF,S1,2026-07-01,2026-07-07,2026-04-24,CNY,20.00,18.00,12.00,1000.00,250,");
    write(folder, SectionInputs.STORE_FORECAST, FORECAST, "K1,2026-Q3,ST1,CNY,6000.00,10%", "K1,2026-Q3,ST2,CNY,4000.00,20%");
    write(folder, SectionInputs.PLAN, PLAN, "K1,2026-Q2,CNY,3000.00,10,5,10%", "K1,2026-04,CNY,1000.00,8,5,9%",
        "K1,2026-05,CNY,1000.00,9,5,10%", "K1,2026-06,CNY,1000.00,10,5,11%");
    write(folder, SectionInputs.OPEN_ITEMS, OPEN_ITEMS,
        "K1,INV-1,INVOICE,2026-05-01,2026-05-31,CNY,300.00",
        "K1,INV-2,INVOICE,2026-06-20,2026-07-20,CNY,200.00",
        "K1,INV-3,INVOICE,2026-07-05,2026-08-04,CNY,999.00",
        "K1,SO-1,ORDER,2026-06-25,2026-07-25,CNY,100.00");
    return folder;
  }

  private static String run(Path data, String... options) {
    // The July lines put 2026-Q3 in the data; these tests review 2026-Q2.
    String[] args = new String[options.length + 4];
    args[0] = "--data";
    args[1] = data.toString();
    args[2] = "--quarter";
    args[3] = "2026-Q2";
    System.arraycopy(options, 0, args, 4, options.length);
    Run run = review(args);
    assertEquals(0, run.status(), run.err());
    return run.out();
  }

  private static void has(String out, String regex) {
    assertTrue(out.matches("(?s).*" + regex + ".*"), () -> "no match for " + regex + " in\n" + out);
  }

  @Test
  void kpis_fromSalesSkusAuditsOrdersAndSpend(@TempDir Path tmp) throws IOException {
    String out = run(data(tmp));
    assertTrue(out.startsWith("Quarterly key account review — 2026-Q2 (as of 2026-06-30)\n"), out);
    // Achievement 3,000 / 3,000; mix 900 / 3,000 = 30% (the July line is outside the quarter) against 40%.
    has(out, "\\n  K1 +CNY 3,000\\.00 +CNY 3,000\\.00 +100\\.0% +30\\.0% +40\\.0% +no, 10\\.0% short\\n");
    // Growth 3,000 / 2,400 - 1 = 25%; category 10,000 / 8,000 - 1 = 25%: share held.
    has(out, "\\n  K1 +25\\.0% +25\\.0% +1\\.0000 +0\\.0% +held\\n");
    // Display 6 / 30 = 20%, activities 3 / 10 = 30%, display points 6 of the agreed 10 = 60%.
    has(out, "\\n  K1 +1 +20\\.0% +30\\.0% .* 6 +60\\.0% ");
    // P&L: 3,000 - 1,800 - (40 + 40 + 20) = 1,100; margin 1,100 / 3,000 = 36.7%; expense ratio 100 / 3,000.
    has(out, "\\n  K1 +CNY 3,000\\.00 +CNY 1,800\\.00 +CNY 40\\.00 +CNY 40\\.00 +CNY 20\\.00 +CNY 1,100\\.00 +36\\.7% +3\\.3%\\n");
    // Fill: 190 of 200 cases; one of two lines complete; O2 complete but late, O1 short: OTIF 0%;
    // Q1 filled 50 of 100: +45 points.
    has(out, "\\n  K1 +2 +95\\.0% +50\\.0% +50\\.0% +0\\.0% +\\+45\\.0\\n");
    // Efficiency: 100 for 80 cases (1.25), then 100 for 120 (0.8333): +50%; 投产比 100 / 3,000.
    has(out, "\\n  K1 +CNY 100\\.00 +80 +CNY 100\\.00 +120 +1\\.2500 +0\\.8333 +\\+50\\.0% +3\\.3%\\n");
    // Cadence 900 / 1,000 / 1,100 of 3,000; the last month's 36.7% is under the 40% limit.
    has(out, "\\n  K1 +30\\.0% +33\\.3% +36\\.7% .* no\\n");
  }

  @Test
  void decompositionPromotionsAndBudget(@TempDir Path tmp) throws IOException {
    String out = run(data(tmp));
    // The plan's months 1,000 each split the 3,000 target evenly; expense ratio (9 + 10 + 11) / 3 = 10 <= 10.
    has(out, "\\n  2026-04  CNY 1,000\\.00 +8 +5 +9\\.0%\\n");
    has(out, "expense ratio \\(%\\) +ratio +10 +10\\.0 +pass");
    assertTrue(out.contains("Account K1: the plan is consistent with the 2026-Q2 targets."), out);
    // Break-even: margin 20 - 12 = 8, discount 2: (8 x 250 + 1,000) / (8 - 2) = 500 cases, lift 100%.
    has(out, "\\n  P1 +K1 +CNY 20\\.00 +CNY 12\\.00 +CNY 2\\.00 +CNY 1,000\\.00 +250 +500 +100\\.0%\\n");
    // Lead times: P1 61 days (ok), P2 7 days (late); P3 starts in Q3 and is not in this quarter's list.
    has(out, "\\n  P1 +K1 +61 +ok\\n");
    has(out, "\\n  P2 +K1 +7 +LATE\\n");
    assertFalse(out.contains("P3"), out);
    assertTrue(out.contains("Late submissions: 1 of 2 (50.0%)"), out);
    // Budget for Q3: 10% of 10,000 = 1,000; 200 fixed fees first; ST1 (10%) capped at 600, ST2 gets the 200 left.
    assertTrue(out.contains("Account K1, 2026-Q3: budget CNY 1,000.00 = 10.0% of forecast sales CNY 10,000.00"), out);
    has(out, "\\n  store ST1 +CNY 6,000\\.00 +10\\.0% +CNY 600\\.00 +CNY 600\\.00\\n");
    has(out, "\\n  store ST2 +CNY 4,000\\.00 +20\\.0% +CNY 800\\.00 +CNY 200\\.00\\n");
    has(out, "\\n  total +CNY 1,000\\.00\\n");
  }

  @Test
  void agingDsoAndCredit_asOfTheQuarterEnd(@TempDir Path tmp) throws IOException {
    String out = run(data(tmp));
    // As of 2026-06-30: INV-1 is 30 days past due, INV-2 is current, INV-3 is dated after the as-of date.
    has(out, "Aging \\(账龄\\) as of 2026-06-30, CNY\\n");
    has(out, "\\n  K1 +CNY 200\\.00 +CNY 300\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 500\\.00\\n");
    // DSO: 500 / 3,000 x 91 = 15.2; countback: all within June's 1,100: 500 / 1,100 x 30 = 13.6.
    has(out, "\\n  K1 +CNY 500\\.00 +standard +CNY 3,000\\.00 over 91 days +15\\.2\\n");
    has(out, "\\n  K1 +CNY 500\\.00 +countback .* 13\\.6\\n");
    // Credit: 500 open + 100 ordered = 600 against 550: held, 50 over.
    has(out, "\\n  K1 +CNY 550\\.00 +CNY 500\\.00 +CNY 100\\.00 +CNY 600\\.00 +CNY -50\\.00 +YES, CNY 50\\.00 over\\n");
  }

  @Test
  void asOf_agesAndMeasuresDsoAtThatDate(@TempDir Path tmp) throws IOException {
    String out = run(data(tmp), "--as-of", "2026-06-10");
    assertTrue(out.startsWith("Quarterly key account review — 2026-Q2 (as of 2026-06-10)\n"), out);
    // INV-2 (dated 06-20) and the order (06-25) are not yet issued; INV-1 is 10 days past due.
    has(out, "\\n  K1 +CNY 0\\.00 +CNY 300\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 300\\.00\\n");
    // 300 / 3,000 x 91 = 9.1.
    has(out, "\\n  K1 +CNY 300\\.00 +standard .* 9\\.1\\n");
  }

  @Test
  void quarter_defaultsToTheLatestInTheData_andCanBeChosen(@TempDir Path tmp) throws IOException {
    Path folder = data(tmp);
    // The latest dated actual is the July SKU line (INV-3 is in July too): 2026-Q3, as of its last day;
    // the promotion P3 starting in July is not an actual and does not count.
    Run latest = review("--data", folder.toString());
    assertTrue(latest.out().startsWith("Quarterly key account review — 2026-Q3 (as of 2026-09-30)\n"), latest.out());
    assertTrue(latest.out().contains("no line for 2026-Q3 in monthly-sales.csv."), latest.out());
    String q1 = review("--data", folder.toString(), "--quarter", "2026-Q1").out();
    assertTrue(q1.startsWith("Quarterly key account review — 2026-Q1 (as of 2026-03-31)\n"), q1);
    // Q1's orders (O0: 50 of 100) and spend are the quarter now; nothing before Q1 to compare with.
    has(q1, "\\n  K1 +1 +50\\.0% +0\\.0% +0\\.0% +0\\.0% +-\\n");
    assertTrue(q1.contains("No targets for 2026-Q1 in plan.csv"), q1);
    Run bad = review("--data", folder.toString(), "--quarter", "2026-2");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("expected a quarter such as 2026-Q2, not '2026-2'"), bad.err());
    assertEquals("Invalid value for option '--quarter': expected a quarter such as 2026-Q2, not '2026-2'; run"
        + " ka-review --help for the options", bad.err().strip(), "one line and a pointer, no usage text");
    Run typo = review("--dat", folder.toString());
    assertEquals(2, typo.status());
    assertEquals("Unknown options: '--dat', '" + folder + "' (did you mean --data?); run ka-review --help for the"
        + " options", typo.err().strip(), "one line with the nearest option");
    Run empty = review("--out", "");
    assertEquals(2, empty.status());
    assertEquals("Invalid value for option '--out': expected a folder, not an empty path (write . for the current"
        + " folder); run ka-review --help for the options", empty.err().strip());
    Run early = review("--data", folder.toString(), "--quarter", "2026-Q2", "--as-of", "2026-03-31");
    assertEquals(2, early.status());
    assertEquals("Malformed input: --as-of 2026-03-31: is before the quarter 2026-Q2 starts on 2026-04-01",
        early.err().strip());
  }

  @Test
  void quarter_fromTheDeductionsAlone_isTheLatestAcceptedDeductions(@TempDir Path tmp) throws IOException {
    // The deductions are the only dated actuals: their latest line (August, neither first nor last)
    // sets 2026-Q3; an authorization's end date in 2027 does not count.
    write(tmp, "authorizations.csv", ReviewRuns.AUTHORIZATIONS_HEADER,
        "A1,K1,PROMOTION,PRM-1,2026-01-01,2027-06-30,100.00,CNY");
    write(tmp, "deductions.csv", ReviewRuns.DEDUCTIONS_HEADER,
        "D2,K1,2026-05-10,PROMOTION,PRM-1,30.00,CNY",
        "D1,K1,2026-08-15,PROMOTION,PRM-1,60.00,CNY",
        "D3,K1,2026-02-03,PROMOTION,PRM-1,10.00,CNY");
    Run run = review("--data", tmp.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Quarterly key account review — 2026-Q3 (as of 2026-09-30)\n"), run.out());
  }

  @Test
  void absentFiles_areNamed_andTheRestRuns(@TempDir Path tmp) throws IOException {
    write(tmp, "accounts.csv", ReviewRuns.ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", tmp.toString(), "--as-of", "2026-06-30");
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    assertTrue(out.contains("X1"), out);
    for (String file : new String[] {SectionInputs.MONTHLY_SALES, SectionInputs.STORE_AUDITS, SectionInputs.ORDERS,
        SectionInputs.TRADE_SPEND, SectionInputs.PLAN, SectionInputs.PROMOTIONS, SectionInputs.STORE_FORECAST,
        SectionInputs.OPEN_ITEMS}) {
      assertTrue(out.contains("Skipped: no " + file + " in " + tmp + "."), file + "\n" + out);
    }
    assertTrue(out.contains("Deduction matching: Skipped: no deductions.csv in " + tmp + "."), out);

    // With sales but without SKU sales or agreements, the sales table runs and says what is missing.
    write(tmp, SectionInputs.MONTHLY_SALES, SALES, "K1,2026-04,CNY,1000.00,900.00,800.00,3000.00,2500.00");
    write(tmp, SectionInputs.STORE_AUDITS, AUDITS, "K1,ST1,2026-06-15,6,30,3,10,S1");
    String partial = review("--data", tmp.toString()).out();
    assertTrue(partial.contains("Profit-product mix: Skipped: no sku-sales.csv in " + tmp + "."), partial);
    assertTrue(partial.contains("Commitments and listed SKUs: Skipped: no agreements.csv in " + tmp + "."), partial);
    has(partial, "\\n  K1 +CNY 1,000\\.00 +CNY 900\\.00 +90\\.0% +- +- +no sku-sales\\.csv\\n");
  }

  @Test
  void manyAccounts_planAndBudgetShowTheFirstTwenty(@TempDir Path tmp) throws IOException {
    StringBuilder plan = new StringBuilder(PLAN + "\n");
    StringBuilder forecast = new StringBuilder(FORECAST + "\n");
    StringBuilder agreements = new StringBuilder(AGREEMENTS + "\n");
    for (int i = 100; i < 130; i++) {
      plan.append("K").append(i).append(",2026-Q2,CNY,3000.00,10,5,10%\n");
      for (int m = 4; m <= 6; m++) {
        plan.append("K").append(i).append(",2026-0").append(m).append(",CNY,1000.00,10,5,10%\n");
      }
      forecast.append("K").append(i).append(",2026-Q3,ST1,CNY,6000.00,10%\n");
      agreements.append("K").append(i).append(",2026,CNY,12000.00,1000,10,8,30,550.00,S1,40%,10%,200.00\n");
    }
    write(tmp, SectionInputs.PLAN, plan.toString().strip());
    write(tmp, SectionInputs.STORE_FORECAST, forecast.toString().strip());
    write(tmp, SectionInputs.AGREEMENTS, agreements.toString().strip());
    String out = run(tmp);
    assertTrue(out.contains("The first 20 accounts of 30 with targets in plan.csv are shown."), out);
    assertTrue(out.contains("The first 20 accounts of 30 with a store forecast are shown."), out);
    assertTrue(out.contains("Account K119: the plan is consistent") && !out.contains("Account K120:"), out);
  }

  @Test
  void openItemsInAnotherCurrency_areAgedApart_andHaveNoDsoWithoutSalesInIt(@TempDir Path tmp) throws IOException {
    Path folder = data(tmp);
    write(folder, SectionInputs.OPEN_ITEMS, OPEN_ITEMS, "K1,INV-1,INVOICE,2026-05-01,2026-05-31,CNY,300.00",
        "K1,INV-9,INVOICE,2026-06-01,2026-06-15,USD,40.00");
    String out = run(folder);
    has(out, "Aging \\(账龄\\) as of 2026-06-30, CNY\\n");
    // USD 40 due 06-15 is 15 days past due on 06-30.
    has(out, "Aging \\(账龄\\) as of 2026-06-30, USD\\n.*\\n  K1 +USD 0\\.00 +USD 40\\.00 +USD 0\\.00 ");
    has(out, "\\n  K1 +USD 40\\.00 +- +no USD sales in monthly-sales\\.csv +-\\n");
    // The CNY limit holds only the CNY items: 300 open, no order.
    has(out, "\\n  K1 +CNY 550\\.00 +CNY 300\\.00 +CNY 0\\.00 +CNY 300\\.00 +CNY 250\\.00 +no\\n");
  }
}
