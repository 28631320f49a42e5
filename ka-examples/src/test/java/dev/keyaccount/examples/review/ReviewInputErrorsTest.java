package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.AUTHORIZATIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.DEDUCTIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the review cannot read: exit status 2 and one line naming the file and line, no stack trace. */
class ReviewInputErrorsTest {

  @TempDir Path tmp;

  private Run runOn(Path data) {
    return review("--data", data.toString(), "--out", tmp.resolve("out").toString());
  }

  private void assertInputError(Run run, String expected) {
    assertEquals(2, run.status(), run.err());
    assertEquals("Malformed input: " + expected, run.err().strip());
    assertFalse(Files.exists(tmp.resolve("out")), "no output");
  }

  @Test
  void utf8ByteOrderMark_isAccepted() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "accounts.csv", "\uFEFF" + ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = runOn(data);
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(tmp.resolve("out/account-evaluations.csv")).contains("X1,100.0,100.0,STAR"));
  }

  @Test
  void accountWholeNumbersBeyondTheirBound_areInputErrors() throws Exception {
    // Days and SKUs are whole numbers from 0 to 1,000,000, as the README's type table says.
    Path data = tmp.resolve("data");
    write(data, "accounts.csv", ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,1000001,22%,40%,20,OUTSTANDING");
    assertInputError(runOn(data), "accounts.csv line 2, column 'dso_days', value '1000001': expected a whole number"
        + " from 0 to 1000000");
    write(data, "accounts.csv", ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,30,22%,40%,-5,OUTSTANDING");
    assertInputError(runOn(data), "accounts.csv line 2, column 'listed_skus', value '-5': expected a whole number"
        + " from 0 to 1000000");
  }

  @Test
  void repeatedHeaderName_isRejectedNamingIt() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER + ",amount", "D-1,K1,2026-03-15,PENALTY,,10.00,CNY,20.00");
    assertInputError(runOn(data), "deductions.csv line 1, column 'amount': the header names this column twice");
  }

  @Test
  void bothLargeFilesMalformed_theAuthorizationsAreReportedFirst_asIfReadOneAfterTheOther() throws Exception {
    // The deductions are read on a second thread; the failure reported is still the first in file order.
    Path data = tmp.resolve("data");
    write(data, "authorizations.csv", AUTHORIZATIONS_HEADER + ",type");
    write(data, "deductions.csv", DEDUCTIONS_HEADER + ",amount", "D-1,K1,2026-03-15,PENALTY,,10.00,CNY,20.00");
    assertInputError(runOn(data), "authorizations.csv line 1, column 'type': the header names this column twice");
    Files.delete(data.resolve("authorizations.csv"));
    assertInputError(runOn(data), "deductions.csv line 1, column 'amount': the header names this column twice");
  }

  @Test
  void unterminatedQuote_isReportedAtItsLine() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER, "D-1,K1,2026-03-15,PENALTY,,10.00,CNY",
        "D-2,K1,2026-03-15,PENALTY,\"P-1,10.00,CNY", "D-3,K1,2026-03-15,PENALTY,,10.00,CNY");
    assertInputError(runOn(data), "deductions.csv line 3: malformed CSV: a quoted cell is never closed (a \" is missing)");
  }

  @Test
  void multiLineQuotedCell_errorsNameTheRecordsFirstLine() throws Exception {
    Path data = tmp.resolve("data");
    // The cell spanning lines is in a trailing unnamed column, which the review does not read.
    write(data, "deductions.csv", DEDUCTIONS_HEADER + ",", "D-1,K1,2026-03-15,PENALTY,,10.00,CNY,\"a\nnote\"", "",
        "D-2,K1,2026-13-15,PENALTY,,10.00,CNY,");
    assertInputError(runOn(data), "deductions.csv line 5, column 'date', value '2026-13-15': expected an ISO date"
        + " yyyy-MM-dd");
  }

  @Test
  void strayQuoteClosedLinesLater_isRefusedNamingItsLines_notSwallowingThem() throws Exception {
    // A retailer's "PRM-2 with no closing quote, closed by a stray quote two lines later: as CSV, one
    // record whose reference holds lines 3 to 5. D-3 and D-4 would vanish into it; the run refuses it.
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER, "D-1,K1,2026-03-15,PENALTY,,10.00,CNY",
        "D-2,K1,2026-03-15,PROMOTION,\"PRM-2,10.00,CNY", "D-3,K1,2026-03-15,PROMOTION,PRM-3,10.00,CNY",
        "D-4,K1,2026-03-15,PROMOTION,PRM-4\",10.00,CNY", "D-5,K1,2026-03-15,PENALTY,,10.00,CNY");
    String swallowed = "a quoted cell runs from line %d to line %d and holds whole lines: probably a quote left"
        + " open (a quote inside a cell is written as two, \"\"; a cell with line breaks holds fewer commas than a"
        + " record)";
    assertInputError(runOn(data), "deductions.csv line 3, column 'reference', value 'PRM-2,10.00,CNY⏎D-3,K1,"
        + "2026-03-15,PROMOTION,PRM-3,10.00,CNY⏎D-4,K1,2026-03-15,PROMOTION,PRM-4': " + String.format(swallowed, 3, 5));
    // Closed on the next line: the two halves hold one record's commas between them.
    write(data, "deductions.csv", DEDUCTIONS_HEADER, "D-2,K1,2026-03-15,PROMOTION,\"PRM-2,10.00,CNY",
        "D-3,K1,2026-03-15,PROMOTION,PRM-3\",10.00,CNY");
    assertInputError(runOn(data), "deductions.csv line 2, column 'reference', value 'PRM-2,10.00,CNY⏎D-3,K1,"
        + "2026-03-15,PROMOTION,PRM-3': " + String.format(swallowed, 2, 3));
  }

  @Test
  void nonUtf8Bytes_areRejectedWithFileAndLine() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((DEDUCTIONS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    // Far enough that a read-ahead buffer would have hidden the line.
    for (int i = 1; i <= 5_000; i++) {
      bytes.writeBytes(("D-" + i + ",K1,2026-03-15,PENALTY,,10.00,CNY\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes("D-X,Caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);  // 'é' in Latin-1
    bytes.writeBytes(",2026-03-15,PENALTY,,10.00,CNY\n".getBytes(StandardCharsets.UTF_8));
    Files.write(data.resolve("deductions.csv"), bytes.toByteArray());
    assertInputError(runOn(data), "deductions.csv line 5002: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
  }

  @Test
  void folderNamedLikeAnInputFile_isAnError() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data/deductions.csv")).getParent();
    assertInputError(runOn(data), "deductions.csv: is a folder, not a CSV file");
  }

  @Test
  void missingDataFolder_isAnInputError() {
    Path data = tmp.resolve("nowhere");
    assertInputError(runOn(data), "--data " + data + ": no such folder");
  }

  @Test
  void dataIsAFile_isAnInputError() throws Exception {
    Path data = write(tmp, "data.csv", "x");
    assertInputError(runOn(data), "--data " + data + ": not a folder");
  }

  @Test
  void unreadableDataFolder_isAnInputError() throws Exception {
    assumeFalse(ReviewRuns.isRoot(), "root reads any folder");
    Path data = tmp.resolve("data");
    write(data, "accounts.csv", ACCOUNTS_HEADER);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("---------"));
    try {
      assertInputError(runOn(data), "--data " + data + ": the folder cannot be read: permission denied");
    } finally {
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void unreadableInputFile_isAnInputError() throws Exception {
    assumeFalse(ReviewRuns.isRoot(), "root reads any file");
    Path data = tmp.resolve("data");
    Path file = write(data, "accounts.csv", ACCOUNTS_HEADER);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assertInputError(runOn(data), "accounts.csv: cannot be read: permission denied");
  }

  @Test
  void hostileValue_isCutAndMadeSafeInTheMessage() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER, "D-1,K1,9\u001b[2J" + "9".repeat(500) + ",PENALTY,,10.00,CNY");
    Run run = runOn(data);
    assertEquals(2, run.status());
    assertFalse(run.err().contains("\u001b"), run.err());
    assertTrue(run.err().contains("value '9\\u001B[2J999"), run.err());
    assertTrue(run.err().contains("… (505 characters)"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }
}
