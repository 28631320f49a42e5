package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a careless or hostile user gives the review, on a copy of the built-in sample: a rejected line
 * never chooses the quarter, a repeated id keeps its first line, an id cell that swallowed the next line
 * or a pipe in place of a file stops the run with the file named, a period beyond the data's dates is
 * refused, and one account beyond a calculator's bound does not take the others out of its section.
 */
class ReviewHostileInputTest {

  @TempDir Path tmp;

  private Path sample() throws IOException {
    return ReviewSampleFilesTest.copySample(tmp.resolve("data"));
  }

  private static void append(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private Run runOn(Path data, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "--data";
    args[1] = data.toString();
    args[2] = "--out";
    args[3] = tmp.resolve("out").toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return review(args);
  }

  private static String firstLine(Run run) {
    return run.out().lines().findFirst().orElse("");
  }

  @Test
  void rejectedDeductionLines_doNotChooseTheQuarter() throws Exception {
    Path data = sample();
    String title = firstLine(runOn(data));
    assertTrue(title.contains("2026-Q2"), title);
    append(data.resolve("deductions.csv"),
        "DX-1,A,+9999999-06-28,PRM,,1.00,CNY",      // beyond the matcher's dates
        "DX-2,,2199-11-30,PRM,,1.00,CNY",           // a blank account
        "DX-3,A,2150-01-01,PRM,,-5.00,CNY",         // a negative amount
        "DX-4,A,2160-01-01,PRM,,0.001,CNY",         // below the minor unit
        "DD-01,A,2170-06-30,PRM,,10.00,CNY");       // an id repeating line 2's
    Run run = runOn(data);
    assertEquals(0, run.status(), run.err());
    assertEquals(title, firstLine(run));
    String rejected = Files.readString(tmp.resolve("out/rejected-lines.csv"));
    for (String id : List.of("DX-1", "DX-2", "DX-3", "DX-4", "DD-01")) {
      assertTrue(rejected.contains("," + id + ","), id + " in " + rejected);
    }
  }

  @Test
  void anAcceptedLineOfALaterQuarter_doesChooseIt() throws Exception {
    Path data = sample();
    append(data.resolve("deductions.csv"), "DX-1,A,2026-08-03,PRM,,1.00,CNY");
    assertTrue(firstLine(runOn(data)).contains("2026-Q3"), firstLine(runOn(data)));
  }

  @Test
  void aRepeatedAuthorizationId_keepsItsFirstLine() throws Exception {
    Path data = sample();
    Path before = tmp.resolve("before");
    assertEquals(0, review("--data", data.toString(), "--out", before.toString()).status());
    append(data.resolve("authorizations.csv"), "AU-01,A,PROMOTION,ZZ,2026-06-01,2026-06-21,9.00,CNY");
    Run run = runOn(data);
    assertEquals(0, run.status(), run.err());
    assertEquals(Files.readString(before.resolve("deduction-results.csv")),
        Files.readString(tmp.resolve("out/deduction-results.csv")));
    String rejected = Files.readString(tmp.resolve("out/rejected-lines.csv"));
    assertTrue(rejected.contains("authorizations.csv,16,AU-01,"), rejected);
  }

  @Test
  void aQuoteLeftOpenInAReference_stopsTheRunAtItsLine() throws Exception {
    Path data = sample();
    append(data.resolve("deductions.csv"), "D1,A,2026-06-28,PRM,\"PRM-2", "D2,B,2026-06-28,PRM,PRM-3\",5.00,CNY");
    Run run = runOn(data);
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("Malformed input: deductions.csv line 21, column 'reference'"), run.err());
    assertTrue(run.err().contains("a quoted cell runs from line 21 to line 22"), run.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aPipeInPlaceOfAFile_isRefusedWithoutWaiting() throws Exception {
    Path data = sample();
    Files.delete(data.resolve("deductions.csv"));
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", data.resolve("deductions.csv").toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available here");
    Run run = runOn(data);
    assertEquals(2, run.status(), run.err());
    assertEquals("Malformed input: deductions.csv: is not a regular file (a pipe or a device?)", run.err().strip());
  }

  @Test
  void aPeriodBeyondTheDatesOfTheData_isAUsageError() throws Exception {
    Path data = sample();
    for (String[] option : List.of(new String[] {"--as-of", "+9999999-06-30"}, new String[] {"--as-of", "2026-13-01"},
        new String[] {"--as-of", "1800-01-01"}, new String[] {"--quarter", "0000-Q1"})) {
      Run run = runOn(data, option);
      assertEquals(2, run.status(), String.join(" ", option) + ": " + run.err());
      String first = run.err().lines().findFirst().orElse("");
      assertTrue(first.contains("expected a "), first);
      assertFalse(first.contains("java."), first);
    }
  }

  @Test
  void anAccountBeyondTheRankingsBound_isNamed_andTheOthersRanked() throws Exception {
    Path data = sample();
    append(data.resolve("accounts.csv"), "BIG,big,CNY,999999999999999.99,100%,1000,100%,100%,1000,OUTSTANDING");
    Run run = runOn(data);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("CNY: account BIG left out of the ranking: Argument 'sales' must not exceed 10^13"),
        run.out());
    String keyAccounts = Files.readString(tmp.resolve("out/key-accounts.csv"));
    assertTrue(keyAccounts.lines().anyMatch(l -> l.contains(",A,")), keyAccounts);
    // Listed after the ranked accounts of its currency, unranked, with the reason.
    assertTrue(keyAccounts.contains("\nCNY,,BIG,999999999999999.99,,,,STAR,Argument 'sales' must not exceed 10^13"),
        keyAccounts);
    // A currency whose only account the ranking cannot take has no ranking, and the account is listed still.
    append(data.resolve("accounts.csv"), "USBIG,big,USD,999999999999999.99,100%,1000,100%,100%,1000,OUTSTANDING");
    assertEquals(0, runOn(data).status());
    assertTrue(Files.readString(tmp.resolve("out/key-accounts.csv")).contains("\nUSD,,USBIG,999999999999999.99,,,,"),
        Files.readString(tmp.resolve("out/key-accounts.csv")));
  }
  @Test
  void aLedgerCutShort_isRefused_namingTheLedgerFolder() throws Exception {
    Path data = sample();
    Path first = tmp.resolve("week1");
    assertEquals(0, review("--data", data.toString(), "--out", first.toString()).status());
    Path deductions = first.resolve("ledger/deductions.csv");
    List<String> lines = Files.readAllLines(deductions);
    Files.write(deductions, lines.subList(0, lines.size() - 1));
    Run run = runOn(data, "--ledger", first.resolve("ledger").toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("Malformed input: ledger " + first.resolve("ledger") + ": deductions.csv: "
        + (lines.size() - 2) + " rows where format.txt records " + (lines.size() - 1)), run.err());
  }
  @Test
  void theQuarter_comesFromTheLinesTheMatcherTakes_perCurrency_andNotFromAnEarlierRunsIds() throws Exception {
    // An earlier rejected line does not claim the id: the later line with it is accepted and counts.
    Path data = sample();
    append(data.resolve("deductions.csv"), "DX-9,A,2026-04-01,PRM,,-5.00,CNY", "DX-9,A,2026-08-03,PRM,,10.00,CNY");
    assertTrue(firstLine(runOn(data)).contains("2026-Q3"), firstLine(runOn(data)));
    // The same id in another currency is another deduction (each currency is matched apart).
    data = ReviewSampleFilesTest.copySample(tmp.resolve("data2"));
    append(data.resolve("deductions.csv"), "DX-8,A,2026-04-02,PRM,,5.00,USD", "DX-8,A,2026-08-04,PRM,,10.00,CNY");
    assertTrue(firstLine(runOn(data)).contains("2026-Q3"), firstLine(runOn(data)));
    // An id of the earlier run's ledger is rejected: its later date does not choose the quarter.
    data = ReviewSampleFilesTest.copySample(tmp.resolve("data3"));
    Path week1 = tmp.resolve("week1");
    assertEquals(0, review("--data", data.toString(), "--out", week1.toString()).status());
    Files.writeString(data.resolve("deductions.csv"), ReviewRuns.DEDUCTIONS_HEADER + "\n"
        + "DW-1,A,2026-06-29,PRM,,10.00,CNY\nDD-02,A,2026-09-15,DSP,,10.00,CNY\n");
    Run run = runOn(data, "--ledger", week1.resolve("ledger").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(firstLine(run).contains("2026-Q2"), firstLine(run));
  }

  @Test
  void aMultiLineNameWithACommaAfterItsBreak_isRead() throws Exception {
    Path data = sample();
    append(data.resolve("accounts.csv"), "E,\"Acme\nFoods, Inc.\",CNY,100000.00,5%,30,10%,10%,5,AVERAGE");
    Run run = runOn(data);
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(tmp.resolve("out/account-evaluations.csv")).contains("\nE,"), run.err());
  }
}
