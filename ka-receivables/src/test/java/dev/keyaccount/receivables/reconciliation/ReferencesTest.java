package dev.keyaccount.receivables.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReferencesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INV-000123|INV123",
      "inv 123|INV123",
      "Inv.123.|INV123",
      "00123|123",
      "000|0",
      "0|0",
      "A00B|A0B",
      "A-100|A100",
      "INV-0-05|INV5",
      "PO 1007/02|PO100702",
      "ＩＮＶ０１２|INV12",
      "--|''",
      "x0y007z|X0Y7Z"})
  void normalise(String written, String expected) {
    assertEquals(expected, References.normalise(written));
  }

  @Test
  void same_comparesNormalisedForms() {
    assertTrue(References.same("inv-0042", "INV 42"));
    assertFalse(References.same("INV-42", "INV-420"));
  }

  @Test
  void normalise_isIdempotent() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(s -> {
      String once = References.normalise(s);
      assertEquals(once, References.normalise(once));
    });
  }
}
