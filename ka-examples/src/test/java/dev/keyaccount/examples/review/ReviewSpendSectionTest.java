package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.DEDUCTIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 7, trade spend: figures worked out by hand, the sample, rejected and malformed lines, absent files. */
class ReviewSpendSectionTest {

  static final String LINES = String.join(",", SpendInputs.SPEND_LINE_COLUMNS);
  static final String SALES = String.join(",", SpendInputs.SPEND_SALES_COLUMNS);
  static final String REBATES = String.join(",", SpendInputs.REBATE_COLUMNS);
  static final String PAYMENTS = String.join(",", SpendInputs.SPEND_PAYMENT_COLUMNS);

  /** Account K1 in 2026-Q2: five spend lines, a rebate, two deductions, two payments. */
  private static Path data(Path folder) throws IOException {
    write(folder, SpendInputs.SPEND_LINES, LINES,
        "L-LUMP,K1,AGREEMENT_LINE,K1-2026,DISPLAY,LUMP_SUM,2026-01-01,2026-12-31,DSP-1,CNY,3650.00,,",
        "L-PCT,K1,AGREEMENT_LINE,K1-2026,FESTIVAL_DM,PERCENT_OF_SALES,2026-04-01,2026-06-30,,CNY,,,5%",
        "L-OI,K1,PROMOTION,P-1,PROMOTION_SUPPORT,OFF_INVOICE,2026-06-01,2026-06-14,P-1,CNY,,,10%",
        "L-BB,K1,AGREEMENT_LINE,K1-2026,PROMOTION_SUPPORT,BILL_BACK,2026-04-01,2026-06-30,BB-1,CNY,,0.25,",
        "L-Q3,K1,PROMOTION,P-2,PROMOTION_SUPPORT,LUMP_SUM,2026-07-01,2026-07-31,P-2,CNY,500.00,,");
    write(folder, SpendInputs.SPEND_SALES, SALES,
        "L-PCT,2026-05-01,0,0,CNY,1000.00",
        "L-PCT,2026-07-02,0,0,CNY,9000.00",
        "L-OI,2026-06-01,30,0,CNY,300.00",
        "L-BB,2026-05-10,400,0,CNY,4000.00");
    write(folder, SpendInputs.REBATES, REBATES,
        "R1,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0:0.10;1000:0.20,NO,1500,,2026-03-31:600");
    write(folder, SpendInputs.SPEND_PAYMENTS, PAYMENTS,
        "L-BB@2026-04-01/2026-07-01,CHEQUE,2026-06-20,CNY,15.00",
        "NOPE,CHEQUE,2026-06-20,CNY,5.00");
    write(folder, ReviewInput.DEDUCTIONS, DEDUCTIONS_HEADER,
        "D1,K1,2026-06-30,PROMOTION,BB-1,100.00,CNY",
        "D2,K1,2026-06-30,REBATE,R1,140.00,CNY");
    return folder;
  }

  private static Run run(Path data, Path out) {
    return review("--data", data.toString(), "--quarter", "2026-Q2", "--out", out.toString());
  }

  private static void has(String out, String regex) {
    assertTrue(out.matches("(?s).*" + regex + ".*"), () -> "no match for " + regex + " in\n" + out);
  }

  @Test
  void accruedClaimedPaidOpen_workedByHand(@TempDir Path tmp) throws IOException {
    Run run = run(data(tmp.resolve("data")), tmp.resolve("out"));
    assertEquals(0, run.status(), run.err());
    String out = run.out().substring(run.out().indexOf("7. Trade spend"));
    // Lump sum 3,650 over 365 days; Q2 = round(3,650 x 181 / 365) - round(3,650 x 90 / 365) = 1,810 - 900 = 910.00.
    // 5% of the 1,000 sold in the quarter (the July 9,000 is outside the line) = 50.00.
    // Off-invoice 10% of 300 = 30.00, settled on the invoice. Bill-back 400 cases x 0.25 = 100.00.
    // Rebate R1, stepped: Q1 interim 600 x 0.10 = 60.00; the half year 1,000 x 0.10 + 500 x 0.20 = 200.00,
    // final 200 - 60 = 140.00, the accrual of [04-01, 07-01).
    has(out, "\\n  L-LUMP@2026-04-01/2026-07-01 +K1 +LUMP_SUM +CNY 910\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 0\\.00 "
        + "+CNY 910\\.00 +CNY 0\\.00\\n");
    has(out, "\\n  L-PCT@2026-04-01/2026-07-01 +K1 +PERCENT_OF_SALES +CNY 50\\.00 .* +CNY 50\\.00 +CNY 0\\.00\\n");
    has(out, "\\n  L-OI@2026-06-01/2026-06-15 +K1 +OFF_INVOICE +CNY 30\\.00 +CNY 30\\.00 +CNY 0\\.00 +CNY 0\\.00 "
        + "+CNY 0\\.00 +CNY 0\\.00\\n");
    // The bill-back: D1 claims its 100.00 and a cheque pays 15.00 more: over-claimed by 15.00, flagged.
    has(out, "\\n  L-BB@2026-04-01/2026-07-01 +K1 +BILL_BACK +CNY 100\\.00 +CNY 0\\.00 +CNY 100\\.00 +CNY 15\\.00 "
        + "+CNY 0\\.00 +CNY 15\\.00\\n");
    has(out, "Over-claimed \\(超额核销\\), CNY: settled beyond the accrual\\n.*\\n.*\\n  L-BB@2026-04-01/2026-07-01 +K1 "
        + "+BILL_BACK +CNY 100\\.00 +CNY 100\\.00 +CNY 15\\.00 +CNY 15\\.00\\n");
    has(out, "\\n  R1@2026-04-01/2026-07-01 +K1 +BILL_BACK +CNY 140\\.00 +CNY 0\\.00 +CNY 140\\.00 +CNY 0\\.00 "
        + "+CNY 0\\.00 +CNY 0\\.00\\n");
    // K1: accrued 910 + 50 + 30 + 100 + 140 = 1,230; on invoice 30; claimed 100 + 140 = 240; paid 15;
    // open 910 + 50 = 960; over-claimed 15 (1,230 + 15 = 30 + 240 + 15 + 960).
    has(out, "\\n  K1 +CNY 1,230\\.00 +CNY 30\\.00 +CNY 240\\.00 +CNY 15\\.00 +CNY 960\\.00 +CNY 15\\.00\\n");
    // Per method: bill-back = the line 100 and the rebate 140.
    has(out, "\\n  BILL_BACK +CNY 240\\.00 +CNY 0\\.00 +CNY 240\\.00 +CNY 15\\.00 +CNY 0\\.00 +CNY 15\\.00\\n");
    has(out, "\\n  total +CNY 1,230\\.00 +CNY 30\\.00 +CNY 240\\.00 +CNY 15\\.00 +CNY 960\\.00 +CNY 15\\.00\\n");
    // 1,500 cases reach the second tier (from 1,000); settled: interims 60, final 140.
    has(out, "\\n  R1 +K1 +VOLUME +STEPPED +1500 cases +2 of 2 \\(from 1000 cases\\) +CNY 200\\.00 +CNY 60\\.00 "
        + "+CNY 140\\.00 +CNY 0\\.00 +settled\\n");
    assertTrue(out.contains("Accrued in 2026-Q2: 5 accruals"), out);
    assertTrue(out.contains("1 spend lines and 0 rebates outside the quarter are left out."), out);
    has(out, "Payments naming no accrual of the quarter \\(not counted\\)\\n.*\\n.*\\n  NOPE +CHEQUE +2026-06-20 +CNY 5\\.00\\n");
    assertFalse(out.contains("L-Q3"), out);
    // The claims came from section 6's matching: D1 and D2 matched the accruals' authorizations.
    has(run.out(), "\\n  D1 +VALID +REFERENCE .* L-BB@2026-04-01/2026-07-01\\n");
    has(run.out(), "\\n  D2 +VALID +REFERENCE .* R1@2026-04-01/2026-07-01\\n");

    String csv = Files.readString(tmp.resolve("out").resolve(SpendSection.POSITIONS));
    assertTrue(csv.startsWith("accrual_id,account_id,line_id,fee_type,method,start_date,end_date,currency,accrued,"
        + "on_invoice,claimed,paid,open,over_claim\n"), csv);
    assertTrue(csv.contains("\nL-BB@2026-04-01/2026-07-01,K1,L-BB,PROMOTION_SUPPORT,BILL_BACK,2026-04-01,2026-06-30,CNY,"
        + "100.00,0.00,100.00,15.00,0.00,15.00\n"), csv);
    assertTrue(csv.contains("\nR1@2026-04-01/2026-07-01,K1,R1,REBATE,BILL_BACK,2026-04-01,2026-06-30,CNY,"
        + "140.00,0.00,140.00,0.00,0.00,0.00\n"), csv);
    assertEquals(6, csv.split("\n").length, csv); // the header and the quarter's five accruals
    String html = Files.readString(tmp.resolve("out").resolve("review.html"));
    assertTrue(html.contains("id=\"chart-trade-spend-cny\""), "the chart is in the page");
  }

  @Test
  void nextWeek_withTheLedger_claimsAreNeitherLostNorCountedTwice(@TempDir Path tmp) throws IOException {
    Path data = data(tmp.resolve("data"));
    assertEquals(0, run(data, tmp.resolve("week1")).status());
    // The same remittance again: D1 and D2 repeat the first week's and are rejected; the claims stay 100 + 140 = 240.
    Run again = review("--data", data.toString(), "--quarter", "2026-Q2", "--ledger",
        tmp.resolve("week1/ledger").toString(), "--out", tmp.resolve("week2").toString());
    assertEquals(0, again.status(), again.err());
    has(again.out(), "\\n  deductions\\.csv +2 +D1 +Argument 'id' must not repeat a deduction of an earlier run");
    has(again.out(), "\\n  K1 +CNY 1,230\\.00 +CNY 30\\.00 +CNY 240\\.00 +CNY 15\\.00 +CNY 960\\.00 +CNY 15\\.00\\n");
    // No new remittance at all: the claims come from the ledger alone.
    Files.delete(data.resolve(ReviewInput.DEDUCTIONS));
    Run ledgerOnly = review("--data", data.toString(), "--quarter", "2026-Q2", "--ledger",
        tmp.resolve("week1/ledger").toString(), "--out", tmp.resolve("week3").toString());
    assertEquals(0, ledgerOnly.status(), ledgerOnly.err());
    has(ledgerOnly.out(), "\\n  K1 +CNY 1,230\\.00 +CNY 30\\.00 +CNY 240\\.00 +CNY 15\\.00 +CNY 960\\.00 +CNY 15\\.00\\n");
  }

  @Test
  void runningRebate_showsTheTierReachedAndOnlyItsInterims(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    // Value, cumulative, the year 2026: 1% from 100,000, 2% from 500,000. Interims: Q1 on 80,000 (no tier,
    // 0.00) and H1 on 520,000 (2% of all of it = 10,400.00); the year is not over: no final.
    write(data, SpendInputs.REBATES, REBATES,
        "R2,K1,2026-01-01,2026-12-31,CNY,VALUE,CUMULATIVE,100000.00:1%;500000.00:2%,NO,520000.00,,"
            + "2026-03-31:80000.00;2026-06-30:520000.00;2026-09-30:700000.00");
    Run run = run(data, tmp.resolve("out"));
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    has(out, "\\n  R2 +K1 +VALUE +CUMULATIVE +CNY 520,000\\.00 +2 of 2 \\(from CNY 500,000\\.00\\) +CNY 10,400\\.00 "
        + "+CNY 10,400\\.00 +- +- +running: earned to date\\n");
    // The Q2 interim [04-01, 07-01) accrues 10,400.00; the Q1 one lies outside the quarter; the Q3 one is later.
    has(out, "\\n  R2@2026-04-01/2026-07-01 +K1 +BILL_BACK +CNY 10,400\\.00 ");
    assertFalse(out.contains("R2@2026-01-01"), out);
    assertTrue(out.contains("Spend lines: Skipped: no spend-lines.csv in " + data + "."), out);
    assertTrue(out.contains("Payments: Skipped: no spend-payments.csv in " + data + "."), out);
  }

  @Test
  void sample_showsTheSection(@TempDir Path tmp) throws IOException {
    Run run = review("--out", tmp.toString());
    assertEquals(0, run.status(), run.err());
    String out = run.out().substring(run.out().indexOf("7. Trade spend"));
    // A: display 36,500 x 91 / 365 = 9,100.00 (6,000 claimed by DD-17), off-invoice 10% of 20,000 = 2,000.00,
    // the half-year rebate's final 6,000 x 1.50 - 400 = 8,600.00 (claimed by DD-19): 19,700.00.
    has(out, "\\n  A +CNY 19,700\\.00 +CNY 2,000\\.00 +CNY 14,600\\.00 +CNY 0\\.00 +CNY 3,100\\.00 +CNY 0\\.00\\n");
    // C: 4,500 cases x 0.80 = 3,600.00 claimed by DD-18 and a 500.00 cheque: over-claimed by 500.00.
    has(out, "\\n  C-26-BILLBACK@2026-04-01/2026-07-01 +C +BILL_BACK +CNY 3,600\\.00 +CNY 3,600\\.00 +CNY 500\\.00 "
        + "+CNY 500\\.00\\n");
    // B's value rebate: (1,450,000 - 1,000,000) x 1% = 4,500.00 to date, the second of three tiers.
    has(out, "\\n  B-26-REBATE +B +VALUE +STEPPED +CNY 1,450,000\\.00 +2 of 3 \\(from CNY 1,000,000\\.00\\) "
        + "+CNY 4,500\\.00 ");
    has(out, "\\n  total +CNY 39,000\\.00 +CNY 2,000\\.00 +CNY 18,200\\.00 +CNY 4,700\\.00 +CNY 14,600\\.00 "
        + "+CNY 500\\.00\\n");
    assertFalse(out.contains("Skipped"), out);
  }

  @Test
  void rejectedLines_areListed_andTheRestIsAccrued(@TempDir Path tmp) throws IOException {
    Path data = data(tmp.resolve("data"));
    write(data, SpendInputs.SPEND_LINES, LINES,
        "L-LUMP,K1,AGREEMENT_LINE,K1-2026,DISPLAY,LUMP_SUM,2026-01-01,2026-12-31,DSP-1,CNY,3650.00,,",
        "L-TWO,K1,AGREEMENT_LINE,K1-2026,DISPLAY,LUMP_SUM,2026-01-01,2026-12-31,,CNY,100.00,0.50,",
        "L-LUMP,K1,AGREEMENT_LINE,K1-2026,DISPLAY,LUMP_SUM,2026-04-01,2026-06-30,,CNY,100.00,,",
        "L-USD,K1,AGREEMENT_LINE,K1-2026,PROMOTION_SUPPORT,PER_CASE,2026-04-01,2026-06-30,,CNY,,0.50,");
    write(data, SpendInputs.SPEND_SALES, SALES, "GHOST,2026-05-01,1,0,CNY,1.00", "L-USD,2026-05-01,10,0,USD,5.00");
    write(data, SpendInputs.REBATES, REBATES,
        "R-DOWN,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0:0.20;1000:0.10,NO,1500,,",
        "R-LATE,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0:0.10,NO,1500,,2026-03-31:800;2026-08-31:1400",
        "R-LAST,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0:0.10,NO,1500,,2026-06-30:1500");
    write(data, SpendInputs.SPEND_PAYMENTS, PAYMENTS, "L-LUMP@2026-04-01/2026-07-01,CHEQUE,2026-06-20,CNY,0.00",
        "L-LUMP@2026-04-01/2026-07-01,CHEQUE,2026-06-21,USD,10.00");
    Run run = run(data, tmp.resolve("out"));
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    has(out, "\\n  spend-lines\\.csv +3 +L-TWO +Argument 'terms' must be one term that method LUMP_SUM takes but has "
        + "value \\[lumpSum, perCase\\]\\n");
    has(out, "\\n  spend-lines\\.csv +4 +L-LUMP +the line id is repeated; the first line with it is accrued\\n");
    has(out, "\\n  spend-lines\\.csv +5 +L-USD +Argument 'sales\\[0\\]\\.netSales' must be in currency CNY but is in USD");
    has(out, "\\n  spend-sales\\.csv +2 +GHOST +no line GHOST in spend-lines\\.csv\\n");
    has(out, "\\n  rebates\\.csv +2 +R-DOWN +Argument 'tiers\\[1\\]' must pay at least the previous tier's 0\\.2 but has "
        + "value 0\\.1\\n");
    has(out, "\\n  spend-payments\\.csv +2 +L-LUMP@2026-04-01/2026-07-01 +Argument 'amount' must be positive");
    // An interim dated after the period, or on its last day (the final settlement's), is refused, not left out.
    has(out, "\\n  rebates\\.csv +3 +R-LATE +the interim ending 2026-08-31 is not within the rebate's period "
        + "2026-01-01 to 2026-06-30 before its last day\\n");
    has(out, "\\n  rebates\\.csv +4 +R-LAST +the interim ending 2026-06-30 is not within");
    // A payment of an accrual of the quarter in another currency is refused, naming both, not listed as
    // a payment of no accrual.
    has(out, "\\n  spend-payments\\.csv +3 +L-LUMP@2026-04-01/2026-07-01 +the payment is in USD but accrual "
        + "L-LUMP@2026-04-01/2026-07-01 is in CNY\\n");
    assertFalse(out.contains("Payments naming no accrual"), out);
    // The first L-LUMP still accrues its 910.00.
    has(out, "\\n  L-LUMP@2026-04-01/2026-07-01 +K1 +LUMP_SUM +CNY 910\\.00 ");
    String rejected = Files.readString(tmp.resolve("out").resolve(Review.REJECTED));
    assertTrue(rejected.contains("\nspend-sales.csv,2,GHOST,no line GHOST in spend-lines.csv\n"), rejected);
  }

  @Test
  void malformedCells_exitTwo_namingFileLineAndColumn(@TempDir Path tmp) throws IOException {
    String[][] cases = {
        {SpendInputs.REBATES, REBATES, "R1,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0-0.10,NO,1500,,",
            "rebates.csv line 2, column 'tiers', value '0-0.10': expected tiers such as 0:0.50;1000:1.00 "
                + "(from cases: amount per case)"},
        {SpendInputs.REBATES, REBATES, "R1,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0:0.10,MAYBE,1500,,",
            "rebates.csv line 2, column 'clawback', value 'MAYBE': expected YES or NO"},
        {SpendInputs.REBATES, REBATES, "R1,K1,2026-01-01,2026-06-30,CNY,VOLUME,STEPPED,0:0.10,NO,1500,,2026-03-31",
            "rebates.csv line 2, column 'interims', value '2026-03-31': expected interims such as 2026-03-31:800 "
                + "(last day: base to that day)"},
        {SpendInputs.REBATES, REBATES, "R1,K1,2026-01-01,2026-06-30,CNY,VALUE,STEPPED,0:1%,NO,12.345,,",
            "rebates.csv line 2, column 'base', value '12.345': expected net sales, an amount below 1000000000000 "
                + "with at most 2 decimals"},
        {SpendInputs.SPEND_LINES, LINES, "L1,K1,AGREEMENT_LINE,S,DISPLAY,PER_CASE,2026-01-01,2026-12-31,,CNY,,abc,",
            "spend-lines.csv line 2, column 'per_case', value 'abc': expected a plain decimal below 1000000 with at "
                + "most 6 decimals"},
        {SpendInputs.SPEND_LINES, LINES, "L1,K1,AGREEMENT_LINE,S,DISPLAY,BARTER,2026-01-01,2026-12-31,,CNY,1.00,,",
            "spend-lines.csv line 2, column 'method', value 'BARTER': expected one of LUMP_SUM, PER_CASE, SCAN_DOWN, "
                + "PERCENT_OF_SALES, OFF_INVOICE, BILL_BACK"},
        {SpendInputs.SPEND_LINES, LINES, "L1,K1,AGREEMENT_LINE,S,DISPLAY,LUMP_SUM,2026-12-31,2026-01-01,,CNY,1.00,,",
            "spend-lines.csv line 2, column 'end_date', value '2026-01-01': the end date is before the start date "
                + "2026-12-31"},
        {SpendInputs.SPEND_SALES, SALES, "L1,2026-05-01,-1,0,CNY,1.00",
            "spend-sales.csv line 2, column 'cases_shipped', value '-1': expected a whole number from 0 to "
                + "1000000000000"},
        {SpendInputs.SPEND_PAYMENTS, PAYMENTS, "A@x,CASH,2026-06-20,CNY,1.00",
            "spend-payments.csv line 2, column 'kind', value 'CASH': expected one of CHEQUE, CREDIT_NOTE"}};
    for (int i = 0; i < cases.length; i++) {
      Path data = tmp.resolve("data" + i);
      write(data, cases[i][0], cases[i][1], cases[i][2]);
      Run run = run(data, tmp.resolve("out" + i));
      assertEquals(2, run.status(), cases[i][2] + "\n" + run.err());
      assertEquals("Malformed input: " + cases[i][3], run.err().strip());
      assertFalse(Files.exists(tmp.resolve("out" + i)), "no output");
    }
  }

  @Test
  void absentFiles_areNamed(@TempDir Path tmp) throws IOException {
    write(tmp, "accounts.csv", ReviewRuns.ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", tmp.toString(), "--as-of", "2026-06-30");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Spend lines: Skipped: no spend-lines.csv in " + tmp + "."), run.out());
    assertTrue(run.out().contains("Rebates: Skipped: no rebates.csv in " + tmp + "."), run.out());

    write(tmp, SpendInputs.SPEND_LINES, LINES,
        "L-LUMP,K1,AGREEMENT_LINE,K1-2026,DISPLAY,LUMP_SUM,2026-01-01,2026-12-31,DSP-1,CNY,3650.00,,");
    String out = review("--data", tmp.toString(), "--as-of", "2026-06-30").out();
    assertTrue(out.contains("Sales of the spend lines: Skipped: no spend-sales.csv in " + tmp + ". Only lump sums accrue."),
        out);
    assertTrue(out.contains("Payments: Skipped: no spend-payments.csv in " + tmp + ". Nothing is counted as paid."), out);
    assertTrue(out.contains("Claims: Skipped: no deductions.csv in " + tmp + ". Only the claims of an earlier ledger"
        + " count."), out);
    // Nothing claimed or paid: the 910.00 of Q2 is all open.
    has(out, "\\n  K1 +CNY 910\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 0\\.00 +CNY 910\\.00 +CNY 0\\.00\\n");
  }
}
