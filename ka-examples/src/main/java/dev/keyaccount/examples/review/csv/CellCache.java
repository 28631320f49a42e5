package dev.keyaccount.examples.review.csv;

import java.nio.charset.StandardCharsets;

/**
 * One string per distinct ASCII cell of a column, for the cells that repeat down a column (a million
 * lines name a few thousand accounts, a few hundred dates, one currency): the reader then makes no new
 * string for them, and the caches keyed by text downstream find a string whose hash is already known.
 * A column whose cells mostly differ (ids, amounts) stops being cached once half of its first
 * {@link #TRIAL} cells were new, so it costs one lookup per cell only at the start. Holds at most
 * {@link #CAPACITY} strings.
 */
final class CellCache {

  /** The most strings kept. */
  static final int CAPACITY = 1 << 16;
  /** Cells looked up before deciding whether the column repeats. */
  static final int TRIAL = 1 << 16;

  // Open addressing, at most half full; doubled when half full.
  private String[] strings = new String[1024];
  private int[] hashes = new int[1024];
  private int size;
  private int lookups;
  private int misses;
  private boolean off;

  /** The cell of ASCII bytes {@code [from, to)}, the same string as an earlier equal cell when kept. */
  String cell(byte[] bytes, int from, int to) {
    if (off) {
      return text(bytes, from, to);
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    int mask = strings.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (strings[slot] != null) {
      if (hashes[slot] == hash && same(strings[slot], bytes, from, to)) {
        lookups++;
        return strings[slot];
      }
      slot = (slot + 1) & mask;
    }
    String text = text(bytes, from, to);
    lookups++;
    if (++misses > TRIAL / 2 && lookups <= TRIAL || size == CAPACITY) {
      off = true;
      strings = null;
      hashes = null;
    } else {
      strings[slot] = text;
      hashes[slot] = hash;
      if (++size * 2 >= strings.length) {
        grow();
      }
    }
    return text;
  }

  private void grow() {
    String[] oldStrings = strings;
    int[] oldHashes = hashes;
    strings = new String[oldStrings.length * 2];
    hashes = new int[oldStrings.length * 2];
    int mask = strings.length - 1;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = oldStrings[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  /** A new string of ASCII bytes. */
  static String text(byte[] bytes, int from, int to) {
    return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static boolean same(String known, byte[] bytes, int from, int to) {
    if (known.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (known.charAt(i - from) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
