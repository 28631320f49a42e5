package dev.keyaccount.examples.review.report;

/**
 * The figures of up to {@link #SIZE} consecutive rows of an output file, read from a run's or a ledger's
 * columns before the rows are formatted. The files go by id (or by date and id), so consecutive rows sit
 * far apart in the columns' memory, and formatting a row between two such reads left every read waiting
 * for memory on its own; read in a short loop, a block's reads overlap. A block then touches its rows'
 * texts once more ({@link #touch}), so that their chars are at hand when the rows are written. A
 * subclass holds the columns of one file. Not thread-safe: one per file being written.
 */
public abstract class RowBlock {

  /** Rows per block: enough reads to overlap, few enough that a block's text stays in cache. */
  public static final int SIZE = 512;

  /** What touching the texts found, kept so that the touch is not left out as unused. */
  private long touched;

  /** A block; its subclass makes its columns of {@link #SIZE} rows. */
  protected RowBlock() {}

  /**
   * Reads the length of the first {@code count} texts (null counts 0), keeping their sum, so that their
   * chars are read ahead of use.
   *
   * @param texts a column of the block
   * @param count how many of its rows are filled
   */
  protected final void touch(String[] texts, int count) {
    long sum = 0;
    for (int j = 0; j < count; j++) {
      sum += texts[j] == null ? 0 : texts[j].length();
    }
    touched += sum;
  }
}
