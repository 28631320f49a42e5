package dev.keyaccount.examples.review;

/**
 * The order of a list of ids, as an array of positions: a stable merge sort of {@code int} positions by
 * their ids, so that a million results are put in id order without an object per result. Equal ids keep
 * their positions' order.
 */
final class IdOrder {

  private static final int INSERTION = 24;

  private IdOrder() {}

  /**
   * The positions of {@code ids} sorted by id (by {@link String#compareTo}), equal ids by position.
   *
   * @param ids the ids
   * @return the positions, in id order
   */
  static int[] of(String[] ids) {
    int[] order = new int[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (isSorted(ids)) {
      return order;
    }
    sort(ids, order, new int[order.length], 0, order.length);
    return order;
  }

  private static boolean isSorted(String[] ids) {
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1].compareTo(ids[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Sorts {@code order[from, to)}; {@code buffer} is scratch space of the same length. */
  private static void sort(String[] ids, int[] order, int[] buffer, int from, int to) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int p = order[i];
        int j = i - 1;
        while (j >= from && ids[order[j]].compareTo(ids[p]) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = p;
      }
      return;
    }
    int middle = (from + to) >>> 1;
    sort(ids, order, buffer, from, middle);
    sort(ids, order, buffer, middle, to);
    if (ids[order[middle - 1]].compareTo(ids[order[middle]]) <= 0) {
      return;
    }
    System.arraycopy(order, from, buffer, from, to - from);
    int left = from;
    int right = middle;
    for (int k = from; k < to; k++) {
      if (right >= to || left < middle && ids[buffer[left]].compareTo(ids[buffer[right]]) <= 0) {
        order[k] = buffer[left++];
      } else {
        order[k] = buffer[right++];
      }
    }
  }
}
