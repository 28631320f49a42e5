package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * The normalised references of one matching run, interned: each distinct normalised form gets a small
 * int id and its characters are kept once, in one arena. Normalisation is exactly
 * {@code References.normalise} (upper-case letters, other characters dropped, full-width forms read as
 * ASCII, leading zeros of each digit run dropped), written straight into the arena, so a million
 * references cost no intermediate strings and no string hashing; equal references then compare as
 * equal ids. The rules are written twice on purpose (here into a shared arena, there into a new
 * string); {@code MatchingInternalsTest.referenceTable_normalisesExactlyAsReferences} holds the two to
 * the same output on generated text. Not thread-safe; used within one matching run only.
 */
final class ReferenceTable {

  /** The id of an absent reference, or of one with no letter or digit. */
  static final int NONE = -1;

  private static final char FULL_WIDTH_FIRST = '\uFF01';
  private static final char FULL_WIDTH_LAST = '\uFF5E';
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;

  private final IndexTable index;
  private final EditDistance distance = new EditDistance();
  private final IndexTable.SameKey sameChars = this::sameChars;
  private char[] chars = new char[256];
  private int[] start = new int[64];
  private int count;
  private int end;

  ReferenceTable(int expected) {
    index = new IndexTable(expected);
  }

  /** The id of the reference's normalised form, or {@link #NONE} if it is empty. */
  int intern(String reference) {
    int from = end;
    int to = normaliseInto(reference, from);
    if (to == from) {
      return NONE;
    }
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    if (count + 2 > start.length) {
      start = Arrays.copyOf(start, start.length * 2);
    }
    start[count] = from;
    start[count + 1] = to;
    int known = index.putIfAbsent(count, hash, sameChars);
    if (known >= 0) {
      return known;
    }
    end = to;
    return count++;
  }

  /** How many distinct references were interned; ids run from 0 to this, exclusive. */
  int size() {
    return count;
  }

  /** Whether the references with these ids are at most {@code max} edits apart. */
  boolean within(int a, int b, int max) {
    return a == b || distance.within(chars, start[a], start[a + 1], start[b], start[b + 1], max);
  }

  /** The normalised form with this id. */
  String text(int id) {
    return new String(chars, start[id], start[id + 1] - start[id]);
  }

  private boolean sameChars(int a, int b) {
    int from = start[b];
    int length = start[b + 1] - from;
    int s = start[a];
    return start[a + 1] - s == length && Arrays.equals(chars, s, s + length, chars, from, from + length);
  }

  /** Writes the normalised form at {@code from}; returns where it ends. */
  private int normaliseInto(String reference, int from) {
    int length = reference.length();
    if (from + length + 1 > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + length + 1));
    }
    char[] out = chars;
    int k = from;
    boolean inDigits = false;
    boolean heldZero = false;
    for (int i = 0; i < length; i++) {
      char c = reference.charAt(i);
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        c = (char) (c - FULL_WIDTH_OFFSET);
      }
      int digit = c <= '9' ? c - '0' : c < 0x80 ? -1 : Character.digit(c, 10);
      if (digit >= 0) {
        if (!inDigits || heldZero) {
          // Still among the leading zeros of this run (or at its start).
          inDigits = true;
          heldZero = digit == 0;
          if (!heldZero) {
            out[k++] = (char) ('0' + digit);
          }
        } else {
          out[k++] = (char) ('0' + digit);
        }
      } else if (isLetter(c)) {
        if (heldZero) {
          out[k++] = '0';
        }
        inDigits = false;
        heldZero = false;
        out[k++] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : Character.toUpperCase(c);
      }
    }
    if (heldZero) {
      out[k++] = '0';
    }
    return k;
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') : Character.isLetter(c);
  }
}
