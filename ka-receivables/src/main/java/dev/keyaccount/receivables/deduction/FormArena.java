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
        if (onlyWide(reference, i)) {
          // Full-width ASCII (and the ideographic space) only: NFKC makes each char its ASCII twin.
          return tokensInto(reference, from, loose, true);
        }
        String folded = fold(reference);
        return tokensInto(loose ? fold(withoutSeparators(folded)) : folded, from, false, false);
      }
    }
    // ASCII needs no Normalizer: upper-cased as it is read, separators skipped for the loose form.
    return tokensInto(reference, from, loose, false);
  }

  /** The first full-width form of ASCII, {@code U+FF01} ('!'); the forms run to {@code U+FF5E} ('~'). */
  private static final char FIRST_WIDE = '\uFF01';
  private static final char LAST_WIDE = '\uFF5E';
  /** What NFKC takes from a full-width form to give its ASCII char. */
  private static final int WIDE_OFFSET = FIRST_WIDE - '!';
  /** The ideographic space, which NFKC makes a space. */
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  /**
   * Whether every char of the reference from {@code from} on is ASCII, a full-width form of ASCII or the
   * ideographic space: then NFKC maps each char on its own to an ASCII char (nothing there composes), and
   * the form can be written without {@link Normalizer}.
   */
  static boolean onlyWide(String reference, int from) {
    for (int i = from; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c >= 0x80 && (c < FIRST_WIDE || c > LAST_WIDE) && c != IDEOGRAPHIC_SPACE) {
        return false;
      }
    }
    return true;
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
   * {@code from}; with {@code skipSeparators}, separators do not end a token; with {@code wide}, the text
   * is ASCII, full-width ASCII and ideographic spaces only ({@link #onlyWide}), each read as its ASCII
   * char. Returns where it ends.
   */
  private int tokensInto(String text, int from, boolean skipSeparators, boolean wide) {
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
      if (wide && c >= 0x80) {
        c = c == IDEOGRAPHIC_SPACE ? ' ' : c - WIDE_OFFSET;
      }
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
