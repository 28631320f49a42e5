package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.report.OutputFolder;

/** Section 6 of the review: deduction matching, aging and DSO. */
final class ReceivablesSection {

  private ReceivablesSection() {}

  static Section build(ReviewInput input, OutputFolder files) {
    return new Section("6. Deductions, aging and DSO (扣款与应收)")
        .note("Not yet available: ka-receivables has not landed (issue 5).");
  }
}
