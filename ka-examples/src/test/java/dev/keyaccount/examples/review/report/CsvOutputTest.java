package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Monies;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;

/** The one writer of the review's CSV files. */
class CsvOutputTest {

  private static String write(String text, BigDecimal number) throws Exception {
    StringBuilder out = new StringBuilder();
    try (CsvOutput csv = new CsvOutput(out, "text", "number")) {
      csv.text(text).number(number).endRow();
    }
    return out.toString();
  }

  private static CSVRecord readBack(String csv) throws Exception {
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
        .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      List<CSVRecord> records = parser.getRecords();
      assertEquals(1, records.size(), csv);
      return records.get(0);
    }
  }

  @Test
  void anyText_roundTrips_withTheInjectionPrefixOnly() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(text -> {
      try {
        CSVRecord record = readBack(write(text, BigDecimal.ONE));
        assertEquals(CsvOutput.neutralise(text), record.get("text"));
        assertEquals("1", record.get("number"));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void quotingAndLineEnds() throws Exception {
    assertEquals("text,number\n\"a,b \"\"c\"\"\nd\",-12.50\n", write("a,b \"c\"\nd", new BigDecimal("-12.50")));
  }

  @Test
  void owaspPrefixes() {
    // A text starting with the quote itself is prefixed too, so the rule reverses: strip one leading quote.
    for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted", "'=x", "'")) {
      assertEquals("'" + formula, CsvOutput.neutralise(formula));
      assertEquals(formula, CsvOutput.neutralise(formula).substring(1), "reversible");
    }
    for (String text : List.of("", "1", "a=b", " =x", "x'")) {
      assertEquals(text, CsvOutput.neutralise(text));
    }
    // "=x" and "'=x" no longer read the same.
    org.junit.jupiter.api.Assertions.assertNotEquals(CsvOutput.neutralise("=x"), CsvOutput.neutralise("'=x"));
  }

  @Test
  void negativeNumbers_stayNumbers() throws Exception {
    assertEquals("-5", readBack(write("x", new BigDecimal("-5"))).get("number"));
    assertEquals("1000", readBack(write("x", new BigDecimal("1E+3"))).get("number"));
  }

  @Test
  void anyRow_isTheBytesCommonsCsvWrites() {
    CSVFormat commons = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 12),
        strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 12),
        strings().betweenCodePoints(0x2C, 0x3B).ofLengthBetween(0, 6)).checkAssert((a, b, c) -> {
          try {
            StringBuilder ours = new StringBuilder();
            try (CsvOutput csv = new CsvOutput(ours, "a", "b", "c")) {
              csv.verbatim(a).verbatim(b).verbatim(c).endRow();
              csv.verbatim(c).verbatim(a).verbatim(b).endRow();
            }
            // Commons CSV's bytes, a cell with white space at either end quoted whole (its QuoteMode.ALL),
            // so that a reader that drops spaces around unquoted cells keeps it.
            StringBuilder theirs = new StringBuilder();
            for (String[] record : List.of(new String[] {"a", "b", "c"}, new String[] {a, b, c}, new String[] {c, a, b})) {
              for (int i = 0; i < record.length; i++) {
                String cell = record[i];
                boolean padded = !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                    || Character.isWhitespace(cell.charAt(cell.length() - 1)));
                (padded ? commons.builder().setQuoteMode(QuoteMode.ALL).get() : commons).print(cell, theirs, i == 0);
              }
              theirs.append('\n');
            }
            assertEquals(theirs.toString(), ours.toString());
            // The same through the byte writer of the output folder's files.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer writer = new Utf8Writer(bytes); CsvOutput csv = new CsvOutput(writer, "a", "b", "c")) {
              csv.verbatim(a).verbatim(b).verbatim(c).endRow();
              csv.verbatim(c).verbatim(a).verbatim(b).endRow();
            }
            assertArrayEquals(theirs.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), theirs.toString());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    for (String plain : List.of("D123", "2026-05-31", "1234.50", "CNY", "KA00261", "dsp-12345678", "a_b:c;d/e",
        "prm 2026 2")) {
      assertEquals(true, CsvOutput.needsNoQuotes(plain), plain);
    }
    for (String quoted : List.of(" a", "a ", "a,b", "a\"b", "", "-1")) {
      assertEquals(false, CsvOutput.needsNoQuotes(quoted), quoted);
    }
  }

  @Test
  void emptyCells_areTheirCommaOnly_butAnEmptyFirstCellIsQuoted() throws Exception {
    String expected = "a,b,c\n\"\",,\nx,,\n\"\",,y\n";
    StringBuilder text = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvOutput csv = new CsvOutput(text, "a", "b", "c");
        Utf8Writer writer = new Utf8Writer(bytes); CsvOutput bytesCsv = new CsvOutput(writer, "a", "b", "c")) {
      for (CsvOutput out : List.of(csv, bytesCsv)) {
        out.empty().text("").verbatim("").endRow();
        out.text("x").empty().empty().endRow();
        out.empty().empty().text("y").endRow();
      }
    }
    assertEquals(expected, text.toString());
    assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void cellsWithWhiteSpaceAtEitherEnd_areQuotedWhole() throws Exception {
    StringBuilder out = new StringBuilder();
    try (CsvOutput csv = new CsvOutput(out, "a", "b", "c", "d")) {
      csv.verbatim(" a").verbatim("b\t").verbatim("id\u3000").verbatim("in side").endRow();
    }
    assertEquals("a,b,c,d\n\" a\",\"b\t\",\"id\u3000\",in side\n", out.toString());
  }

  @Test
  void aRowWithTheWrongNumberOfCells_isRefused() throws Exception {
    CsvOutput csv = new CsvOutput(new StringBuilder(), "a", "b");
    csv.text("only one");
    IllegalStateException e = assertThrows(IllegalStateException.class, csv::endRow);
    assertEquals("A row must have 2 cells but has 1", e.getMessage());
  }

  /** The cells of one row of the property below, written by the methods the review's files use. */
  private static void row(CsvOutput csv, String text, Money amount, LocalDate date, long number) throws IOException {
    csv.text(text).verbatim(text).amount(amount).date(date).number(number);
    try {
      csv.exactAmount(amount);
    } catch (ArithmeticException e) {
      csv.verbatim("inexact");
    }
    csv.endRow();
  }

  /** The same row the way the writer wrote it before its fast paths: every cell as text. */
  private static void oldRow(CsvOutput csv, String text, Money amount, LocalDate date, long number) throws IOException {
    csv.text(text).verbatim(text).verbatim(Formats.plain(amount)).verbatim(date.toString())
        .number(BigDecimal.valueOf(number));
    String exact;
    int digits = Monies.minorDigits(amount.getCurrency());
    try {
      exact = amount.isZero() ? Formats.zero(digits) : Formats.exactPlain(amount, digits) != null
          ? Formats.exactPlain(amount, digits) : Monies.decimal(amount).setScale(digits, RoundingMode.UNNECESSARY)
          .toPlainString();
    } catch (ArithmeticException e) {
      exact = "inexact";
    }
    csv.verbatim(exact).endRow();
  }

  private static final String[] HEADER = {"text", "same", "amount", "date", "number", "exact"};

  @Test
  void anyRow_inBytes_isTheTextWrittenBeforeInUtf8() {
    qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 10), longs().all(),
        integers().between(0, 6), integers().between(-1_000_000, 3_000_000))
        .checkAssert((text, unscaled, scale, day) -> {
          long number = day % 5 == 0 ? Long.MIN_VALUE : Long.rotateLeft(unscaled, day & 63);
          String code = new String[] {"CNY", "JPY", "KWD"}[Math.abs(day) % 3];
          Money amount = Money.of(BigDecimal.valueOf(unscaled % (day % 2 == 0 ? 1_000_000_000L : Long.MAX_VALUE), scale),
              Monetary.getCurrency(code));
          LocalDate date = LocalDate.ofEpochDay(day);
          try {
            // Before: the text of every cell, handed to a BufferedWriter over an OutputStreamWriter.
            ByteArrayOutputStream before = new ByteArrayOutputStream();
            Writer writer = new BufferedWriter(new OutputStreamWriter(before, StandardCharsets.UTF_8));
            StringBuilder oldText = new StringBuilder();
            try (CsvOutput csv = new CsvOutput(oldText, HEADER)) {
              oldRow(csv, text, amount, date, number);
              oldRow(csv, "", amount.negate(), date, -number);
            }
            writer.write(oldText.toString());
            writer.flush();
            // Now, as text (a StringBuilder) and as bytes (OutputFolder's writer).
            StringBuilder newText = new StringBuilder();
            try (CsvOutput csv = new CsvOutput(newText, HEADER)) {
              row(csv, text, amount, date, number);
              row(csv, "", amount.negate(), date, -number);
            }
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            Utf8Writer bytes = new Utf8Writer(after);
            try (CsvOutput csv = new CsvOutput(bytes, HEADER)) {
              row(csv, text, amount, date, number);
              row(csv, "", amount.negate(), date, -number);
            }
            assertEquals(oldText.toString(), newText.toString());
            assertArrayEquals(before.toByteArray(), after.toByteArray(), oldText.toString());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void minorUnits_areWrittenAsTheirPlainDecimal() {
    qt().forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L), integers().between(0, 4))
        .checkAssert((minor, digits) -> {
          byte[] b = new byte[30];
          int end = CsvOutput.writeMinorUnits(minor, digits, b, 3);
          assertEquals(BigDecimal.valueOf(minor, digits).toPlainString(),
              new String(b, 3, end - 3, StandardCharsets.US_ASCII));
        });
    byte[] b = new byte[30];
    int end = CsvOutput.writeMinorUnits(Long.MAX_VALUE, 0, b, 0);
    assertEquals(Long.toString(Long.MAX_VALUE), new String(b, 0, end, StandardCharsets.US_ASCII));
  }

  @Test
  void minorUnits_areTheCellOfTheExactAmount_inTextAndInBytes() {
    qt().withExamples(3000).forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
        integers().between(0, 6)).checkAssert((minor, digits) -> {
          try {
            String expected = BigDecimal.valueOf(minor, digits).toPlainString();
            StringBuilder text = new StringBuilder();
            try (CsvOutput csv = new CsvOutput(text, "a", "b")) {
              csv.exactMinorUnits(minor, digits).verbatim("x").endRow();
            }
            assertEquals("a,b\n" + expected + ",x\n", text.toString());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer writer = new Utf8Writer(bytes); CsvOutput csv = new CsvOutput(writer, "a", "b")) {
              csv.exactMinorUnits(minor, digits).verbatim("x").endRow();
            }
            assertEquals("a,b\n" + expected + ",x\n", bytes.toString(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void minorUnits_atTheEdges() throws Exception {
    StringBuilder out = new StringBuilder();
    try (CsvOutput csv = new CsvOutput(out, "a", "b", "c", "d", "e")) {
      csv.exactMinorUnits(123_450, 2).exactMinorUnits(-5, 2).exactMinorUnits(7, 0)
          .exactMinorUnits(Long.MIN_VALUE, 2).exactMinorUnits(Long.MAX_VALUE, 3).endRow();
    }
    assertEquals("a,b,c,d,e\n1234.50,-0.05,7,-92233720368547758.08,9223372036854775.807\n", out.toString());
    CsvOutput csv = new CsvOutput(new StringBuilder(), "a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.exactMinorUnits(1, -1));
    assertEquals("Argument 'digits' must be 0 or more but has value -1", e.getMessage());
  }

  @Test
  void amounts_areTheTextOfThePlainFormat_atAnyPrecisionAndScale() {
    // Unscaled values of 1 to 19 digits with trailing zeros (negative scales once stripped), scales -3 to 6,
    // in currencies of 0, 2 and 3 decimals: the double path up to 15 digits, the decimal path beyond.
    qt().withExamples(5000).forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
        integers().between(0, 18), integers().between(-3, 6), integers().between(0, 2))
        .checkAssert((random, digits, scale, c) -> {
          long unscaled = random / (long) Math.pow(10, digits % 19);
          if (digits % 3 == 0 && Math.abs(unscaled) < 100_000_000_000L) {
            unscaled *= 1_000;
          }
          Money amount = Money.of(BigDecimal.valueOf(unscaled, scale),
              Monetary.getCurrency(new String[] {"CNY", "JPY", "KWD"}[c]));
          try {
            StringBuilder ours = new StringBuilder();
            StringBuilder before = new StringBuilder();
            try (CsvOutput csv = new CsvOutput(ours, "a", "b")) {
              csv.amount(amount);
              try {
                csv.exactAmount(amount);
              } catch (ArithmeticException e) {
                csv.verbatim("inexact");
              }
              csv.endRow();
            }
            try (CsvOutput csv = new CsvOutput(before, "a", "b")) {
              oldRowAmounts(csv, amount);
            }
            assertEquals(before.toString(), ours.toString(), amount.toString());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static void oldRowAmounts(CsvOutput csv, Money amount) throws IOException {
    csv.verbatim(Formats.plain(amount));
    int digits = Monies.minorDigits(amount.getCurrency());
    String exact;
    try {
      exact = amount.isZero() ? Formats.zero(digits) : Formats.exactPlain(amount, digits) != null
          ? Formats.exactPlain(amount, digits) : Monies.decimal(amount).setScale(digits, RoundingMode.UNNECESSARY)
          .toPlainString();
    } catch (ArithmeticException e) {
      exact = "inexact";
    }
    csv.verbatim(exact).endRow();
  }
}
