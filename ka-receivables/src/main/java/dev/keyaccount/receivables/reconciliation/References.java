package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Document references (单据号) compared the way people mean them: {@code "inv-000123"},
 * {@code "INV 123"}, {@code "Inv.123"} and {@code "INV000123"} are the same document, while
 * {@code "INV-1-2"} and {@code "INV-12"} are not.
 *
 * <p>The <b>strict form</b> of a reference is built in four steps.
 * <ol>
 *   <li><b>Fold.</b> The reference is put in Unicode normalisation form NFKC, upper-cased with
 *       {@link Locale#ROOT}, and put in NFKC once more (upper-casing can leave a letter and its accent
 *       apart). This reads full-width forms as ASCII ({@code "ＰＲＭ－２０２６－２"} is
 *       {@code "PRM-2026-2"}) and composes accents, so {@code "CAFÉ-7"} written precomposed (NFC) or
 *       as {@code "CAFE\u0301-7"} (NFD) is one reference. A reference of ASCII characters only is just
 *       upper-cased.</li>
 *   <li><b>Split into tokens.</b> Each code point of the folded text is
 *     <ul>
 *       <li>a <i>letter</i> ({@link Character#isLetter(int)}); a combining mark (categories Mn, Mc, Me)
 *           right after a letter, or after such a mark, counts as a letter too;</li>
 *       <li>a <i>digit</i> (category Nd, any script);</li>
 *       <li>a <i>separator</i>: whitespace (Zs, Zl, Zp), punctuation (Pc, Pd, Ps, Pe, Pi, Pf, Po), a
 *           control or format character (Cc, Cf), or a combining mark that follows no letter;</li>
 *       <li>otherwise a <i>symbol</i>: a currency sign, an emoji, a math sign such as {@code +},
 *           {@code =} or {@code ~}, an unassigned or private-use code point, a lone surrogate.</li>
 *     </ul>
 *     A token is a maximal run of letters, a maximal run of digits, or one symbol. A separator ends a
 *     token and is dropped; a change between letter and digit ends a token too.</li>
 *   <li><b>Digits.</b> Each digit token is written in ASCII digits ({@code "١٢"} is {@code "12"})
 *       without its leading zeros; a run of zeros alone becomes {@code "0"}.</li>
 *   <li><b>Join.</b> The tokens are joined with {@code '-'}. The strict form is empty when there is no
 *       token.</li>
 * </ol>
 * So {@code "PRM-2026-0000002"}, {@code "prm 2026 2"}, {@code "PRM/2026/02"} and
 * {@code "ＰＲＭ－２０２６－２"} all have the strict form {@code "PRM-2026-2"}; {@code "0000123456"} is
 * {@code "123456"}; {@code "PRM20260000002"} is {@code "PRM-20260000002"}; {@code "PRM-🍎"} is
 * {@code "PRM-🍎"}, not {@code "PRM-🍌"}; {@code "INV-1-2"} is {@code "INV-1-2"}, not {@code "INV-12"}.
 *
 * <p>The <b>loose form</b> is the strict form of the reference with every separator removed after
 * step 1: {@code "PRM-2026-0000002"} has the loose form {@code "PRM-20260000002"}, the strict (and
 * loose) form of {@code "PRM20260000002"}. A reference is <b>unsegmented</b> when its strict and
 * loose forms are equal, that is when no separator stands between two letters or between two digits
 * ({@code "PRM20260000002"}, {@code "INV-123"}). The loose form depends on the reference as written,
 * not only on its strict form: {@code "1-05"} and {@code "1-5"} share the strict form {@code "1-5"}
 * but have the loose forms {@code "105"} and {@code "15"}. The strict and the loose form are both
 * strict forms: normalising either again gives it back.
 *
 * <p>Bounds: a reference has at most {@link #MAX_LENGTH} chars, checked before any other work; only
 * strict forms of at most {@link #MAX_FUZZY_LENGTH} chars are ever compared by edit distance.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class References {

  /** The most chars a reference may have, as written; a longer one is rejected. */
  public static final int MAX_LENGTH = 256;

  /**
   * The most chars a strict form may have to be compared by edit distance; references with a longer
   * strict form are only ever compared exactly.
   */
  public static final int MAX_FUZZY_LENGTH = 64;

  private static final char JOIN = '-';

  // The kinds of code point the tokens are made of.
  private static final int SEPARATOR = 0;
  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int SYMBOL = 3;

  private References() {}

  /**
   * Returns the strict form of a reference, as the class documentation defines it: for example
   * {@code "inv-000123"}, {@code "INV 123"}, {@code "Inv.123"} and {@code "INV000123"} all give
   * {@code "INV-123"}, and {@code "PRM/2026/02"} gives {@code "PRM-2026-2"}.
   *
   * @param reference the reference as written, at most {@link #MAX_LENGTH} chars
   * @return the strict form, empty if the reference holds no letter, digit or symbol
   * @throws NullPointerException if the reference is null
   * @throws IllegalArgumentException if the reference is longer than {@link #MAX_LENGTH} chars
   */
  public static String normalise(String reference) {
    return strict(fold(checked(reference, "reference")));
  }

  /**
   * Returns the loose form of a reference: the strict form of the reference with its separators
   * removed. For example {@code "PRM-2026-0000002"} and {@code "PRM20260000002"} both give
   * {@code "PRM-20260000002"}, and {@code "INV-1-2"} gives {@code "INV-12"}.
   *
   * @param reference the reference as written, at most {@link #MAX_LENGTH} chars
   * @return the loose form, empty if the reference holds no letter, digit or symbol
   * @throws NullPointerException if the reference is null
   * @throws IllegalArgumentException if the reference is longer than {@link #MAX_LENGTH} chars
   */
  public static String loose(String reference) {
    String folded = fold(checked(reference, "reference"));
    return strict(fold(withoutSeparators(folded)));
  }

  /**
   * Returns whether a reference is unsegmented: its strict and loose forms are equal, as for
   * {@code "PRM20260000002"} or {@code "INV-123"} but not {@code "PRM-2026-2"} (a separator between
   * two digit runs).
   *
   * @param reference the reference as written, at most {@link #MAX_LENGTH} chars
   * @return true if no separator stands between two letters or between two digits
   * @throws NullPointerException if the reference is null
   * @throws IllegalArgumentException if the reference is longer than {@link #MAX_LENGTH} chars
   */
  public static boolean isUnsegmented(String reference) {
    return normalise(reference).equals(loose(reference));
  }

  /**
   * Returns whether two references name the same document: whether their strict forms are equal, as
   * for {@code "inv-0042"} and {@code "INV 42"} but not {@code "INV-1-2"} and {@code "INV-12"}.
   *
   * @param a one reference, at most {@link #MAX_LENGTH} chars
   * @param b the other reference, at most {@link #MAX_LENGTH} chars
   * @return true if their strict forms are equal
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if a reference is longer than {@link #MAX_LENGTH} chars
   */
  public static boolean same(String a, String b) {
    checked(a, "a");
    checked(b, "b");
    return normalise(a).equals(normalise(b));
  }

  private static String checked(String reference, String name) {
    Args.notNull(reference, name);
    if (reference.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Argument '" + name + "' must have at most " + MAX_LENGTH
          + " chars but has length " + reference.length());
    }
    return reference;
  }

  /** Step 1: NFKC, upper case, NFKC again; ASCII text needs only the upper case. */
  private static String fold(String reference) {
    for (int i = 0; i < reference.length(); i++) {
      if (reference.charAt(i) >= 0x80) {
        String upper = Normalizer.normalize(reference, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        return Normalizer.normalize(upper, Normalizer.Form.NFKC);
      }
    }
    return reference.toUpperCase(Locale.ROOT);
  }

  /** The folded text without its separators (orphan combining marks included). */
  private static String withoutSeparators(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    boolean afterLetter = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int kind = kind(cp, afterLetter);
      afterLetter = kind == LETTER;
      if (kind != SEPARATOR) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Steps 2 to 4 on folded text. */
  private static String strict(String folded) {
    StringBuilder out = new StringBuilder(folded.length() + 8);
    int run = SEPARATOR;
    boolean onlyZeros = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int kind = kind(cp, run == LETTER);
      if (kind == run && (kind == LETTER || kind == DIGIT)) {
        if (kind == DIGIT) {
          int digit = Character.digit(cp, 10);
          if (digit != 0 || !onlyZeros) {
            out.append((char) ('0' + digit));
            onlyZeros = false;
          }
        } else {
          out.appendCodePoint(cp);
        }
        continue;
      }
      if (run == DIGIT && onlyZeros) {
        out.append('0');
      }
      run = kind;
      if (kind == SEPARATOR) {
        continue;
      }
      if (out.length() > 0) {
        out.append(JOIN);
      }
      if (kind == DIGIT) {
        int digit = Character.digit(cp, 10);
        onlyZeros = digit == 0;
        if (!onlyZeros) {
          out.append((char) ('0' + digit));
        }
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (run == DIGIT && onlyZeros) {
      out.append('0');
    }
    return out.toString();
  }

  /** The kind of a folded code point; a combining mark is a letter only right after one. */
  private static int kind(int cp, boolean afterLetter) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
        return LETTER;
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return afterLetter ? LETTER : SEPARATOR;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return SEPARATOR;
      default:
        return SYMBOL;
    }
  }
}
