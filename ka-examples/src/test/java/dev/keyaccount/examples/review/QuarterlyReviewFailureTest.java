package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import dev.keyaccount.examples.review.csv.InputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure ends as one line and an exit status; the stack trace only with --debug. */
class QuarterlyReviewFailureTest {

  private static String[] guarded(IntSupplier body, boolean debug) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = QuarterlyReview.guarded(body, new PrintStream(err, true, StandardCharsets.UTF_8), debug, null, null);
    return new String[] {String.valueOf(status), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void outOfMemory_isOneLineAndStatus3() {
    String[] run = guarded(() -> {
      throw new OutOfMemoryError("Java heap space");
    }, false);
    assertEquals("3", run[0]);
    assertTrue(run[1].strip().startsWith("Error: out of memory with a heap of "), run[1]);
    // No input to size a heap from: twice the heap that ran out, in whole gigabytes.
    long gib = 1024L * 1024 * 1024;
    long twice = Math.max(2, 2 * ((Runtime.getRuntime().maxMemory() + gib - 1) / gib));
    assertTrue(run[1].strip().endsWith("; run again with more, such as java -Xmx" + twice + "g -jar ka-review.jar ...,"
        + " or split the input files; nothing was written"), run[1]);
    assertEquals(1, run[1].strip().lines().count());
  }

  @Test
  void outOfMemory_namesTheInputAndAHeapFromItsSize(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.write(dir.resolve("deductions.csv"), new byte[150 * 1024 * 1024 / 100]);
    // 1.5 MB of input: 16 times is 24 MB, less than the heap, so twice the heap is suggested, and a cell
    // far larger than the rest is named as the likelier cause.
    String note = " (their size asks for no more than this heap: look for a cell or a line far larger than the rest,"
        + " such as a workbook cell that expands from a small file)";
    assertEquals("Error: out of memory with a heap of 1024 MB on 2 MB of input in " + dir + "; run again with more,"
        + " such as java -Xmx2g -jar ka-review.jar ..., or split the input files" + note + "; nothing was written",
        QuarterlyReview.outOfMemory(dir, null, 1024L * 1024 * 1024));
    // The same input at a heap of 3 GB: 6 GB, never less than the heap that ran out.
    assertTrue(QuarterlyReview.outOfMemory(dir, null, 3072L * 1024 * 1024).contains("such as java -Xmx6g "));
    // An earlier ledger's files count as input, and are named.
    java.nio.file.Path ledger = java.nio.file.Files.createDirectory(dir.resolve("ledger"));
    java.nio.file.Files.write(ledger.resolve("deductions.csv"), new byte[1024 * 1024]);
    assertTrue(QuarterlyReview.outOfMemory(dir, ledger, 1024L * 1024 * 1024).contains("on 3 MB of input in " + dir
        + " and the ledger " + ledger + ";"), QuarterlyReview.outOfMemory(dir, ledger, 1024L * 1024 * 1024));
    // The built-in sample with a ledger: the ledger alone is measured, and named alone.
    assertTrue(QuarterlyReview.outOfMemory(null, ledger, 1024L * 1024 * 1024).contains("on 1 MB of input in the"
        + " ledger " + ledger + ";"), QuarterlyReview.outOfMemory(null, ledger, 1024L * 1024 * 1024));
    java.io.RandomAccessFile big = new java.io.RandomAccessFile(dir.resolve("authorizations.csv").toFile(), "rw");
    big.setLength(140L * 1024 * 1024);
    big.close();
    // 141.5 MB: 16 times is 2.2 GB, rounded up to 3 GB.
    assertTrue(QuarterlyReview.outOfMemory(dir, null, 1024L * 1024 * 1024).contains("on 142 MB of input in " + dir
        + "; run again with more, such as java -Xmx3g "), QuarterlyReview.outOfMemory(dir, null, 1024L * 1024 * 1024));
  }

  @Test
  void unexpectedFailure_isOneLine_andTheStackTraceComesWithDebug() {
    IntSupplier failing = () -> {
      throw new IllegalStateException("bug \u001b[31m");
    };
    String[] quiet = guarded(failing, false);
    assertEquals("1", quiet[0]);
    assertEquals("Error: unexpected failure (IllegalStateException: bug \\u001B[31m); run with --debug for details",
        quiet[1].strip());
    String[] debug = guarded(failing, true);
    assertTrue(debug[1].contains("\tat dev.keyaccount.examples.review.QuarterlyReviewFailureTest"), debug[1]);
  }

  @Test
  void inputError_isStatus2() {
    String[] run = guarded(() -> {
      throw new InputException("deductions.csv", 3, "amount", "x", "expected a plain decimal such as 1234.50");
    }, false);
    assertEquals("2", run[0]);
    assertEquals("Malformed input: deductions.csv line 3, column 'amount', value 'x': expected a plain decimal such as"
        + " 1234.50", run[1].strip());
  }

  @Test
  void outputThatCannotBeWritten_isOneLineAndStatus1(@TempDir Path tmp) throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out/review.html"));
    Run run = review("--out", out.getParent().toString());
    assertEquals(1, run.status());
    assertEquals("Error: Cannot write review.html to " + out.getParent().toAbsolutePath() + ": a folder of that name"
        + " is in the way; no output file was changed", run.err().strip());
  }

  @Test
  void debugOption_isListed() {
    assertTrue(review("--help").out().contains("--debug"));
  }
}
