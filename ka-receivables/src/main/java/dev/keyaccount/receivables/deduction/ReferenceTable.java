package dev.keyaccount.receivables.deduction;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The normalised references of one matching run, interned: each distinct form gets a small int id
 * and its characters are kept once, in one arena. {@link #intern} gives the id of a reference's strict
 * form and {@link #internLoose} the id of its loose form, both exactly as {@code References.normalise}
 * and {@code References.loose} define them; a loose form is itself a strict form, so both share one
 * namespace, and equal ids are equal forms.
 *
 * <p>The rules are written twice on purpose: here straight into the shared arena ({@link FormArena}),
 * with no intermediate string and no string hashing for a reference of ASCII characters only (a
 * non-ASCII one goes through {@code java.text.Normalizer}); there into a new string.
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

  private final IndexTable index;
  private final EditDistance distance = new EditDistance();
  private final IndexTable.SameKey sameChars = this::sameChars;
  private final FormArena arena = new FormArena();
  private int[] start = new int[64];
  /** Per id, its {@link #squeezedHash}: computed when the form is added, while its chars are in cache. */
  private int[] squeezed = new int[64];
  /** Per id, its {@link CharCounts} signature: computed when the form is added, while its chars are in cache. */
  private long[] counts = new long[64];
  /** Bit per id: whether a reference interned to it was not ASCII only (see {@link #folded}). */
  private long[] folded = new long[1];
  /** Bit per id: whether its form is segmented (see {@link #unsegmented}), found when the form is added. */
  private long[] segmented = new long[1];
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
    // Counts of chars first: a bound of the distance in a few operations, which rejects most pairs of
    // unrelated forms (a thousand references of one amount compared with each other); then the banded
    // distance, then the tokens.
    if (!CharCounts.mayBeWithin(counts[a], counts[b], max)) {
      return false;
    }
    char[] chars = arena.chars;
    return distance.within(chars, aFrom, aTo, bFrom, bTo, max)
        && NearForms.sameSymbolsAndSplit(chars, aFrom, aTo, bFrom, bTo);
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

  /** The {@link CharCounts} signature of the form with this id; {@link CharCounts#NONE} for {@link #NONE}. */
  long charCounts(int id) {
    return id == NONE ? CharCounts.NONE : counts[id];
  }

  /** The {@code hashCode} of {@link #text}{@code (id)}, without making the string. */
  int textHash(int id) {
    char[] chars = arena.chars;
    int h = 0;
    for (int i = start[id]; i < start[id + 1]; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** The form with this id. */
  String text(int id) {
    return new String(arena.chars, start[id], start[id + 1] - start[id]);
  }

  private int intern(String reference, boolean loose) {
    int from = end;
    int to = arena.write(reference, from, loose);
    return to == from ? NONE : add(from, to, hash(from, to), arena.lastFolded);
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
        int to = reference == null ? at : arena.write(reference, at, loose);
        batchFrom[j] = at;
        batchTo[j] = to;
        batchFolded[j] = reference != null && arena.lastFolded;
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
          System.arraycopy(arena.chars, from, arena.chars, end, length);
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
      seen += element >= 0 ? arena.chars[start[element]] : 0;
    }
    readAhead += seen;
  }

  private int hash(int from, int to) {
    char[] chars = arena.chars;
    int hash = 1;
    int i = from;
    // Four chars a step: the same sum of powers of 31, with a shorter chain of multiplications.
    for (; i + 3 < to; i += 4) {
      hash = 923_521 * hash + 29_791 * chars[i] + 961 * chars[i + 1] + 31 * chars[i + 2] + chars[i + 3];
    }
    for (; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  /** Interns the form written at {@code [from, to)}, which starts at the arena's end. */
  private int add(int from, int to, int hash, boolean wasFolded) {
    if (count + 2 > start.length) {
      start = Arrays.copyOf(start, start.length * 2);
      squeezed = Arrays.copyOf(squeezed, start.length);
      counts = Arrays.copyOf(counts, start.length);
    }
    start[count] = from;
    start[count + 1] = to;
    int known = index.putIfAbsent(count, hash, sameChars);
    int id = known >= 0 ? known : count++;
    if (known < 0) {
      end = to;
      char[] chars = arena.chars;
      int squeeze = 1;
      for (int i = from; i < to; i++) {
        squeeze = chars[i] == FormArena.JOIN || chars[i] == '0' ? squeeze : 31 * squeeze + chars[i];
      }
      squeezed[id] = squeeze;
      counts[id] = CharCounts.of(chars, from, to);
      if (!arena.unsegmented(from, to)) {
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
    char[] chars = arena.chars;
    return start[a + 1] - s == length && Arrays.equals(chars, s, s + length, chars, from, from + length);
  }
}
