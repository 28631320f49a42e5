package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link NearForms#sameSymbolsAndSplit} on forms as {@link FormArena} writes them: worked pairs, and the
 * same answers as the rule written plainly with strings (the first version's code, kept here as the
 * oracle) on generated references of letters, numbers, symbols and separators.
 */
class NearFormsTest {

  /** Pieces that references are made of: letters, numbers (with leading zeros), symbols, separators. */
  private static final List<String> PIECES = List.of("PRM", "INV", "a", "Z", "É", "2026", "1", "10", "11", "0",
      "007", "2", "９", "#", "🍎", "🍌", "+", "$", "²", "-", " ", "/", "", ".");

  private static final Gen<String> REFERENCES = lists().of(integers().between(0, PIECES.size() - 1))
      .ofSizeBetween(0, 7).map(picks -> {
        StringBuilder text = new StringBuilder();
        picks.forEach(p -> text.append(PIECES.get(p)));
        return text.toString();
      });

  @Test
  void workedPairs() {
    assertFalse(near("PRM-2026-1-10", "PRM-2026-11-0"), "the same digits split elsewhere");
    assertTrue(near("PRM-2026-1-10", "PRM-2026-1-19"), "one digit slipped");
    assertTrue(near("INV-12", "INV-1-2"), "as many numbers? no: one written without a separator");
    assertFalse(near("PRM-🍎", "PRM-🍌"), "other symbols");
    assertFalse(near("PRM+1", "PRM-1"), "a symbol on one side only");
    assertTrue(near("PRM+1", "PMR+1"), "letters slipped, same symbols");
    assertTrue(near("PRM#1", "PRM-1"), "punctuation separates, as '-' does");
    assertTrue(near("", ""), "nothing to tell apart");
  }

  @Test
  void sameAnswersAsTheRuleWithStrings() {
    qt().withExamples(20_000).forAll(REFERENCES, REFERENCES, integers().between(0, 2)).checkAssert((a, b, loose) -> {
      FormArena arena = new FormArena();
      int aEnd = arena.write(a, 0, loose == 1);
      int bEnd = arena.write(b, aEnd, loose == 2);
      assertEquals(Oracle.sameSymbolsAndSplit(arena.chars, 0, aEnd, aEnd, bEnd),
          NearForms.sameSymbolsAndSplit(arena.chars, 0, aEnd, aEnd, bEnd), a + " / " + b);
      assertEquals(Oracle.sameSymbolsAndSplit(arena.chars, aEnd, bEnd, 0, aEnd),
          NearForms.sameSymbolsAndSplit(arena.chars, aEnd, bEnd, 0, aEnd), b + " / " + a);
    });
  }

  private static boolean near(String a, String b) {
    FormArena arena = new FormArena();
    int aEnd = arena.write(a, 0, false);
    int bEnd = arena.write(b, aEnd, false);
    boolean near = NearForms.sameSymbolsAndSplit(arena.chars, 0, aEnd, aEnd, bEnd);
    assertEquals(near, NearForms.sameSymbolsAndSplit(arena.chars, aEnd, bEnd, 0, aEnd), "symmetric");
    return near;
  }

  /** The rule as first written, with strings: symbols compared as text, numbers joined and listed. */
  private static final class Oracle {
    static boolean sameSymbolsAndSplit(char[] chars, int aFrom, int aTo, int bFrom, int bTo) {
      StringBuilder aDigits = new StringBuilder();
      StringBuilder bDigits = new StringBuilder();
      StringBuilder aSymbols = new StringBuilder();
      StringBuilder bSymbols = new StringBuilder();
      String aTokens = others(chars, aFrom, aTo, aDigits, aSymbols);
      String bTokens = others(chars, bFrom, bTo, bDigits, bSymbols);
      if (!aSymbols.toString().equals(bSymbols.toString())) {
        return false;
      }
      return !aDigits.toString().equals(bDigits.toString()) || aTokens.equals(bTokens)
          || count(aTokens) != count(bTokens);
    }

    static long count(String tokens) {
      return tokens.chars().filter(c -> c == FormArena.JOIN).count();
    }

    static String others(char[] chars, int from, int to, StringBuilder digits, StringBuilder symbols) {
      StringBuilder tokens = new StringBuilder();
      int k = from;
      while (k < to) {
        if (chars[k] == FormArena.JOIN) {
          k++;
          continue;
        }
        int end = k;
        while (end < to && chars[end] != FormArena.JOIN) {
          end++;
        }
        char first = chars[k];
        if (first >= '0' && first <= '9') {
          digits.append(chars, k, end - k);
          tokens.append(chars, k, end - k).append(FormArena.JOIN);
        } else if (!Character.isLetter(Character.codePointAt(chars, k, to))) {
          symbols.append(chars, k, end - k).append(FormArena.JOIN);
        }
        k = end;
      }
      return tokens.toString();
    }
  }
}
