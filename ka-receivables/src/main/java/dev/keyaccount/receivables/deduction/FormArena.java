package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.ReferenceKinds.ASCII_KINDS;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.DIGIT;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.LETTER;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.MARK;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.SEPARATOR;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.SYMBOL;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.kind;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The chars of a run's normalised references, one form after another, and the writing of a form into
 * them: the strict form of a reference (its tokens, letter runs, digit runs without leading zeros and
 * single symbols, upper-cased after NFKC folding and joined with {@code '-'}) or its loose form (the
 * same once its separators are removed), exactly as {@code References.normalise} and
 * {@code References.loose} define them, with no intermediate string for a reference of ASCII chars
 * only (a non-ASCII one goes through {@link Normalizer}). {@link ReferenceTable} decides where a form
 * is written and which forms are kept. Not thread-safe; used within one matching run only.
 */
final class FormArena {

  /** The char between two tokens of a form. */
  static final char JOIN = '-';

  /** The forms' chars; replaced by a larger array when a form would not fit. */
  char[] chars = new char[256];
  /** Whether the reference last written was not ASCII only. */
  boolean lastFolded;

  /**
   * Writes the strict (or loose) form of the reference at {@code from}, growing the arena as needed;
   * returns where it ends ({@code from} itself for a reference with no letter, digit or symbol), and
   * sets {@link #lastFolded} to whether the reference was not ASCII only.
   */
  int write(String reference, int from, boolean loose) {
    lastFolded = false;
    for (int i = 0; i < reference.length(); i++) {
      if (reference.charAt(i) >= 0x80) {
        lastFolded = true;
        String folded = fold(reference);
        return tokensInto(loose ? fold(withoutSeparators(folded)) : folded, from, false);
      }
    }
    // ASCII needs no Normalizer: upper-cased as it is read, separators skipped for the loose form.
    return tokensInto(reference, from, loose);
  }

  /** NFKC, upper case, NFKC again. */
  private static String fold(String reference) {
    String upper = Normalizer.normalize(reference, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    return Normalizer.normalize(upper, Normalizer.Form.NFKC);
  }

  /** Folded text without its separators, combining marks that follow no letter included. */
  private static String withoutSeparators(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    boolean afterLetter = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      byte kind = kind(cp);
      afterLetter = kind == LETTER || kind == MARK && afterLetter;
      if (afterLetter || kind == DIGIT || kind == SYMBOL) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * Writes the tokens of folded text (or of ASCII text, upper-casing it) joined with {@code '-'} at
   * {@code from}; with {@code skipSeparators}, separators do not end a token. Returns where it ends.
   */
  private int tokensInto(String text, int from, boolean skipSeparators) {
    int length = text.length();
    // At most one join before each char, plus a '0' for a trailing run of zeros.
    if (from + 2 * length + 1 > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + 2 * length + 1));
    }
    char[] out = chars;
    int k = from;
    byte run = SEPARATOR;
    boolean onlyZeros = false;
    for (int i = 0; i < length; i++) {
      int c = text.charAt(i);
      byte kind;
      if (c < 0x80) {
        kind = ASCII_KINDS[c];
        if (c >= 'a' && c <= 'z') {
          c -= 'a' - 'A';
        }
      } else {
        c = text.codePointAt(i);
        kind = kind(c);
        if (kind == MARK) {
          kind = run == LETTER ? LETTER : SEPARATOR;
        }
      }
      if (kind == SEPARATOR) {
        if (!skipSeparators) {
          if (run == DIGIT && onlyZeros) {
            out[k++] = '0';
          }
          run = SEPARATOR;
        }
      } else {
        if (kind != run || kind == SYMBOL) {
          if (run == DIGIT && onlyZeros) {
            out[k++] = '0';
          }
          if (k > from) {
            out[k++] = JOIN;
          }
          run = kind;
          onlyZeros = kind == DIGIT;
        }
        if (kind != DIGIT) {
          k += Character.toChars(c, out, k);
        } else {
          int digit = Character.digit(c, 10);
          if (digit != 0 || !onlyZeros) {
            out[k++] = (char) ('0' + digit);
            onlyZeros = false;
          }
        }
      }
      if (c > 0xFFFF) {
        i++;
      }
    }
    if (run == DIGIT && onlyZeros) {
      out[k++] = '0';
    }
    return k;
  }

  /**
   * Whether the form written at {@code [from, to)} is unsegmented: no two of its tokens next to each
   * other are both letter runs or both digit runs (see {@link ReferenceTable#unsegmented}).
   */
  boolean unsegmented(int from, int to) {
    byte previous = SEPARATOR;
    boolean tokenStart = true;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == JOIN) {
        tokenStart = true;
      } else if (tokenStart) {
        byte kind = c < 0x80 ? ASCII_KINDS[c] : kind(Character.codePointAt(chars, i, to));
        if (kind == previous && kind != SYMBOL) {
          return false;
        }
        previous = kind;
        tokenStart = false;
      }
    }
    return true;
  }
}
