package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analytics sections 7 to 10 (baseline and lift, forecast accuracy, key-account selection, visit
 * plan): the sample's figures worked by hand, small inputs with the cases the sample does not have,
 * rejected and malformed lines, absent files.
 */
class ReviewAnalyticsTest {

  static final String WEEKLY = String.join(",", AnalyticsInputs.WEEKLY_SALES_COLUMNS);
  static final String FORECAST = String.join(",", AnalyticsInputs.VOLUME_FORECAST_COLUMNS);
  static final String REPS = String.join(",", AnalyticsInputs.REP_COLUMNS);
  static final String STORES = String.join(",", AnalyticsInputs.STORE_COLUMNS);
  static final String VISITS = String.join(",", AnalyticsInputs.VISIT_LOG_COLUMNS);

  private static void has(String out, String regex) {
    assertTrue(out.matches("(?s).*" + regex + ".*"), () -> "no match for " + regex + " in\n" + out);
  }

  private static String sample() {
    Run run = review();
    assertEquals(0, run.status(), run.err());
    return run.out();
  }

  @Test
  void sample_baselineAndLift() {
    String out = sample();
    // A, BEER-330, promoted W19-W20: the 8 unpromoted weeks before are W11-W18 (110, 90, 105, 95, 100,
    // 120, 80, 100); sorted 80 90 95 100 100 105 110 120, median (100 + 100) / 2 = 100. Baseline 2 x 100
    // = 200, sold 260 + 240 = 500, incremental 300, lift 300 / 200 = 150%. Dip over W21-W24: W23 and W24 are
    // promoted and left out, (100 - 70) + (100 - 90) = 40; net 300 - 40 = 260.
    has(out, "\\n  A +BEER-330 +2026-W19\\.\\.2026-W20 +100 +200 +500 +300 +150\\.0% +40 +260\\n");
    // A, W23-W25: the 8 unpromoted weeks before skip W19-W20: W13-W18, W21, W22 (105, 95, 100, 120, 80, 100,
    // 70, 90); sorted 70 80 90 95 100 100 105 120, median (95 + 100) / 2 = 97.5. Baseline 3 x 97.5 = 292.5,
    // sold 300 + 280 + 250 = 830, incremental 537.5, lift 537.5 / 292.5 = 183.76%. Dip: only W26 is in the
    // file, 97.5 - 85 = 12.5; net 525.
    has(out, "\\n  A +BEER-330 +2026-W23\\.\\.2026-W25 +97\\.5 +292\\.5 +830 +537\\.5 +183\\.8% +12\\.5 +525\\n");
    // B, W16-W17: six unpromoted weeks before (200, 210, 190, 205, 195, 200), median 200; sold 420 + 380 =
    // 800 against 400: 400 incremental, lift 100%; dip (200-150) + (200-180) + (200-200) + (200-210) = 60.
    has(out, "\\n  B +BEER-330 +2026-W16\\.\\.2026-W17 +200 +400 +800 +400 +100\\.0% +60 +340\\n");
    // Largest incremental first: 537.5, 400, 300.
    assertTrue(out.indexOf("2026-W23..2026-W25") < out.indexOf("2026-W16..2026-W17")
        && out.indexOf("2026-W16..2026-W17") < out.indexOf("2026-W19..2026-W20"), out);
    // Totals: sold 500 + 830 + 800 = 2,130, baseline 200 + 292.5 + 400 = 892.5, incremental 1,237.5,
    // lift 1,237.5 / 892.5 = 138.66%, dip 40 + 12.5 + 60 = 112.5, net 1,125.
    assertTrue(out.contains("Total of 3 events analysed: 2,130 cases sold against a baseline of 892.5, 1,237.5"
        + " incremental (lift 138.7%), a dip of 112.5 after, 1,125 net."), out);
  }

  @Test
  void sample_promotionsPricedOnTheEstimatedBaseline() {
    String out = sample();
    // promotions.csv: price 10, promoted 9, cost 6, fixed 500: margin m = 4, discount d = 1. P-A-618 (June 1-20)
    // runs in W23-W25, estimated baseline 292.5 -> 293 whole cases (half-up): break-even (4 x 293 + 500) / 3
    // = 557.3 -> 558; incremental 830 - 293 = 537, margin 4 x 537 = 2,148; spend 500 + 1 x 830 = 1,330;
    // net ROI (2,148 - 1,330) / 1,330 = 61.5%.
    has(out, "\\n  P-A-618 +2026-W23\\.\\.2026-W25 +1000 +293 +558 +830 +CNY 2,148\\.00 +CNY 1,330\\.00 +61\\.5%\\n");
    // P-A-0501 in W19-W20: (4 x 200 + 500) / 3 = 433.3 -> 434; margin 4 x 300 = 1,200, spend 500 + 500: 20%.
    has(out, "\\n  P-A-0501 +2026-W19\\.\\.2026-W20 +799 +200 +434 +500 +CNY 1,200\\.00 +CNY 1,000\\.00 +20\\.0%\\n");
    // P-B-0520 (May 20 - June 2) has no promoted week in weekly-sales.csv.
    assertFalse(out.contains("  P-B-0520  2026-W"), out);
  }

  @Test
  void sample_forecastAccuracy() {
    String out = sample();
    // 15 lines in 2025-07..2026-06 (D's 2025-06 line is outside). Forecast 3,600 + 880 + 3,100 + 370 + 180
    // = 8,130, actual 3,870 + 500 + 3,000 + 351 + 131 = 7,852; |F - A| = 370 + 380 + 200 + 39 + 51 = 1,040;
    // F - A = -270 + 380 + 100 + 19 + 49 = 278. WAPE 1,040 / 7,852 = 13.25%, bias 278 / 7,852 = 3.54%,
    // MAD 1,040 / 15 = 69.33, tracking signal 278 / 69.33 = 4.01. MAPE: the 14 months that sold, the sum of
    // their |F - A| / A is 2.6657, / 14 = 19.0%; A's STOUT-500 sold nothing in May (forecast 300).
    has(out, "\\n  total +15 +8,130 +7,852 +19\\.0% +13\\.2% +3\\.5% +4\\.01 +1\\n");
    // A's STOUT-500: |60| / 240 = 25% and |20| / 260 = 7.69%, MAPE 16.3% over 2 months; WAPE = bias
    // = (60 + 300 + 20) / 500 = 76%; every error high, so the tracking signal is n = 3.
    has(out, "\\n  A +STOUT-500 +3 +880 +500 +16\\.3% +76\\.0% +76\\.0% +3\\.00 +1\\n");
    // Worst first: A's STOUT-500 (380 cases off) before A's BEER-330 (370).
    int series = out.indexOf("By account and product");
    assertTrue(out.indexOf("  A        STOUT-500", series) < out.indexOf("  A        BEER-330 ", series), out);
    assertTrue(out.contains("months that sold nothing: 1 (forecast 300 cases)"), out);
  }

  @Test
  void sample_keyAccountsNextToTheirQuadrant() {
    String out = sample();
    // 4,500,000 + 3,200,000 + 350,000 + 180,000 = 8,230,000. B 54.68%, then A: 93.56% cumulative, C 97.81%.
    // ABC by the share of the accounts ranked above: B 0% and A 54.7% (< 80%: A), C 93.6% (< 95%: B), D 97.8% (C).
    has(out, "\\n     1  B +Customer B \\(national supermarket chain\\) +CNY 4,500,000\\.00 +54\\.7% +54\\.7% +A +"
        + "QUESTION_MARK\\n");
    has(out, "\\n     2  A +Customer A \\(hypermarket chain\\) +CNY 3,200,000\\.00 +38\\.9% +93\\.6% +A +STAR\\n");
    has(out, "\\n     3  C .* +CNY 350,000\\.00 +4\\.3% +97\\.8% +B +CASH_COW\\n");
    has(out, "\\n     4  D .* +CNY 180,000\\.00 +2\\.2% +100\\.0% +C +DOG\\n");
    // 80% is reached at rank 2 (93.6%): 2 of 4 accounts.
    assertTrue(out.contains("CNY: 2 of 4 accounts (50.0%) make 80.0% of sales CNY 8,230,000.00; A 2, B 1, C 1."), out);
  }

  @Test
  void sample_visitPlanShortfallAndAdherence() {
    String out = sample();
    // R-WANG: A-01, A-02 (A is a STAR: 3 each), B-01, B-02 (B a QUESTION_MARK: 2 each) = 10 visits, capacity
    // 2 a day x 5 days = 10. R-LI: B-03 (2), C-01 (CASH_COW, 1), D-01 (DOG, 1) = 4 against 1 x 3 days = 3:
    // B-03 takes Monday and Wednesday, C-01 (before D-01 by id) Friday, D-01 is left short by 1.
    has(out, "\\n  R-LI +3 +4 +3 +3 +1\\n  R-WANG +4 +10 +10 +10 +0\\n");
    assertTrue(out.contains("7 stores need 14 visits a week; 13 are planned, 1 missing; stores left short: 1."), out);
    has(out, "\\n  D-01 +R-LI +1 +0 +1\\n");
    has(out, "\\n  R-LI +friday +1 +C-01\\n");
    // W25: 11 of the 13 planned visits made (B-01 on Wednesday and B-02 on Friday missed), 9 of them
    // successful (A-01 on Tuesday and B-03 on Wednesday not), D-01 on Friday unplanned: 11 / 13 = 84.6%,
    // 9 / 11 = 81.8%. W26: 13 made, 12 successful: 100%, 92.3%. The March visit is outside the quarter.
    // Total 24 / 26 = 92.3%, 21 / 24 = 87.5%.
    has(out, "\\n  2026-W25 +13 +11 +9 +1 +84\\.6% +81\\.8%\\n");
    has(out, "\\n  2026-W26 +13 +13 +12 +0 +100\\.0% +92\\.3%\\n");
    has(out, "\\n  total +26 +24 +21 +1 +92\\.3% +87\\.5%\\n");
  }

  @Test
  void sample_writesTheAnalyticsFilesSheetsAndCharts(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    Run run = review("--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(out.resolve(DemandSections.LIFT))
        .contains("\nA,BEER-330,2026-W23,2026-W25,97.5,292.5,830,537.5,183.8,12.5,525.0,\n"));
    assertTrue(Files.readString(out.resolve(DemandSections.ACCURACY))
        .contains("\ntotal,,,,15,8130,7852,278,1040,19.0,13.2,3.5,4.0096,1,300\n"));
    assertTrue(Files.readString(out.resolve(CoverageSections.KEY_ACCOUNTS))
        .contains("\nCNY,3,C,350000.00,4.3,97.8,B,CASH_COW,\n"));
    assertTrue(Files.readString(out.resolve(CoverageSections.VISIT_PLAN)).contains("\nR-LI,FRIDAY,C-01\n"));
    assertEquals("store_id,rep_id,frequency,planned,missing,problem\nD-01,R-LI,1,0,1,\n",
        Files.readString(out.resolve(CoverageSections.SHORTFALLS)));
    String html = Files.readString(out.resolve("review.html"));
    for (String id : new String[] {"chart-baseline-a-beer-330", "chart-baseline-b-beer-330", "chart-pareto-cny"}) {
      assertTrue(html.contains("id=\"" + id + "\""), id);
    }
    var sheets = Workbooks.read(out.resolve(Review.WORKBOOK)).keySet().toString();
    assertTrue(sheets.contains("8. Baseline") && sheets.contains("9. Forecast") && sheets.contains("10. Key-account")
        && sheets.contains("11. Weekly visit"), sheets);
  }

  @Test
  void smallInput_eventWithoutHistory_storesNotPlanned_quadrantFromTheLine(@TempDir Path tmp) throws IOException {
    write(tmp, "accounts.csv", ACCOUNTS_HEADER, "K1,Star chain,CNY,600000.00,20%,30,22%,40%,20,OUTSTANDING",
        "K2,Other,CNY,200000.00,20%,30,22%,40%,20,OUTSTANDING");
    // K1/P: W14 promoted with nothing before it cannot be analysed; W16 is measured against W15 alone (50):
    // sold 80, 30 incremental, lift 60%. Q1's W10 event does not start in Q2.
    write(tmp, AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-W10,70,yes", "K2,P,2026-W15,90,yes",
        "K1,P,2026-W15,50,no", "K1,P,2026-W16,80,YES");
    // S1: K1 is a STAR, 3 visits, but R1 has 1 a day on two days: 1 missing. S2 names a quadrant (DOG, 1)
    // though its account is unknown; S3's rep is not in reps.csv; S4's account has no evaluation.
    write(tmp, AnalyticsInputs.REPS, REPS, "R1,1,monday;tuesday");
    write(tmp, AnalyticsInputs.STORES, STORES, "S1,K1,R1,", "S2,K9,R1,dog", "S3,K1,R9,", "S4,K9,R1,");
    Run run = review("--data", tmp.toString(), "--quarter", "2026-Q2", "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    // The stores not planned keep the rep their line names, known or not.
    assertTrue(Files.readString(tmp.resolve("out").resolve(CoverageSections.SHORTFALLS))
        .contains("\nS3,R9,,,,rep R9 is not in reps.csv\nS4,R1,,,,no quadrant"));
    has(out, "\\n  K1 +P +2026-W16 +50 +50 +80 +30 +60\\.0% +0 +30\\n");
    has(out, "Events not analysed\\n.*\\n.*\\n  K2 +P +2026-W15 +Argument 'history' must hold an unpromoted week");
    assertFalse(out.contains("2026-W10"), out);
    // K1 (600,000) is 75% of 800,000; K2 and K1 are both quadrant-scored, both A (0% and 75% above them: < 80%).
    has(out, "\\n     1  K1 +Star chain +CNY 600,000\\.00 +75\\.0% +75\\.0% +A +STAR\\n");
    // R1 has 2 visits: S1 (STAR, 3) is planned first and takes both; S2 (DOG) gets none.
    has(out, "\\n  S1 +R1 +3 +2 +1\\n");
    has(out, "\\n  S2 +R1 +1 +0 +1\\n");
    has(out, "\\n  S3 +K1 +rep R9 is not in reps\\.csv\\n");
    has(out, "\\n  S4 +K9 +no quadrant: the line gives none and account K9 has no evaluation in section 1\\n");
    assertTrue(out.contains("Arrival and success: Skipped: no visit-log.csv in " + tmp + "."), out);
    assertTrue(out.contains("Skipped: no volume-forecast.csv in " + tmp + "."), out);
  }

  @Test
  void aWeek53OfAYearOf52_isAnInputError_notTheNextYearsFirstWeek(@TempDir Path tmp) throws IOException {
    write(tmp, AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2025-W53,100,no", "K1,P,2026-W01,100,no");
    Run run = review("--data", tmp.toString(), "--quarter", "2026-Q1");
    assertEquals(2, run.status(), run.out());
    assertTrue(run.err().contains("weekly-sales.csv line 2") && run.err().contains("no such ISO week: 2025 has 52 weeks"),
        run.err());
    write(tmp, AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-W53,100,no", "K1,P,2026-W01,100,no");
    assertEquals(0, review("--data", tmp.toString(), "--quarter", "2026-Q1").status(), "2026 has 53 weeks");
  }

  @Test
  void repeatedKeys_areRejectedLines_andTheRestRuns(@TempDir Path tmp) throws IOException {
    write(tmp, AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-W15,50,no", "K1,P,2026-W15,60,no",
        "K1,P,2100-W01,60,no", "K1,P,2026-W16,80,yes");
    write(tmp, AnalyticsInputs.VOLUME_FORECAST, FORECAST, "K1,P,2026-04,100,90", "K1,P,2026-04,100,80");
    write(tmp, AnalyticsInputs.REPS, REPS, "R1,2,MONDAY", "R1,3,TUESDAY");
    write(tmp, AnalyticsInputs.STORES, STORES, "S1,K1,R1,STAR", "S1,K1,R1,DOG");
    Path out = tmp.resolve("out");
    Run run = review("--data", tmp.toString(), "--quarter", "2026-Q2", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    String rejected = Files.readString(out.resolve(Review.REJECTED));
    assertTrue(rejected.contains("weekly-sales.csv,3,K1/P/2026-W15,\"repeats an earlier line's account, product and"
        + " week\""), rejected);
    assertTrue(rejected.contains("weekly-sales.csv,4,K1/P/2100-W01,Argument 'week' "), rejected);
    assertTrue(rejected.contains("volume-forecast.csv,3,K1/P/2026-04,\"repeats an earlier line's account, product"
        + " and month\""), rejected);
    assertTrue(rejected.contains("reps.csv,3,R1,repeats an earlier line's rep_id"), rejected);
    assertTrue(rejected.contains("stores.csv,3,S1,repeats an earlier line's store_id"), rejected);
    // The first lines run: W16 sold 80 against W15's 50; the forecast is 100 against 90.
    has(run.out(), "\\n  K1 +P +2026-W16 +50 +50 +80 +30 +60\\.0% +0 +30\\n");
    has(run.out(), "\\n  total +1 +100 +90 +11\\.1% +11\\.1% +11\\.1% +1\\.00 +0\\n");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-14,50,no",
            "weekly-sales.csv line 2, column 'week', value '2026-14': expected an ISO week such as 2026-W14"),
        Arguments.of(AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-W14,50,maybe",
            "weekly-sales.csv line 2, column 'promoted', value 'maybe': expected yes or no"),
        Arguments.of(AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-W14,1000000001,no",
            "weekly-sales.csv line 2, column 'cases', value '1000000001': expected a whole number from 0 to 1000000000"),
        Arguments.of(AnalyticsInputs.VOLUME_FORECAST, FORECAST, "K1,P,2026-04,-1,90",
            "volume-forecast.csv line 2, column 'forecast_cases', value '-1': expected a whole number from 0 to"
                + " 1000000000"),
        Arguments.of(AnalyticsInputs.REPS, REPS, "R1,21,MONDAY",
            "reps.csv line 2, column 'visits_per_day', value '21': expected a whole number from 0 to 20"),
        Arguments.of(AnalyticsInputs.REPS, REPS, "R1,2,MONDAY;FUNDAY",
            "reps.csv line 2, column 'working_days', value 'FUNDAY': expected days of the week such as MONDAY;TUESDAY"),
        Arguments.of(AnalyticsInputs.REPS, REPS, "R1,2,",
            "reps.csv line 2, column 'working_days', value '': a value is required"),
        Arguments.of(AnalyticsInputs.STORES, STORES, "S1,K1,R1,GOLD",
            "stores.csv line 2, column 'quadrant', value 'GOLD': expected one of STAR, QUESTION_MARK, CASH_COW, DOG"),
        Arguments.of(AnalyticsInputs.VISIT_LOG, VISITS, "S1,2026-06-31,yes",
            "visit-log.csv line 2, column 'date', value '2026-06-31': expected an ISO date yyyy-MM-dd"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedCell_exits2NamingFileLineColumnAndValue(String file, String header, String line, String expected,
      @TempDir Path tmp) throws IOException {
    write(tmp.resolve("data"), file, header, line);
    Run run = review("--data", tmp.resolve("data").toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, run.status(), run.err());
    assertEquals("Malformed input: " + expected, run.err().strip());
    assertFalse(Files.exists(tmp.resolve("out")), "no output");
  }

  @Test
  void weeksAndVisitsAreDatedActuals_forTheDefaultQuarter(@TempDir Path tmp) throws IOException {
    // W27 of 2026 starts on Monday 2026-06-29: a week of Q2. A volume forecast looks ahead and does not count.
    write(tmp, AnalyticsInputs.WEEKLY_SALES, WEEKLY, "K1,P,2026-W27,50,no");
    write(tmp, AnalyticsInputs.VOLUME_FORECAST, FORECAST, "K1,P,2026-12,100,0");
    assertTrue(review("--data", tmp.toString()).out().startsWith("Quarterly key account review — 2026-Q2 "));
    write(tmp, AnalyticsInputs.VISIT_LOG, VISITS, "S1,2026-07-01,yes");
    assertTrue(review("--data", tmp.toString()).out().startsWith("Quarterly key account review — 2026-Q3 "));
  }

  @Test
  void absentFiles_areNamedInTheirSections(@TempDir Path tmp) throws IOException {
    write(tmp, "accounts.csv", ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", tmp.toString(), "--as-of", "2026-06-30");
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    for (String file : new String[] {AnalyticsInputs.WEEKLY_SALES, AnalyticsInputs.VOLUME_FORECAST,
        AnalyticsInputs.STORES}) {
      assertTrue(out.contains("Skipped: no " + file + " in " + tmp + "."), file + "\n" + out);
    }
    // Concentration needs only accounts.csv: one account is all of the sales.
    has(out, "\\n     1  X1 +Star chain +CNY 600,000\\.00 +100\\.0% +100\\.0% +A +STAR\\n");
    write(tmp, AnalyticsInputs.STORES, STORES, "S1,X1,R1,");
    assertTrue(review("--data", tmp.toString()).out().contains("Skipped: no reps.csv in " + tmp + "."));
    Files.delete(tmp.resolve("accounts.csv"));
    String none = review("--data", tmp.toString()).out();
    has(none, "\\n10\\. Key-account selection[^\\n]*\\n=+\\n\\nSkipped: no accounts\\.csv in ");
  }
}
