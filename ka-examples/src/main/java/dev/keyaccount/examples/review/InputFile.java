package dev.keyaccount.examples.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values read from one input file, with the line each came from (kept as a {@code long[]}, not a
 * row object per line), and the well-formed lines the library rejected.
 *
 * @param <T> the value type
 */
final class InputFile<T> {

  final String file;
  final List<T> values = new ArrayList<>();
  final List<ReviewInput.RejectedLine> rejected = new ArrayList<>();
  private long[] lines = new long[64];

  InputFile(String file) {
    this.file = file;
  }

  void add(T value, long line) {
    if (values.size() == lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    lines[values.size()] = line;
    values.add(value);
  }

  /** The line of the value at an index. */
  long line(int index) {
    return lines[index];
  }
}
