package dev.keyaccount.examples.review;

/** The quarterly key account review: the SDK's main job, run on built-in sample data. */
public final class QuarterlyReview {

  private QuarterlyReview() {}

  /**
   * Runs the review.
   *
   * @param args command-line arguments (none yet)
   */
  public static void main(String[] args) {
    System.out.println("Quarterly key account review: not yet implemented (see issue 6).");
  }
}
