package dev.keyaccount.examples.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the review as a user would, capturing its status and streams, and writes input files. */
final class ReviewRuns {

  static final String ACCOUNTS_HEADER =
      "account_id,name,currency,annual_sales,growth_rate,dso_days,display_rate,activity_rate,listed_skus,relationship";
  static final String AUTHORIZATIONS_HEADER = "authorization_id,account_id,type,reference,start_date,end_date,amount,currency";
  static final String DEDUCTIONS_HEADER = "deduction_id,account_id,date,reason_code,reference,amount,currency";

  /** The result of one review run. */
  record Run(int status, String out, String err) {}

  private ReviewRuns() {}

  static Run review(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = QuarterlyReview.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path write(Path folder, String name, String... lines) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
