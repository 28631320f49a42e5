package dev.keyaccount.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.QuarterlyReview;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example's {@code main} and the review, and checks figures in what they print. */
class ExamplesTest {

  static String capture(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** The result of one review run. */
  record Run(int status, String out, String err) {}

  static Run review(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = QuarterlyReview.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void evaluateAccountExample() {
    // Attractiveness: sales 320 万元 ≥ 50 (40) + growth 25% ≥ 20% (40) + DSO 35 in 31–40 (0.8 × 20 = 16) = 96.
    // Support: display 23% ≥ 22% (40) + activity 38% in 35–40% (0.8 × 25 = 20) + 12 SKUs in 11–14
    // (0.4 × 25 = 10) + relationship above average (0.8 × 10 = 8) = 78. Both ≥ 50: a star.
    assertEquals(List.of("96", "78", "STAR",
        "ServicePolicy{visits=HIGH_QUALITY, promotions=HIGH_FREQUENCY, relationship=KEEP, exit=DEFEND_POSITION}"),
        capture(EvaluateAccountExample::main).lines().collect(Collectors.toList()));
  }

  @Test
  void accountModelExample() {
    // The facts of evaluateAccountExample from an Account (international, two provinces: GKA): a star.
    // Profit products sell 900,000 of 3,200,000 = 28.125% ≥ 25%. Display (3 + 2) / (10 + 10) = 25%;
    // distribution (2/2 + 1/2 + 2/2) / 3 = 83.3%.
    assertEquals(List.of("GKA CRF: STAR", "profit-product mix 28.1% against 25.0%: true",
        "2 stores, display 25.0%, distribution 83.3%"),
        capture(AccountModelExample::main).lines().collect(Collectors.toList()));
  }

  @Test
  void decomposeTargetExample() {
    // 1,000,000 split 25 / 35 / 40; every measure passes, so no failure line follows "true".
    assertEquals(List.of("{2026-04=CNY 250000, 2026-05=CNY 350000, 2026-06=CNY 400000}", "true"),
        capture(DecomposeTargetExample::main).lines().collect(Collectors.toList()));
  }

  @Test
  void breakEvenExample() {
    // m = 10 − 6 = 4, d = 1, F = 500, V0 = 1,000: V = (4 × 1,000 + 500) / (4 − 1) = 1,500, lift 50%,
    // 1,500 − 1,000 = 500 incremental cases.
    assertEquals(List.of("Optional[1500]", "Optional[50.0%]", "Optional[500]"),
        capture(BreakEvenExample::main).lines().collect(Collectors.toList()));
  }

  @Test
  void matchRemittanceExample() {
    String out = capture(MatchRemittanceExample::main);
    assertEquals(List.of("2", "1", "CNY 3000", "66.7%", "100.0%"), out.lines().collect(Collectors.toList()));
  }

  @Test
  void deductionDeskExample_carriesTheLedgerFromWeekToWeek() {
    String out = capture(DeductionDeskExample::main);
    assertEquals(List.of("UNAUTHORIZED", "VALID", "DD-1 VALID", "CNY 0", "1", "[CNY 0, CNY 300, CNY 0, CNY 0]"),
        out.lines().collect(Collectors.toList()));
  }

  @Test
  void reviewOnBuiltInData_receivables() {
    String out = review().out();
    // DSO from open-items.csv and monthly-sales.csv as of 2026-06-30: A's open invoices 150,000 + 82,000
    // over its Q2 sales 1,010,000 x 91 days = 20.9; B's 96,000 + 70,000 + 46,000 = 212,000 over 960,000
    // x 91 = 20.1, and by countback all within June's 340,000: 212,000 / 340,000 x 30 = 18.7.
    assertTrue(out.matches("(?s).*\\n  A +CNY 232,000\\.00 +standard .* 20\\.9\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  B +CNY 212,000\\.00 +countback .* 18\\.7\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  B +CNY 212,000\\.00 +standard .* 20\\.1\\n.*"), out);
    // D's limit 10,000 against 12,500 open + 5,000 ordered: held, 7,500 over.
    assertTrue(out.matches("(?s).*\\n  D +CNY 10,000\\.00 .* YES, CNY 7,500\\.00 over\\n.*"), out);
    // The sample remittance's 17 CNY deductions: one of each state but VALID; DD-17 to DD-19 claim
    // trade-spend accruals of section 7 (6,000 + 3,600 + 8,600 = 18,200 more VALID than the 9 of 109,620.30).
    Map<String, String> counts = Map.of("VALID", "12  CNY 127,820.30", "PARTIALLY_VALID", "1    CNY 3,900.00",
        "UNAUTHORIZED", "1    CNY 3,000.00", "DUPLICATE", "1    CNY 5,000.00", "WRITTEN_OFF", "1       CNY 36.50",
        "UNRESOLVED", "1    CNY 2,000.00");
    counts.forEach((state, line) -> assertTrue(out.matches("(?s).*\\n  " + state + " +" + line + "\\n.*"),
        state + " " + line));
    assertTrue(out.contains("= total deducted       CNY 141,756.80"), out);
    assertTrue(out.contains("DD-14      VALID            COMBINATION"), out);
    assertTrue(out.contains("candidates: AU-11;AU-12"), out);
    assertTrue(out.contains("deductions.csv    16  DD-15"), out);
  }

  @Test
  void reviewOnBuiltInData_showsSeedFigures() {
    Run run = review();
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    // Section 1: A is a star with 96 / 78 points; B (68 / 43), C (48 / 82) and D (20 / 22) fill the other
    // quadrants, split at 50.
    assertTrue(out.matches("(?s).*\\n  A +40\\.0 +40\\.0 +16\\.0 +96\\.0 .* 78\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  B +40\\.0 +24\\.0 +4\\.0 +68\\.0 .* 43\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  C +24\\.0 +16\\.0 +8\\.0 +48\\.0 .* 82\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  D +8\\.0 +8\\.0 +4\\.0 +20\\.0 .* 22\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  A +Customer A [^\\n]* STAR +high quality +high frequency +keep +defend position\\n.*"),
        out);
    assertTrue(out.matches("(?s).*\\n  B +Customer B [^\\n]* QUESTION_MARK +high quality +strong +improve +raise position\\n.*"),
        out);
    assertTrue(out.matches("(?s).*\\n  C +Customer C [^\\n]* CASH_COW +moderate +trial +keep +withdraw if promotions fail\\n.*"),
        out);
    assertTrue(out.matches("(?s).*\\n  D +Customer D [^\\n]* DOG +minimum +minimal +improve +keep presence\\n.*"), out);
    // Section 2: seed figures.
    // Seed 001's series (万元) 0,0,0,40,15,24,25,25,40,20,36,45 as A's months 2025-07..2026-06:
    // 2,700,000 CNY over 9 active months = 300,000.00.
    assertTrue(out.matches("(?s).*\\n  A +9 +CNY 300,000\\.00\\n.*"), out);
    assertTrue(out.matches("(?s).*\\n  B +50\\.0% +60\\.0% +0\\.9375 +-6\\.3% +lost\\n.*"), out);
    // Efficiency: 112,500 bought 90,000 cases in Q1 (1.25 a case, the seed's 100 yuan for 80), 121,200
    // bought 145,440 in Q2 (0.8333, 100 yuan for 120): +50%.
    assertTrue(out.matches("(?s).*\\n  A +CNY 112,500\\.00 +90000 +CNY 121,200\\.00 +145440 +1\\.2500 +0\\.8333"
        + " +\\+50\\.0%.*"), out);
    assertTrue(out.matches("(?s).*\\n  A +4 +90\\.0% .* \\+25\\.0\\n.*"), out);
    // Seed 002's bad cadence over D's months: 6,000 / 6,000 / 28,000 = 15% / 15% / 70%.
    assertTrue(out.matches("(?s).*\\n  D +15\\.0% +15\\.0% +70\\.0% .* YES.*"), out);
    // Section 3: seed 003 customer A.
    assertTrue(out.contains("2026-04  CNY 250,000.00"), out);
    assertTrue(out.matches("(?s).*expense ratio \\(%\\) +ratio +12 +11\\.1 +pass.*"), out);
    assertTrue(out.contains("Account A: the plan is consistent with the 2026-Q2 targets."), out);
    assertTrue(out.contains("Account B: the plan is NOT consistent"), out);
    // Section 4: break-even 1,500 cases, lift 50%.
    assertTrue(out.contains("breaks even at 1500 cases (lift 50.0%, 500 incremental cases)"), out);
    assertTrue(out.contains("Late submissions: 4 of 6 (66.7%)"), out);
    // Section 5: the parts sum to the budget.
    assertTrue(out.matches("(?s).*\\n  total +CNY 140,000\\.00\\n.*"), out);
  }

  @Test
  void reviewHelp_listsOptions() {
    Run run = review("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("--data=DIR") && run.out().contains("--out=DIR"), run.out());
  }

  @Test
  void reviewOnUserCsv_writesOutputs(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("accounts.csv"), String.join("\n",
        "account_id,name,currency,annual_sales,growth_rate,dso_days,display_rate,activity_rate,listed_skus,relationship",
        "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING",
        "X2,Negative,CNY,-5,0.2,30,22%,40%,20,OUTSTANDING",
        "X3,Dollar chain,USD,600000,0.2,30,22%,40%,20,OUTSTANDING", ""), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Run run = review("--data", data.toString(), "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Skipped"), run.out());
    assertTrue(run.out().contains("Deduction matching: Skipped: no deductions.csv in " + data + "."), run.out());
    String evaluations = Files.readString(out.resolve("account-evaluations.csv"));
    // Every account line is there, in file order; what cannot be evaluated says why in 'problem'.
    List<String> lines = evaluations.lines().collect(Collectors.toList());
    assertEquals(List.of("account_id,attractiveness,support,quadrant,problem", "X1,100.0,100.0,STAR,"),
        lines.subList(0, 2), evaluations);
    assertTrue(lines.get(2).startsWith("X2,,,,") && lines.get(2).contains("annualSales"), evaluations);
    assertTrue(lines.get(3).startsWith("X3,,,,") && lines.get(3).contains("USD"), evaluations);
    // The negative amount is a rejected line; the USD account is a per-account problem; the rest goes on.
    assertTrue(run.out().contains("accounts.csv") && run.out().contains("annualSales"), run.out());
    assertTrue(run.out().contains("X3") && run.out().contains("USD"), run.out());
    String html = Files.readString(out.resolve("review.html"));
    assertTrue(html.contains("<svg") && html.contains("Star 明星类") && html.contains(">X1<"), html);
    assertFalse(html.contains("src=") || html.contains("href=") || html.contains("<link") || html.contains("@import"),
        "no external resources");
  }

  @Test
  void reviewOnUserCsv_matchesDeductions(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("authorizations.csv"), String.join("\n",
        "authorization_id,account_id,type,reference,start_date,end_date,amount,currency",
        "AU-1,K1,PROMOTION,P-100,2026-01-01,2026-01-31,1000.00,CNY",
        "AU-2,K1,DISPLAY_FEE,,2026-01-01,2026-03-31,500.00,CNY", ""), StandardCharsets.UTF_8);
    Files.writeString(data.resolve("deductions.csv"), String.join("\n",
        "deduction_id,account_id,date,reason_code,reference,amount,currency",
        "D-1,K1,2026-03-15,promotion,p100,1200.00,CNY",
        "D-2,K1,2026-03-20,display_fee,,500.00,CNY",
        "D-3,K1,2026-03-20,PENALTY,,80.00,CNY", ""), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Run run = review("--data", data.toString(), "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(String.join("\n",
        "deduction_id,currency,state,matched_amount,disputed_amount,written_off_amount,unresolved_amount,"
            + "authorization_ids,remittance,candidates,duplicate_of",
        "D-1,CNY,PARTIALLY_VALID,1000.00,200.00,0.00,0.00,AU-1,this,,",
        "D-2,CNY,VALID,500.00,0.00,0.00,0.00,AU-2,this,,",
        "D-3,CNY,UNAUTHORIZED,0.00,80.00,0.00,0.00,,this,,", ""), Files.readString(out.resolve("deduction-results.csv")));
    assertTrue(run.out().contains("Skipped: no accounts.csv in " + data), run.out());
  }

  @Test
  void longInput_showsProgressOnStderr(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    StringBuilder csv = new StringBuilder("deduction_id,account_id,date,reason_code,reference,amount,currency\n");
    for (int i = 1; i <= 100_001; i++) {
      csv.append("D-").append(i).append(",K1,2026-03-15,PENALTY,,10.00,CNY\n");
    }
    Files.writeString(data.resolve("deductions.csv"), csv, StandardCharsets.UTF_8);
    Run run = review("--data", data.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("read 100000 lines of deductions.csv"), run.err());
    assertTrue(run.out().matches("(?s).*\\n  UNAUTHORIZED +100001 +CNY 1,000,010\\.00\\n.*"), run.out());
  }

  @Test
  void malformedCsv_exitsWith2_namingFileLineColumnValue_andWritesNothing(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("accounts.csv"), String.join("\n",
        "account_id,name,currency,annual_sales,growth_rate,dso_days,display_rate,activity_rate,listed_skus,relationship",
        "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING",
        "X2,Bad rate,CNY,600000,18,30,22%,40%,20,OUTSTANDING", ""), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Run run = review("--data", data.toString(), "--out", out.toString());
    assertEquals(2, run.status());
    assertEquals("Malformed input: accounts.csv line 3, column 'growth_rate', value '18': expected a rate such as"
        + " 18% or 0.18 (a bare number above 1 is ambiguous)", run.err().strip());
    assertFalse(Files.exists(out), "no partial output");
  }

  @Test
  void malformedCsv_missingColumn_unknownEnum_badDate(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("accounts.csv"), "account_id,name,currency\nX1,A,CNY\n", StandardCharsets.UTF_8);
    Run missing = review("--data", data.toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("accounts.csv line 1, column 'annual_sales'"), missing.err());

    Files.writeString(data.resolve("accounts.csv"), String.join("\n",
        "account_id,name,currency,annual_sales,growth_rate,dso_days,display_rate,activity_rate,listed_skus,relationship",
        "X1,A,CNY,600000,0.2,30,22%,40%,20,EXCELLENT", ""), StandardCharsets.UTF_8);
    Run badEnum = review("--data", data.toString());
    assertEquals(2, badEnum.status());
    assertTrue(badEnum.err().contains("accounts.csv line 2, column 'relationship', value 'EXCELLENT': expected one of"
        + " OUTSTANDING, ABOVE_AVERAGE, AVERAGE, BELOW_AVERAGE, POOR"), badEnum.err());
  }
}
