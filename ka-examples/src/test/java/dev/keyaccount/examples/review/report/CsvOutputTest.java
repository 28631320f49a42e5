package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
    for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + formula, CsvOutput.neutralise(formula));
    }
    for (String text : List.of("", "1", "a=b", "'quoted", " =x")) {
      assertEquals(text, CsvOutput.neutralise(text));
    }
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
            StringBuilder theirs = new StringBuilder();
            commons.printRecord(theirs, "a", "b", "c");
            commons.printRecord(theirs, a, b, c);
            commons.printRecord(theirs, c, a, b);
            assertEquals(theirs.toString(), ours.toString());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    for (String plain : List.of("D123", "2026-05-31", "1234.50", "CNY", "KA00261", "dsp-12345678", "a_b:c;d/e")) {
      assertEquals(true, CsvOutput.needsNoQuotes(plain), plain);
    }
  }

  @Test
  void aRowWithTheWrongNumberOfCells_isRefused() throws Exception {
    CsvOutput csv = new CsvOutput(new StringBuilder(), "a", "b");
    csv.text("only one");
    IllegalStateException e = assertThrows(IllegalStateException.class, csv::endRow);
    assertEquals("A row must have 2 cells but has 1", e.getMessage());
  }
}
