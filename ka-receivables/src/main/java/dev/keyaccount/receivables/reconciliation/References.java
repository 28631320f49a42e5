package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;

/**
 * Document references (单据号) compared the way people mean them: {@code "inv-000123"},
 * {@code "INV 123"} and {@code "Inv.123"} are the same document.
 *
 * <p>Normalisation upper-cases letters, drops every character that is neither a letter nor a digit
 * (spaces, hyphens, slashes, dots…), reads full-width letters and digits as ASCII ones, and then drops the leading
 * zeros of each run of digits (a run of zeros alone becomes one {@code 0}). This class is stateless
 * and thread-safe.
 */
public final class References {

  // Full-width forms (ＩＮＶ０１２, common in Chinese documents) are read as their ASCII characters.
  private static final char FULL_WIDTH_FIRST = '\uFF01';
  private static final char FULL_WIDTH_LAST = '\uFF5E';
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;

  private References() {}

  /**
   * Returns the normalised form of a reference.
   *
   * @param reference the reference as written
   * @return the normalised reference, empty if it held no letter or digit
   * @throws NullPointerException if the reference is null
   */
  public static String normalise(String reference) {
    Args.notNull(reference, "reference");
    int length = reference.length();
    StringBuilder out = new StringBuilder(length);
    boolean inDigits = false;
    boolean heldZero = false;
    for (int i = 0; i < length; i++) {
      char c = reference.charAt(i);
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        c = (char) (c - FULL_WIDTH_OFFSET);
      }
      int digit = Character.digit(c, 10);
      if (digit >= 0) {
        if (!inDigits || heldZero) {
          // Still among the leading zeros of this run (or at its start).
          inDigits = true;
          heldZero = digit == 0;
          if (!heldZero) {
            out.append((char) ('0' + digit));
          }
        } else {
          out.append((char) ('0' + digit));
        }
      } else if (Character.isLetter(c)) {
        if (heldZero) {
          out.append('0');
        }
        inDigits = false;
        heldZero = false;
        out.append(Character.toUpperCase(c));
      }
    }
    if (heldZero) {
      out.append('0');
    }
    return out.toString();
  }

  /**
   * Returns whether two references name the same document after normalisation.
   *
   * @param a one reference
   * @param b the other reference
   * @return true if their normalised forms are equal
   * @throws NullPointerException if a reference is null
   */
  public static boolean same(String a, String b) {
    return normalise(Args.notNull(a, "a")).equals(normalise(Args.notNull(b, "b")));
  }
}
