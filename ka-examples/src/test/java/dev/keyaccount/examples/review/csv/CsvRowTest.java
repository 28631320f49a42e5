package dev.keyaccount.examples.review.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed cells of a CSV row: the fast date and decimal checks against their oracles. */
class CsvRowTest {

  private static CsvRow row(String cell) {
    return new CsvRow("x.csv", 7, Map.of("c", 0), new String[] {cell});
  }

  /** What the cell gave before the fast paths: {@code LocalDate.parse}, or null when that fails. */
  private static LocalDate parsed(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate ours(String text) {
    try {
      return row(text).date("c");
    } catch (InputException e) {
      assertEquals("x.csv", e.getMessage().substring(0, 5), e.getMessage());
      return null;
    }
  }

  @Test
  void dates_areThoseOfLocalDateParse() {
    qt().withExamples(2000).forAll(strings().betweenCodePoints('+', '9').ofLength(10)).checkAssert(text ->
        assertEquals(parsed(text), ours(text), text));
    for (String text : List.of("2026-05-31", "2024-02-29", "2025-02-29", "2026-13-01", "2026-00-10", "0000-01-01",
        "9999-12-31", "+12345-01-01", "2026-5-31", "2026-05-3x", "20260531", " 2026-05-31 ", "2026-06-31")) {
      assertEquals(parsed(text), ours(text), text);
    }
  }

  @Test
  void textCells_areStrippedOfWhiteSpaceOnly_controlCharactersAreKept() {
    assertEquals("DD-01", row(" \tDD-01\u3000").text("c"), "spaces, tabs and the ideographic space");
    assertEquals("\u0001DD-01", row("\u0001DD-01").text("c"), "a control character is part of the value");
    assertEquals("\u0000", row("\u0000").id("c"), "a value of a control character alone is no empty value");
    assertEquals("x.csv line 7, column 'c', value ' ': a value is required",
        assertThrows(InputException.class, () -> row(" ").text("c")).getMessage());
    assertEquals("\u001b[31m", row("\u001b[31m ").optionalText("c"));
  }

  @Test
  void aBadDate_namesTheFileLineAndColumn() {
    InputException e = assertThrows(InputException.class, () -> row("2026-02-30").date("c"));
    assertEquals("x.csv line 7, column 'c', value '2026-02-30': expected an ISO date yyyy-MM-dd", e.getMessage());
  }

  @Test
  void plainDecimals_areThoseOfTheRegularExpression() {
    qt().withExamples(2000).forAll(strings().betweenCodePoints('+', '9').ofLengthBetween(0, 8)).checkAssert(text ->
        assertEquals(text.matches("[+-]?[0-9]+(\\.[0-9]+)?"), CsvRow.isPlainDecimal(text), text));
    for (String text : List.of("1", "-1", "+1.5", "1234.50", ".5", "5.", "1.2.3", "-", "", "1e5", "--1", "0.00")) {
      assertEquals(text.matches("[+-]?[0-9]+(\\.[0-9]+)?"), CsvRow.isPlainDecimal(text), text);
    }
  }

  @Test
  void plainDecimals_areThoseOfTheBigDecimalConstructor() {
    qt().forAll(strings().numeric(), strings().numeric(), org.quicktheories.generators.SourceDSL.integers()
        .between(0, 2)).checkAssert((whole, fraction, sign) -> {
          String text = new String[] {"", "-", "+"}[sign] + whole.replace("-", "") + "." + fraction.replace("-", "");
          String cell = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
          if (CsvRow.isPlainDecimal(cell)) {
            java.math.BigDecimal expected = new java.math.BigDecimal(cell);
            java.math.BigDecimal ours = CsvRow.plainDecimal(cell);
            assertEquals(expected, ours);
            assertEquals(expected.scale(), ours.scale());
          }
        });
    assertEquals(new java.math.BigDecimal("123456789012345678.9"), CsvRow.plainDecimal("123456789012345678.9"));
    assertEquals(new java.math.BigDecimal("-0.00"), CsvRow.plainDecimal("-0.00"));
  }

  @Test
  void aDecimalOfMoreThan34Digits_isRefused_beforeAnyNumberIsMade() {
    assertEquals(new java.math.BigDecimal("1234567890123456789012345678901.234"),
        row("1234567890123456789012345678901.234").decimal("c"));
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> row("1" + "0".repeat(5000) + ".00").decimal("c"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().endsWith("more than 34 digits (the bound of every decimal)"),
        e.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().length() < 300, e.getMessage());
  }
}
