package dev.keyaccount.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Deduction matching (扣款核对) on Apache Spark: reads the review's {@code authorizations.csv} and
 * {@code deductions.csv} (or Parquet files with the same columns), groups their lines by currency and
 * account, runs one {@link dev.keyaccount.receivables.deduction.DeductionMatcher} per group with the
 * review's policy, and writes three folders of part files under {@code --out}:
 * {@code deduction-results} (one line per deduction), {@code account-summary} (one line per currency and
 * account) and {@code rejected-lines}.
 *
 * <p>Matching is account-local (no pass looks at another account's lines), so each group's results are
 * those of one run over all accounts of its currency, except for an id used in two accounts: one run
 * keeps its first line and rejects the other, the job matches both, each in its account.
 *
 * <p>Run: {@code spark-submit --class dev.keyaccount.examples.spark.DeductionMatchingJob ka-spark.jar
 * --authorizations PATH --deductions PATH --out DIR [--format csv|parquet] [--partitions N]}; add
 * {@code --master local[2]} to run it inside one JVM.
 */
public final class DeductionMatchingJob {

  /** The folder of per-deduction results under the output folder. */
  public static final String RESULTS = "deduction-results";

  /** The folder of per-account summaries under the output folder. */
  public static final String SUMMARY = "account-summary";

  /** The folder of rejected lines under the output folder. */
  public static final String REJECTED = "rejected-lines";

  static final String USAGE = "Usage: DeductionMatchingJob --authorizations PATH --deductions PATH --out DIR"
      + " [--format csv|parquet] [--partitions N] [--master URL]";

  private DeductionMatchingJob() {}

  /**
   * What a run wrote.
   *
   * @param results the deductions matched, one line each in {@link #RESULTS}
   * @param accounts the (currency, account) groups matched, one line each in {@link #SUMMARY}
   * @param rejected the lines rejected, in {@link #REJECTED}
   */
  public record Outcome(long results, long accounts, long rejected) {}

  /**
   * Runs the job: with {@code --master}, in a session of its own that it stops at the end; without, in
   * spark-submit's. Prints one line with the counts written.
   *
   * @param args {@code --authorizations PATH --deductions PATH --out DIR}, optionally {@code --format csv}
   *     (the default) or {@code parquet}, {@code --partitions N} (Spark's shuffle partitions) and
   *     {@code --master URL}
   */
  public static void main(String[] args) {
    JobArguments arguments = new JobArguments(args, Set.of("authorizations", "deductions", "out"),
        Set.of("format", "partitions", "master"), USAGE);
    SparkSession spark = SparkFiles.session("ka-deduction-matching", arguments);
    try {
      if (arguments.get("partitions") != null) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.parseInt(arguments.get("partitions")));
      }
      Outcome outcome = run(spark, arguments.get("authorizations"), arguments.get("deductions"), arguments.get("out"),
          arguments.format());
      System.out.println("Deduction matching: " + outcome.results() + " deductions in " + outcome.accounts()
          + " accounts, " + outcome.rejected() + " line(s) rejected; written to " + arguments.get("out"));
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param authorizations the authorizations file or folder
   * @param deductions the deductions file or folder
   * @param out the output folder; its three folders are replaced
   * @param format {@code csv} or {@code parquet}, for the input and the output
   * @return the counts written
   * @throws IllegalArgumentException if a file lacks one of its columns
   */
  public static Outcome run(SparkSession spark, String authorizations, String deductions, String out, String format) {
    Dataset<Row> authorizationLines = SparkFiles.read(spark, authorizations, format,
        AccountMatching.AUTHORIZATION_COLUMNS);
    Dataset<Row> deductionLines = SparkFiles.read(spark, deductions, format, AccountMatching.DEDUCTION_COLUMNS);
    KeyValueGroupedDataset<Tuple2<String, String>, Row> deductionGroups = deductionLines.groupByKey(
        new SparkFiles.Key(AccountMatching.DEDUCTION_COLUMNS, "currency", "account_id"), Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
    KeyValueGroupedDataset<Tuple2<String, String>, Row> authorizationGroups = authorizationLines.groupByKey(
        new SparkFiles.Key(AccountMatching.AUTHORIZATION_COLUMNS, "currency", "account_id"), Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
    Dataset<Row> tagged = deductionGroups.cogroup(authorizationGroups,
        new AccountMatching(SparkFiles.name(authorizations), SparkFiles.name(deductions), format.equals("csv")),
        Encoders.row(AccountMatching.TAGGED));
    tagged.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SparkFiles.write(part(tagged, AccountMatching.RESULT, AccountMatching.RESULT_COLUMNS), out + "/" + RESULTS, format);
      SparkFiles.write(part(tagged, AccountMatching.SUMMARY, AccountMatching.SUMMARY_COLUMNS), out + "/" + SUMMARY,
          format);
      SparkFiles.write(part(tagged, AccountMatching.REJECTED, AccountMatching.REJECTED_COLUMNS), out + "/" + REJECTED,
          format);
      Map<String, Long> counts = new HashMap<>();
      tagged.groupBy("kind").count().collectAsList().forEach(r -> counts.put(r.getString(0), r.getLong(1)));
      return new Outcome(counts.getOrDefault(AccountMatching.RESULT, 0L),
          counts.getOrDefault(AccountMatching.SUMMARY, 0L), counts.getOrDefault(AccountMatching.REJECTED, 0L));
    } finally {
      tagged.unpersist();
    }
  }

  /** The lines of one kind, as columns. */
  static Dataset<Row> part(Dataset<Row> tagged, String kind, List<String> columns) {
    List<Column> selected = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      selected.add(col("cells").getItem(i).as(columns.get(i)));
    }
    return tagged.filter(col("kind").equalTo(kind)).select(selected.toArray(new Column[0]));
  }
}
