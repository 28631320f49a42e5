package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.DEDUCTIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import dev.keyaccount.examples.review.report.ConsoleText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the review prints and the page it writes: terminal-safe and bounded at any input size. */
class ReviewConsoleTest {

  @TempDir Path tmp;

  @Test
  void controlAndBidiCharacters_neverReachTheTerminal() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "accounts.csv", ACCOUNTS_HEADER,
        "X1,\"Evil\u001b]0;owned\u0007 chain\u009b31m \u202Egnp.exe\u2066\",CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    write(data, "deductions.csv", DEDUCTIONS_HEADER, "D\u001b[2J1,K1,2026-03-15,PENALTY,,10.00,CNY",
        "D\u00002,K1,2026-03-15,PENALTY,,-10.00,CNY");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    for (char c : new char[] {'\u001b', '\u0007', '\u009b', '\u202E', '\u2066', '\u0000'}) {
      assertFalse(run.out().indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " reached the terminal");
      assertFalse(run.err().indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " reached stderr");
    }
    assertTrue(run.out().contains("Evil\\u001B]0;owned\\u0007 chain\\u009B31m \\u202Egnp.exe\\u2066"), run.out());
    assertTrue(run.out().contains("D\\u001B[2J1"), run.out());
    String html = Files.readString(tmp.resolve("out/review.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("\u001b") || html.contains("\u202E"), "the page is safe too");
    // The CSV keeps the data as read.
    assertTrue(Files.readString(tmp.resolve("out/deduction-results.csv")).contains("D\u001b[2J1"));
  }

  @Test
  void consoleText_escapesEveryControlKind_andCutsLongCells() {
    assertEquals("a\\u001Bb\\u0085c\\u200Fd\\u2028e\\uFEFFf", ConsoleText.safe("a\u001bb\u0085c\u200Fd\u2028e\uFEFFf"));
    assertEquals("客户 A ok", ConsoleText.safe("客户 A ok"));
    // Fillers that draw nothing: a name of them alone would look blank.
    assertEquals("A\\u3164\\u115F\\u034F", ConsoleText.safe("A\u3164\u115F\u034F"));
    assertEquals("한국 ❤\uFE0F", ConsoleText.safe("한국 ❤\uFE0F"), "Hangul and an emoji's variation selector are kept");
    String cell = ConsoleText.cell("x".repeat(500));
    assertEquals(ConsoleText.MAX_CELL, cell.length());
    assertTrue(cell.endsWith("…"));
  }

  @Test
  void atScale_theConsoleIsASummary_andThePageIsBounded() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    StringBuilder csv = new StringBuilder(DEDUCTIONS_HEADER).append('\n');
    for (int i = 1; i <= 20_000; i++) {
      csv.append("D-").append(i).append(",K1,2026-03-15,PENALTY,,").append(i % 7 == 0 ? "-1" : "10").append(".00,CNY\n");
    }
    Files.writeString(data.resolve("deductions.csv"), csv, StandardCharsets.UTF_8);
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().lines().count() < 400, "bounded: " + run.out().lines().count() + " lines");
    assertTrue(run.out().matches("(?s).*\\n  UNAUTHORIZED +17143 +CNY 171,430\\.00\\n.*"), run.out());
    assertTrue(run.out().contains("… 17093 more rows (all of them in deduction-results.csv with --out)"), run.out());
    assertTrue(run.out().contains("… 2807 more rows (all of them in rejected-lines.csv with --out)"), run.out());
    assertEquals(17_144, Files.readAllLines(tmp.resolve("out/deduction-results.csv")).size());
    assertEquals(2_858, Files.readAllLines(tmp.resolve("out/rejected-lines.csv")).size());
    String html = Files.readString(tmp.resolve("out/review.html"));
    assertTrue(html.contains("16143 more rows in deduction-results.csv"), "bounded page");
    Matcher rows = Pattern.compile("<tr>").matcher(html);
    int count = 0;
    while (rows.find()) {
      count++;
    }
    assertTrue(count < 2_200, count + " table rows in the page");
    long bytes = Files.size(tmp.resolve("out/review.html"));
    assertTrue(bytes < 2_000_000, bytes + " bytes");
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-deduction-states-cny\""),
        "the chart of the deduction states");
  }
}
