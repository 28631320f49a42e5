package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.AUTHORIZATIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.DEDUCTIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review continued week by week with {@code --ledger}: the same decisions as one run over both weeks. */
class ReviewLedgerTest {

  private static final String[] AUTHORIZATIONS = {
      "AU-1,K1,PROMOTION,,2026-03-01,2026-03-31,6000.00,CNY",
      "AU-2,K1,DISPLAY_FEE,P-7,2026-03-01,2026-03-31,1000.00,CNY"};
  private static final String WEEK_1_D1 = "D-1,K1,2026-03-10,promotion,,4000.00,CNY";
  private static final String WEEK_1_D2 = "D-2,K1,2026-03-10,display_fee,P-7,1000.00,CNY";
  private static final String WEEK_2_D3 = "D-3,K1,2026-03-17,promotion,,2000.00,CNY";
  private static final String WEEK_2_D4 = "D-4,K1,2026-03-17,display_fee,P-7,1000.00,CNY";
  private static final String WEEK_2_D5 = "D-5,K1,2026-03-17,PENALTY,,80.00,CNY";

  @TempDir
  Path tmp;

  @Test
  void secondWeek_completesTheSplit_findsTheRepeatedClaim_andListsTheChangedEarlierDeduction() throws Exception {
    Path week1 = data("week1", WEEK_1_D1, WEEK_1_D2);
    Path week2 = data("week2", WEEK_2_D3, WEEK_2_D4, WEEK_2_D5);
    Run first = review("--data", week1.toString(), "--out", tmp.resolve("out1").toString());
    assertEquals(0, first.status(), first.err());
    assertEquals(List.of(
        "deduction_id,currency,state,matched_amount,disputed_amount,written_off_amount,unresolved_amount,"
            + "authorization_ids,remittance,candidates,duplicate_of",
        "D-1,CNY,UNAUTHORIZED,0.00,4000.00,0.00,0.00,,this,,",
        "D-2,CNY,VALID,1000.00,0.00,0.00,0.00,AU-2,this,,"), lines("out1/deduction-results.csv"));
    List<String> open1 = lines("out1/open-deductions.csv");
    assertEquals(2, open1.size(), open1.toString());
    // Aged as of the latest deduction date seen (this week's 2026-03-10), not the quarter's end: 0 days.
    assertTrue(open1.get(1).startsWith("D-1,CNY,K1,PROMOTION,,2026-03-10,0,current,UNAUTHORIZED,4000.00,"), open1.get(1));
    Run asOf = review("--data", week1.toString(), "--as-of", "2026-04-30", "--out", tmp.resolve("out1b").toString());
    assertEquals(0, asOf.status(), asOf.err());
    assertTrue(lines("out1b/open-deductions.csv").get(1).startsWith("D-1,CNY,K1,PROMOTION,,2026-03-10,51,31-60,"),
        "as of --as-of when given");
    assertTrue(open1.get(1).endsWith(",true,false"), "awaits its complement: " + open1.get(1));

    Run second = review("--data", week2.toString(), "--ledger", tmp.resolve("out1/ledger").toString(),
        "--out", tmp.resolve("out2").toString());
    assertEquals(0, second.status(), second.err());
    List<String> results = lines("out2/deduction-results.csv");
    assertEquals(List.of(
        "deduction_id,currency,state,matched_amount,disputed_amount,written_off_amount,unresolved_amount,"
            + "authorization_ids,remittance,candidates,duplicate_of",
        "D-3,CNY,VALID,2000.00,0.00,0.00,0.00,AU-1,this,,",
        "D-4,CNY,DUPLICATE,0.00,1000.00,0.00,0.00,,this,,D-2",
        "D-5,CNY,UNAUTHORIZED,0.00,80.00,0.00,0.00,,this,,",
        "D-1,CNY,VALID,4000.00,0.00,0.00,0.00,AU-1,earlier,,"), results);
    assertTrue(second.out().contains("1 deduction(s) of earlier remittances changed state"), second.out());
    List<String> open2 = lines("out2/open-deductions.csv");
    assertEquals(3, open2.size(), "D-4 and D-5 are disputed: " + open2);
    assertTrue(open2.get(1).startsWith("D-4,CNY,K1,DISPLAY_FEE,P-7,2026-03-17,0,current,DUPLICATE,1000.00"), open2.get(1));

    // One run over both weeks decides every deduction the same way.
    Path both = data("both", WEEK_1_D1, WEEK_1_D2, WEEK_2_D3, WEEK_2_D4, WEEK_2_D5);
    Run once = review("--data", both.toString(), "--out", tmp.resolve("once").toString());
    assertEquals(0, once.status(), once.err());
    Map<String, String> weekly = decisions(lines("out1/deduction-results.csv"));
    weekly.putAll(decisions(results));
    assertEquals(decisions(lines("once/deduction-results.csv")), weekly);
    assertEquals(Files.readString(tmp.resolve("once/ledger/consumptions.csv")),
        Files.readString(tmp.resolve("out2/ledger/consumptions.csv")));
  }

  @Test
  void aThirdWeek_continuesFromTheSecondsLedger_andAWeekWithoutDeductionsKeepsTheLedger() throws Exception {
    review("--data", data("week1", WEEK_1_D1, WEEK_1_D2).toString(), "--out", tmp.resolve("out1").toString());
    Path empty = Files.createDirectories(tmp.resolve("nothing"));
    Run quiet = review("--data", empty.toString(), "--ledger", tmp.resolve("out1/ledger").toString(),
        "--out", tmp.resolve("out2").toString());
    assertEquals(0, quiet.status(), quiet.err());
    assertEquals(Files.readString(tmp.resolve("out1/ledger/deductions.csv")),
        Files.readString(tmp.resolve("out2/ledger/deductions.csv")));
    Run third = review("--data", data("week3", WEEK_2_D3).toString(), "--ledger",
        tmp.resolve("out2/ledger").toString(), "--out", tmp.resolve("out3").toString());
    assertEquals(0, third.status(), third.err());
    assertTrue(lines("out3/deduction-results.csv").contains("D-1,CNY,VALID,4000.00,0.00,0.00,0.00,AU-1,earlier,,"),
        lines("out3/deduction-results.csv").toString());
  }

  @Test
  void aLedgerFolderThatIsNotOne_isMalformedInput() throws Exception {
    Path week1 = data("week1", WEEK_1_D1);
    Run missing = review("--data", week1.toString(), "--ledger", tmp.resolve("nowhere").toString());
    assertEquals(2, missing.status(), missing.err());
    assertTrue(missing.err().contains("--ledger must name a folder"), missing.err());
    Run notLedger = review("--data", week1.toString(), "--ledger", week1.toString());
    assertEquals(2, notLedger.status(), notLedger.err());
    assertTrue(notLedger.err().contains("not a ledger folder"), notLedger.err());
    review("--data", week1.toString(), "--out", tmp.resolve("out1").toString());
    Files.writeString(tmp.resolve("out1/ledger/deductions.csv"),
        Files.readString(tmp.resolve("out1/ledger/deductions.csv")).replace(",4000.00,2026-03-10,", ",4000.005,2026-03-10,"));
    Run damaged = review("--data", week1.toString(), "--ledger", tmp.resolve("out1/ledger").toString());
    assertEquals(2, damaged.status(), damaged.err());
    assertTrue(damaged.err().contains("deductions.csv") && damaged.err().contains("line 2"), damaged.err());
    // The ledger is read while the input is: with both broken, the input's error is the one reported.
    Path badInput = tmp.resolve("bad");
    write(badInput, "deductions.csv", DEDUCTIONS_HEADER + ",amount", "D-1,K1,2026-03-15,PENALTY,,10.00,CNY,20.00");
    Run both = review("--data", badInput.toString(), "--ledger", tmp.resolve("out1/ledger").toString());
    assertEquals(2, both.status(), both.err());
    assertEquals("Malformed input: deductions.csv line 1, column 'amount': the header names this column twice",
        both.err().strip());
  }

  @Test
  void anAuthorizationListedAfterItsClaims_matchesThemNextWeek_asOneRunWould() throws Exception {
    // Week 1's export does not list AU-L and AU-R yet; the retailer already deducted against both.
    String late = "AU-L,K1,DISPLAY_FEE,,2026-03-01,2026-03-31,812.34,CNY";
    String lateRef = "AU-R,K1,PROMOTION,PRM-2026-0000003,2026-03-01,2026-03-31,500.00,CNY";
    String dl = "DL-1,K1,2026-03-09,display_fee,,812.34,CNY";
    String dr = "DR-1,K1,2026-03-09,promotion,PRM/2026/3,500.00,CNY";
    String dz = "DZ-1,K1,2026-03-16,promotion,,77.00,CNY";
    Path week1 = tmp.resolve("late1");
    write(week1, "authorizations.csv", concat(AUTHORIZATIONS_HEADER, AUTHORIZATIONS));
    write(week1, "deductions.csv", concat(DEDUCTIONS_HEADER, dl, dr));
    Path week2 = tmp.resolve("late2");
    write(week2, "authorizations.csv", concat(AUTHORIZATIONS_HEADER, AUTHORIZATIONS[0], AUTHORIZATIONS[1], late,
        lateRef));
    write(week2, "deductions.csv", concat(DEDUCTIONS_HEADER, dz));
    Run first = review("--data", week1.toString(), "--out", tmp.resolve("l1").toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(lines("l1/deduction-results.csv").contains("DL-1,CNY,UNAUTHORIZED,0.00,812.34,0.00,0.00,,this,,"));
    Run second = review("--data", week2.toString(), "--ledger", tmp.resolve("l1/ledger").toString(),
        "--out", tmp.resolve("l2").toString());
    assertEquals(0, second.status(), second.err());
    assertEquals(List.of(
        "deduction_id,currency,state,matched_amount,disputed_amount,written_off_amount,unresolved_amount,"
            + "authorization_ids,remittance,candidates,duplicate_of",
        "DZ-1,CNY,UNAUTHORIZED,0.00,77.00,0.00,0.00,,this,,",
        "DL-1,CNY,VALID,812.34,0.00,0.00,0.00,AU-L,earlier,,",
        "DR-1,CNY,VALID,500.00,0.00,0.00,0.00,AU-R,earlier,,"), lines("l2/deduction-results.csv"));
    Path both = tmp.resolve("late-both");
    write(both, "authorizations.csv", concat(AUTHORIZATIONS_HEADER, AUTHORIZATIONS[0], AUTHORIZATIONS[1], late,
        lateRef));
    write(both, "deductions.csv", concat(DEDUCTIONS_HEADER, dl, dr, dz));
    Run once = review("--data", both.toString(), "--out", tmp.resolve("l-once").toString());
    assertEquals(0, once.status(), once.err());
    Map<String, String> weekly = decisions(lines("l1/deduction-results.csv"));
    weekly.putAll(decisions(lines("l2/deduction-results.csv")));
    assertEquals(decisions(lines("l-once/deduction-results.csv")), weekly);
  }

  @Test
  void anUnresolvedClaim_listsItsCandidates_andARepeatedClaimTheDeductionItRepeats() throws Exception {
    // DU-1 (300.00, no reference) equals AU-A and AU-B alike; DP-2 repeats DP-1's claim.
    Path data = tmp.resolve("candidates");
    write(data, "authorizations.csv", concat(AUTHORIZATIONS_HEADER,
        "AU-B,K1,DISPLAY_FEE,,2026-03-01,2026-03-31,300.00,CNY",
        "AU-A,K1,DISPLAY_FEE,,2026-03-01,2026-03-31,300.00,CNY",
        "AU-P,K1,PROMOTION,PRM-77,2026-03-01,2026-03-31,900.00,CNY"));
    write(data, "deductions.csv", concat(DEDUCTIONS_HEADER, "DU-1,K1,2026-03-09,display_fee,,300.00,CNY",
        "DP-2,K1,2026-03-10,promotion,prm 77,100.00,CNY", "DP-1,K1,2026-03-09,promotion,PRM-77,100.00,CNY",
        "DP-1,K1,2026-03-01,promotion,PRM-78,50.00,CNY"));
    Run run = review("--data", data.toString(), "--out", tmp.resolve("c1").toString());
    assertEquals(0, run.status(), run.err());
    List<String> results = lines("c1/deduction-results.csv");
    // By id whatever the input's order; the second DP-1 (a repeated id) is a rejected line, not a result.
    assertEquals(List.of("deduction_id", "DP-1", "DP-2", "DU-1"), results.stream().map(l -> l.split(",")[0]).toList());
    assertTrue(lines("c1/rejected-lines.csv").stream().anyMatch(l -> l.contains("DP-1")), "the repeated id");
    assertTrue(results.contains("DU-1,CNY,UNRESOLVED,0.00,0.00,0.00,300.00,,this,AU-A;AU-B,")
        || results.contains("DU-1,CNY,UNRESOLVED,0.00,0.00,0.00,300.00,,this,AU-B;AU-A,"), results.toString());
    assertTrue(results.contains("DP-2,CNY,DUPLICATE,0.00,100.00,0.00,0.00,,this,,DP-1"), results.toString());
    assertTrue(results.contains("DP-1,CNY,VALID,100.00,0.00,0.00,0.00,AU-P,this,,"), results.toString());
  }

  @Test
  void aRepeatRemittedLaterButDatedEarlier_isNeverTheClaimsOwner_acrossLedgerFiles() throws Exception {
    // A reviewer's case: DZ-1 (1 May) repeats DZ-2 (10 May) a week later; DZ-3 repeats the claim again.
    String auth = "AZ-0,K1,PROMOTION,OTHER,2026-04-01,2026-04-30,5.00,CNY";
    String[][] weeks = {{"DZ-2,K1,2026-05-10,promotion,KREF-1,10.00,CNY"},
        {"DZ-1,K1,2026-05-01,promotion,KREF-1,10.00,CNY"}, {"DZ-3,K1,2026-05-20,promotion,kref 1,10.00,CNY"}};
    String ledger = null;
    List<String> results = null;
    for (int w = 0; w < weeks.length; w++) {
      Path week = tmp.resolve("z" + w);
      write(week, "authorizations.csv", concat(AUTHORIZATIONS_HEADER, auth));
      write(week, "deductions.csv", concat(DEDUCTIONS_HEADER, weeks[w]));
      List<String> args = new java.util.ArrayList<>(List.of("--data", week.toString(), "--out",
          tmp.resolve("z" + w + "-out").toString()));
      if (ledger != null) {
        args.addAll(List.of("--ledger", ledger));
      }
      Run run = review(args.toArray(new String[0]));
      assertEquals(0, run.status(), run.err());
      ledger = tmp.resolve("z" + w + "-out/ledger").toString();
      results = lines("z" + w + "-out/deduction-results.csv");
      if (w == 1) {
        assertTrue(results.contains("DZ-1,CNY,DUPLICATE,0.00,10.00,0.00,0.00,,this,,DZ-2"), results.toString());
        // The desk is told that this week reaches back before what the ledger has seen.
        assertTrue(run.out().contains("CNY: 1 deduction(s) of this remittance are dated before 2026-05-10, the latest"
            + " deduction of the ledger (--ledger)"), run.out());
      } else {
        assertTrue(!run.out().contains("are dated before"), run.out());
      }
    }
    assertTrue(results.contains("DZ-3,CNY,DUPLICATE,0.00,10.00,0.00,0.00,,this,,DZ-2"), results.toString());
  }

  private Path data(String name, String... deductions) throws Exception {
    Path folder = tmp.resolve(name);
    write(folder, "authorizations.csv", concat(AUTHORIZATIONS_HEADER, AUTHORIZATIONS));
    write(folder, "deductions.csv", concat(DEDUCTIONS_HEADER, deductions));
    return folder;
  }

  private static String[] concat(String header, String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = header;
    System.arraycopy(lines, 0, all, 1, lines.length);
    return all;
  }

  private List<String> lines(String file) throws Exception {
    return Files.readAllLines(tmp.resolve(file));
  }

  /** Deduction id to its result without the remittance column. */
  private static Map<String, String> decisions(List<String> results) {
    Map<String, String> byId = new TreeMap<>();
    for (String line : results.subList(1, results.size())) {
      // Every column but remittance (this or earlier), the ninth.
      List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(8);
      byId.put(cells.get(0), String.join(",", cells));
    }
    return byId;
  }
}
