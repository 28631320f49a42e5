package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every currency is matched on its own, with a policy in that currency; nothing is dropped. */
class ReviewCurrenciesTest {

  @TempDir Path tmp;

  @Test
  void deductionsAndAuthorizations_areMatchedPerCurrency() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "authorizations.csv", AUTHORIZATIONS_HEADER,
        "AU-1,K1,PROMOTION,P-100,2026-01-01,2026-01-31,1000.00,USD",
        "AU-2,K1,PROMOTION,P-200,2026-01-01,2026-01-31,700.00,CNY",
        "AU-3,K2,DISPLAY_FEE,,2026-01-01,2026-03-31,5000,JPY");
    // The first line is USD: before, the whole run took USD and rejected every CNY and JPY line.
    write(data, "deductions.csv", DEDUCTIONS_HEADER,
        "D-1,K1,2026-02-10,PROMOTION,P-100,1000.00,USD",
        "D-2,K1,2026-02-10,PROMOTION,P-200,700.00,CNY",
        "D-3,K2,2026-02-10,DISPLAY_FEE,,5000,JPY",
        "D-4,K1,2026-02-11,PENALTY,,80.00,CNY");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
        "deduction_id,currency,state,matched_amount,disputed_amount,written_off_amount,unresolved_amount,"
            + "authorization_ids,remittance,candidates,duplicate_of",
        "D-1,USD,VALID,1000.00,0.00,0.00,0.00,AU-1,this,,",
        "D-2,CNY,VALID,700.00,0.00,0.00,0.00,AU-2,this,,",
        "D-3,JPY,VALID,5000,0,0,0,AU-3,this,,",
        "D-4,CNY,UNAUTHORIZED,0.00,80.00,0.00,0.00,,this,,"),
        Files.readAllLines(tmp.resolve("out/deduction-results.csv")));
    for (String currency : List.of("CNY", "JPY", "USD")) {
      assertTrue(run.out().contains("Deduction matching (扣款核对), " + currency), run.out());
    }
    assertTrue(run.out().contains("= total deducted       CNY 780.00"), run.out());
    assertTrue(run.out().contains("= total deducted       USD 1,000.00"), run.out());
    assertTrue(!run.out().contains("Rejected lines"), run.out());
  }

  @Test
  void aRejectedLine_isReportedAtItsOwnLine_whenItsIdRepeats() throws Exception {
    // The same id on several lines: the line rejected is the one reported, in one currency and in several.
    for (String otherCurrency : List.of("CNY", "USD")) {
      Path data = tmp.resolve("data-" + otherCurrency);
      write(data, "authorizations.csv", AUTHORIZATIONS_HEADER,
          "AU-1,K1,PROMOTION,P-100,2026-01-01,2026-01-31,100.00,CNY");
      write(data, "deductions.csv", DEDUCTIONS_HEADER,
          "D-0,K1,2026-02-10,PROMOTION,,5.00," + otherCurrency,
          "D-1,K1,1899-06-25,PROMOTION,P-100,100.00," + otherCurrency,
          "D-1,K1,2026-02-10,PROMOTION,P-100,100.00,CNY",
          "D-2,K1,2026-02-10,PROMOTION,P-100,-3.00," + otherCurrency);
      Run run = review("--data", data.toString(), "--out", tmp.resolve("out-" + otherCurrency).toString());
      assertEquals(0, run.status(), run.err());
      List<String> rejected = Files.readAllLines(tmp.resolve("out-" + otherCurrency + "/rejected-lines.csv"));
      assertEquals(3, rejected.size(), rejected.toString());
      assertTrue(rejected.get(1).startsWith("deductions.csv,3,D-1,"), rejected.toString());
      assertTrue(rejected.get(2).startsWith("deductions.csv,5,D-2,"), rejected.toString());
    }
  }

  @Test
  void theReasonOfARepeatedId_namesTheFilesLines_notPositionsInALateList() throws Exception {
    // Each currency's lines go to the matcher as their own list: the reason names the lines of the file.
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER,
        "D-1,K1,2026-02-10,PROMOTION,,10.00,CNY",
        "D-0,K1,2026-02-10,PROMOTION,,1.00,CNY",
        "D-1,K1,2026-02-10,PROMOTION,,1.00,CNY",
        "D-3,K1,2026-02-10,PROMOTION,,1.00,USD",
        "D-4,K1,2026-02-10,PROMOTION,,1.00,USD",
        "D-4,K1,2026-02-11,PROMOTION,,1.00,USD");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("file,line,id,reason",
        "deductions.csv,4,D-1,The line must have a unique id but has value 'D-1' (the id of line 2)",
        "deductions.csv,7,D-4,The line must have a unique id but has value 'D-4' (the id of line 6)"),
        Files.readAllLines(tmp.resolve("out/rejected-lines.csv")));
  }

  @Test
  void anIdThatLooksLikeAPosition_isQuotedAsItIs() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER,
        "deductions[1],K1,2026-02-10,PROMOTION,,10.00,CNY",
        "deductions[1],K1,2026-02-10,PROMOTION,,1.00,CNY");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("file,line,id,reason", "deductions.csv,3,deductions[1],The line must have a unique id but has"
        + " value 'deductions[1]' (the id of line 2)"), Files.readAllLines(tmp.resolve("out/rejected-lines.csv")));
  }

  @Test
  void anAccountInAnotherCurrency_isListedWithItsProblem() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "accounts.csv", ACCOUNTS_HEADER,
        "X1,Dollar chain,USD,600000,0.2,30,22%,40%,20,OUTSTANDING",
        "X2,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING",
        "X2,Twice,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    List<String> lines = Files.readAllLines(tmp.resolve("out/account-evaluations.csv"));
    assertEquals("account_id,attractiveness,support,quadrant,problem", lines.get(0));
    assertEquals(List.of("X1", "X2", "X2"), lines.stream().skip(1).map(l -> l.substring(0, 2))
        .collect(Collectors.toList()));
    assertTrue(lines.get(1).startsWith("X1,,,,") && lines.get(1).contains("USD"), lines.get(1));
    assertEquals("X2,100.0,100.0,STAR,", lines.get(2));
    assertTrue(lines.get(3).startsWith("X2,,,,") && lines.get(3).contains("must have a unique id but has value 'X2' (the id of portfolio[1])"), lines.get(3));
    assertTrue(run.out().contains("Not evaluated"), run.out());
  }
}
