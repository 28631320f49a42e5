package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.ReferenceKinds.ASCII_KINDS;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.DIGIT;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.LETTER;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.MARK;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.SEPARATOR;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.SYMBOL;
import static dev.keyaccount.receivables.deduction.ReferenceKinds.kind;

import dev.keyaccount.receivables.reconciliation.References;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The normalised references of one matching run, interned: each distinct form gets a small int id
 * and its characters are kept once, in one arena. {@link #intern} gives the id of a reference's strict
 * form and {@link #internLoose} the id of its loose form, both exactly as {@code References.normalise}
 * and {@code References.loose} define them; a loose form is itself a strict form, so both share one
 * namespace, and equal ids are equal forms.
 *
 * <p>The rules are written twice on purpose: here straight into the shared arena, with no
 * intermediate string and no string hashing for a reference of ASCII characters only (a
 * non-ASCII one goes through {@link Normalizer}); there into a new string.
 * {@code MatchingInternalsTest.referenceTable_normalisesExactlyAsReferences} holds the two to the same
 * output on generated text.
 *
 * <p>The table does not enforce {@link References#MAX_LENGTH}: the run checks its lines, and work
 * here stays linear in the length. Edit distances are only computed between forms of at most
 * {@link References#MAX_FUZZY_LENGTH} chars. Not thread-safe; used within one matching run only.
 */
final class ReferenceTable {

  /** The id of an absent reference, or of one with no letter, digit or symbol. */
  static final int NONE = -1;

  private static final char JOIN = '-';

  private final IndexTable index;
  private final EditDistance distance = new EditDistance();
  private final IndexTable.SameKey sameChars = this::sameChars;
  private char[] chars = new char[256];
  private int[] start = new int[64];
  /** Per id, its {@link #squeezedHash}: computed when the form is added, while its chars are in cache. */
  private int[] squeezed = new int[64];
  /** Bit per id: whether a reference interned to it was not ASCII only (see {@link #folded}). */
  private long[] folded = new long[1];
  /** Bit per id: whether its form is segmented (see {@link #unsegmented}), found when the form is added. */
  private long[] segmented = new long[1];
  private boolean lastFolded;
  private int count;
  private int end;

  ReferenceTable(int expected) {
    index = new IndexTable(expected);
  }

  /** The id of the reference's strict form, or {@link #NONE} if it is empty. */
  int intern(String reference) {
    return intern(reference, false);
  }

  /**
   * The id of the reference's loose form (its strict form once its separators are removed), or
   * {@link #NONE} if it is empty. It is the id {@link #intern} gives the loose form's text. The loose
   * form depends on the reference as written, not only on its strict form ({@code "1-05"} and
   * {@code "1-5"} share one strict form but not their loose forms), hence a reference, not an id.
   */
  int internLoose(String reference) {
    return intern(reference, true);
  }

  /**
   * Whether the strict form with this id is unsegmented: no two of its tokens next to each other are
   * both letter runs or both digit runs. Then every reference with this strict form has it as its
   * loose form too ({@code internLoose(r) == intern(r)}); otherwise none does.
   * Only asked for ids this table gave (not {@link #NONE}).
   */
  boolean unsegmented(int id) {
    return id >>> 6 >= segmented.length || (segmented[id >>> 6] & 1L << id) == 0;
  }

  /** {@link #unsegmented} worked out from the form's chars, while they are in cache. */
  private boolean unsegmented(int from, int to) {
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

  /** The slots of the table's index of forms (see {@link IndexTable#capacity}). */
  int capacity() {
    return index.capacity();
  }

  /** How many distinct forms were interned; ids run from 0 to this, exclusive. */
  int size() {
    return count;
  }

  /**
   * Whether the forms with these ids are near: at most {@code max} edits apart, with the same symbols
   * and not the same digits split otherwise ({@code PMR-2026-3} and {@code PRM-2026-8} are near
   * {@code PRM-2026-3}, a keying slip; {@code PRM-🍌} is not near {@code PRM-🍎}, nor
   * {@code PRM-2026-11-0} near {@code PRM-2026-1-10}). Never, for distinct ids, when either form is
   * longer than {@link References#MAX_FUZZY_LENGTH}.
   */
  boolean within(int a, int b, int max) {
    if (a == b) {
      return true;
    }
    int aFrom = start[a];
    int aTo = start[a + 1];
    int bFrom = start[b];
    int bTo = start[b + 1];
    if (aTo - aFrom > References.MAX_FUZZY_LENGTH || bTo - bFrom > References.MAX_FUZZY_LENGTH) {
      return false;
    }
    // The banded distance first: it is cheap and rejects most pairs; the token check builds strings.
    return distance.within(chars, aFrom, aTo, bFrom, bTo, max) && sameSymbolsAndSplit(a, b);
  }

  /**
   * Whether an edit between the two forms could be a slip rather than another document: their symbols
   * (tokens neither letters nor digits) are the same, in order, and they do not hold the same digits in
   * as many numbers split at other places ({@code PRM-2026-1-10} and {@code PRM-2026-11-0} are both
   * written with separators, and disagree; {@code INV-12} may be {@code INV-1-2} written without one).
   */
  private boolean sameSymbolsAndSplit(int a, int b) {
    StringBuilder aDigits = new StringBuilder();
    StringBuilder bDigits = new StringBuilder();
    StringBuilder aSymbols = new StringBuilder();
    StringBuilder bSymbols = new StringBuilder();
    String aTokens = others(start[a], start[a + 1], aDigits, aSymbols);
    String bTokens = others(start[b], start[b + 1], bDigits, bSymbols);
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
  private String others(int from, int to, StringBuilder digits, StringBuilder symbols) {
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

  /**
   * Whether a reference that is not ASCII only was interned to this id. Every reference interned to an
   * id without this mark was ASCII only, and then its strict and loose forms have the same
   * {@link #squeezedHash}.
   */
  boolean folded(int id) {
    return id >>> 6 < folded.length && (folded[id >>> 6] & 1L << id) != 0;
  }

  /**
   * A hash of the form with this id once its joins and its {@code '0'} chars are left out ({@code 0}
   * for {@link #NONE}). For an ASCII reference the strict and the loose form then read the same: both
   * are its chars other than separators, upper-cased, with joins and zeros added or dropped only.
   */
  int squeezedHash(int id) {
    return id == NONE ? 0 : squeezed[id];
  }

  /** The form with this id. */
  String text(int id) {
    return new String(chars, start[id], start[id + 1] - start[id]);
  }

  private int intern(String reference, boolean loose) {
    int from = end;
    int to = normaliseInto(reference, from, loose);
    return to == from ? NONE : add(from, to, hash(from, to), lastFolded);
  }

  /** How many references {@link #internAll} prepares before it interns them. */
  static final int BATCH = 16;
  private final int[] batchFrom = new int[BATCH];
  private final int[] batchTo = new int[BATCH];
  private final int[] batchHash = new int[BATCH];
  private final boolean[] batchFolded = new boolean[BATCH];
  private final int[] batchElement = new int[BATCH];
  private final String[] batchText = new String[BATCH];
  /** What the reads ahead of {@link #internAll} found, kept so that they are not left out as unused. */
  private int readAhead;

  /**
   * Sets {@code ids[p]} to {@code intern(references.apply(p))} (a null reference: {@link #NONE}) for
   * {@code p} in {@code [0, n)}: the same ids as one call each, in order, but faster for many. Sixteen
   * references at a time are normalised and hashed first, then the slots of the index they hash to and
   * the forms those slots hold are read together, so that their cache misses overlap, and only then is
   * each one interned.
   */
  void internAll(int n, IntFunction<String> references, int[] ids) {
    internAll(n, references, ids, false);
  }

  /**
   * Sets {@code out[k]} to the id of the loose form of reference {@code referenceOf(k)}, whose strict form
   * has id {@code strictOf(k)} (not {@link #NONE}), for {@code k} in {@code [0, n)}: the strict id itself
   * when that form is unsegmented (then every reference with it has it as its loose form), so most
   * references are normalised once; else {@link #internLoose}, the same ids as one call each, in order,
   * interned many at a time as {@link #internAll} does.
   */
  void looseAll(int n, IntUnaryOperator strictOf, IntFunction<String> referenceOf, int[] out) {
    int[] pending = new int[n];
    int pendingCount = 0;
    for (int k = 0; k < n; k++) {
      int strict = strictOf.applyAsInt(k);
      if (unsegmented(strict)) {
        out[k] = strict;
      } else {
        pending[pendingCount++] = k;
      }
    }
    int[] ids = new int[pendingCount];
    internAll(pendingCount, j -> referenceOf.apply(pending[j]), ids, true);
    for (int j = 0; j < pendingCount; j++) {
      out[pending[j]] = ids[j];
    }
  }

  private void internAll(int n, IntFunction<String> references, int[] ids, boolean loose) {
    for (int base = 0; base < n; base += BATCH) {
      int m = Math.min(BATCH, n - base);
      for (int j = 0; j < m; j++) {
        batchText[j] = references.apply(base + j);
      }
      readAheadTexts(m);
      int at = end;
      for (int j = 0; j < m; j++) {
        String reference = batchText[j];
        int to = reference == null ? at : normaliseInto(reference, at, loose);
        batchFrom[j] = at;
        batchTo[j] = to;
        batchFolded[j] = reference != null && lastFolded;
        batchHash[j] = hash(at, to);
        at = to;
      }
      readAheadForms(m);
      for (int j = 0; j < m; j++) {
        int from = batchFrom[j];
        int length = batchTo[j] - from;
        if (length == 0) {
          ids[base + j] = NONE;
          continue;
        }
        // Move the form down to the arena's end, where a new form is kept (the ones before were known).
        if (from != end) {
          System.arraycopy(chars, from, chars, end, length);
        }
        ids[base + j] = add(end, end + length, batchHash[j], batchFolded[j]);
      }
    }
  }

  /**
   * Reads the first char of each of the batch's {@code m} references, all of them before any is
   * normalised, keeping a sum of what it read. Changes nothing.
   */
  private void readAheadTexts(int m) {
    int seen = 0;
    for (int j = 0; j < m; j++) {
      String reference = batchText[j];
      seen += reference == null || reference.isEmpty() ? 0 : reference.charAt(0);
    }
    readAhead += seen;
  }

  /**
   * Reads the slot of the index that each of the batch's {@code m} forms hashes to, then the first char
   * of the form each slot holds, keeping a sum of what it read. Changes nothing.
   */
  private void readAheadForms(int m) {
    for (int j = 0; j < m; j++) {
      batchElement[j] = index.readAheadFirst(batchHash[j]) - 1;
    }
    int seen = 0;
    for (int j = 0; j < m; j++) {
      int element = batchElement[j];
      seen += element >= 0 ? chars[start[element]] : 0;
    }
    readAhead += seen;
  }

  private int hash(int from, int to) {
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  /** Interns the form written at {@code [from, to)}, which starts at the arena's end. */
  private int add(int from, int to, int hash, boolean wasFolded) {
    if (count + 2 > start.length) {
      start = Arrays.copyOf(start, start.length * 2);
      squeezed = Arrays.copyOf(squeezed, start.length);
    }
    start[count] = from;
    start[count + 1] = to;
    int known = index.putIfAbsent(count, hash, sameChars);
    int id = known >= 0 ? known : count++;
    if (known < 0) {
      end = to;
      int squeeze = 1;
      for (int i = from; i < to; i++) {
        squeeze = chars[i] == JOIN || chars[i] == '0' ? squeeze : 31 * squeeze + chars[i];
      }
      squeezed[id] = squeeze;
      if (!unsegmented(from, to)) {
        segmented = setBit(segmented, id);
      }
    }
    if (wasFolded) {
      folded = setBit(folded, id);
    }
    return id;
  }

  /** The bits with the id's set, in a larger array when it is beyond them. */
  private static long[] setBit(long[] bits, int id) {
    long[] out = id >>> 6 < bits.length ? bits : Arrays.copyOf(bits, Math.max(2 * bits.length, (id >>> 6) + 1));
    out[id >>> 6] |= 1L << id;
    return out;
  }

  private boolean sameChars(int a, int b) {
    int from = start[b];
    int length = start[b + 1] - from;
    int s = start[a];
    return start[a + 1] - s == length && Arrays.equals(chars, s, s + length, chars, from, from + length);
  }

  /** Writes the strict (or loose) form at {@code from}; returns where it ends. */
  private int normaliseInto(String reference, int from, boolean loose) {
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
}
