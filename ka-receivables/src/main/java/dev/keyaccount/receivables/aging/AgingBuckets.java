package dev.keyaccount.receivables.aging;

import dev.keyaccount.core.Args;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The aging buckets (账龄区间), as data: half-open ranges of days past due. The boundaries
 * {@code [1, 31, 61, 91]} (the standard) give "current" (not yet due: fewer than 1 day past due),
 * "1-30" ([1, 31)), "31-60", "61-90" and "90+" ([91, ∞)). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgingBuckets {

  AgingBuckets() {}

  /**
   * The standard buckets: current, 1-30, 31-60, 61-90, 90+.
   *
   * @return the standard buckets
   */
  public static AgingBuckets standard() {
    return of(1, 31, 61, 91);
  }

  /**
   * Buckets from their lower boundaries in days past due.
   *
   * @param boundaries strictly increasing, the first at least 1; n boundaries give n + 1 buckets
   * @return the buckets
   * @throws IllegalArgumentException if the boundaries are empty, not increasing or start below 1
   */
  public static AgingBuckets of(int... boundaries) {
    Args.notNull(boundaries, "boundaries");
    List<Integer> list = new ArrayList<>();
    for (int b : boundaries) {
      list.add(b);
    }
    return ImmutableAgingBuckets.of(list);
  }

  /**
   * The lower boundaries of the buckets after "current", in days past due.
   *
   * @return strictly increasing boundaries, the first at least 1
   */
  @Value.Parameter
  public abstract List<Integer> boundaries();

  /**
   * The number of buckets, "current" included.
   *
   * @return boundaries + 1
   */
  public int size() {
    return boundaries().size() + 1;
  }

  /**
   * The labels, such as {@code ["current", "1-30", "31-60", "61-90", "90+"]}.
   *
   * @return one label per bucket
   */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add("current");
    List<Integer> b = boundaries();
    for (int i = 0; i < b.size(); i++) {
      labels.add(i + 1 < b.size() ? b.get(i) + "-" + (b.get(i + 1) - 1) : (b.get(i) - 1) + "+");
    }
    return labels;
  }

  /**
   * The bucket of an item a number of days past due.
   *
   * @param daysPastDue the days past due (zero or negative when not yet due)
   * @return the bucket's index, 0 for "current"
   */
  public int bucketOf(long daysPastDue) {
    int index = 0;
    for (int boundary : boundaries()) {
      if (daysPastDue < boundary) {
        break;
      }
      index++;
    }
    return index;
  }

  @Value.Check
  void check() {
    Args.notEmpty(boundaries(), "boundaries");
    Args.check(boundaries().get(0) >= 1, "boundaries", "start at 1 or later", boundaries());
    for (int i = 1; i < boundaries().size(); i++) {
      Args.check(boundaries().get(i) > boundaries().get(i - 1), "boundaries", "be strictly increasing", boundaries());
    }
  }
}
