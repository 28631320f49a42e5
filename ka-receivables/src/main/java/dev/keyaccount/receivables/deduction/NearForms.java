package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.FormArena.JOIN;

/**
 * The check, past the edit distance, that two near forms of references could be one document keyed
 * with a slip rather than two documents: the same symbols, and not the same digits split at other
 * places. Works on forms as {@link FormArena} writes them. Holds no state.
 */
final class NearForms {

  private NearForms() {}

  /**
   * Whether an edit between the two forms could be a slip rather than another document: their symbols
   * (tokens neither letters nor digits) are the same, in order, and they do not hold the same digits in
   * as many numbers split at other places ({@code PRM-2026-1-10} and {@code PRM-2026-11-0} are both
   * written with separators, and disagree; {@code INV-12} may be {@code INV-1-2} written without one).
   */
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
    // The same digits in as many numbers, split at other places: both were written with separators there.
    return !aDigits.toString().equals(bDigits.toString()) || aTokens.equals(bTokens)
        || count(aTokens) != count(bTokens);
  }

  private static long count(String tokens) {
    return tokens.chars().filter(c -> c == JOIN).count();
  }

  /**
   * Collects a form's digits (all its digit tokens, joined) and symbols; returns its digit tokens with a
   * separator between them.
   */
  private static String others(char[] chars, int from, int to, StringBuilder digits, StringBuilder symbols) {
    StringBuilder tokens = new StringBuilder();
    int k = from;
    while (k < to) {
      if (chars[k] == JOIN) {
        k++;
        continue;
      }
      int end = k;
      while (end < to && chars[end] != JOIN) {
        end++;
      }
      char first = chars[k];
      if (first >= '0' && first <= '9') {
        digits.append(chars, k, end - k);
        tokens.append(chars, k, end - k).append(JOIN);
      } else if (!Character.isLetter(Character.codePointAt(chars, k, to))) {
        symbols.append(chars, k, end - k).append(JOIN);
      }
      k = end;
    }
    return tokens.toString();
  }
}
