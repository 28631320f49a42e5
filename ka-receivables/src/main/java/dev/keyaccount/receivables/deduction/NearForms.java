package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.FormArena.JOIN;

import java.util.Arrays;

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
    // Token by token, without a string: a run compares a hundred thousand candidate pairs.
    int i = next(chars, aFrom, aTo, false);
    int j = next(chars, bFrom, bTo, false);
    while (i < aTo && j < bTo) {
      int iEnd = end(chars, i, aTo);
      int jEnd = end(chars, j, bTo);
      if (!Arrays.equals(chars, i, iEnd, chars, j, jEnd)) {
        return false;
      }
      i = next(chars, iEnd, aTo, false);
      j = next(chars, jEnd, bTo, false);
    }
    if (i < aTo || j < bTo) {
      return false;
    }
    // The same digits in as many numbers, split at other places: both were written with separators there.
    boolean sameNumbers = true;
    i = next(chars, aFrom, aTo, true);
    j = next(chars, bFrom, bTo, true);
    while (i < aTo && j < bTo) {
      int iEnd = end(chars, i, aTo);
      int jEnd = end(chars, j, bTo);
      sameNumbers &= Arrays.equals(chars, i, iEnd, chars, j, jEnd);
      i = next(chars, iEnd, aTo, true);
      j = next(chars, jEnd, bTo, true);
    }
    return i < aTo || j < bTo || sameNumbers || !sameDigits(chars, aFrom, aTo, bFrom, bTo);
  }

  /**
   * Where the first token at or after {@code k} of the form ending at {@code to} starts that is a number
   * (with {@code numbers}: its first char is a digit) or a symbol (without: neither a digit nor a letter);
   * {@code to} if there is none. {@code k} is a token's start or a join.
   */
  private static int next(char[] chars, int k, int to, boolean numbers) {
    while (k < to) {
      if (chars[k] == JOIN) {
        k++;
        continue;
      }
      boolean number = chars[k] >= '0' && chars[k] <= '9';
      if (numbers ? number : !number && !Character.isLetter(Character.codePointAt(chars, k, to))) {
        return k;
      }
      k = end(chars, k, to);
    }
    return to;
  }

  /** Where the token starting at {@code k} ends: the next join, or {@code to}. */
  private static int end(char[] chars, int k, int to) {
    while (k < to && chars[k] != JOIN) {
      k++;
    }
    return k;
  }

  /** Whether the two forms' numbers, each form's joined into one, are the same digits. */
  private static boolean sameDigits(char[] chars, int aFrom, int aTo, int bFrom, int bTo) {
    int i = next(chars, aFrom, aTo, true);
    int iEnd = end(chars, i, aTo);
    int j = next(chars, bFrom, bTo, true);
    int jEnd = end(chars, j, bTo);
    while (true) {
      if (i == iEnd) {
        i = next(chars, iEnd, aTo, true);
        iEnd = end(chars, i, aTo);
      }
      if (j == jEnd) {
        j = next(chars, jEnd, bTo, true);
        jEnd = end(chars, j, bTo);
      }
      if (i >= aTo || j >= bTo) {
        return i >= aTo && j >= bTo;
      }
      if (chars[i++] != chars[j++]) {
        return false;
      }
    }
  }
}
