package dev.keyaccount.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The account portfolio and store execution on Apache Spark. From the review's {@code accounts.csv}, each
 * account's scorecard evaluation (attractiveness, support, quadrant) as the review's section 1 makes
 * it, in {@code account-evaluations}; from store × SKU × week facts, each account's store execution
 * per week (display, activity and distribution rates, SKU count, points, the execution score, sell-out)
 * in {@code store-execution}. Either input may be left out.
 *
 * <p>The store facts are grouped by account and week, each group measured by
 * {@link dev.keyaccount.kpi.execution.StoreExecution#DEFAULT}; the accounts are partitioned by id and
 * each partition evaluated by {@link dev.keyaccount.kpi.evaluation.AccountEvaluator#DEFAULT}.
 *
 * <p>Run: {@code spark-submit --class dev.keyaccount.examples.spark.StoreExecutionJob ka-spark.jar
 * [--accounts PATH] [--store-facts PATH] --out DIR [--format csv|parquet] [--partitions N]}; add
 * {@code --master local[2]} to run it inside one JVM.
 */
public final class StoreExecutionJob {

  /** The folder of account evaluations under the output folder. */
  public static final String EVALUATIONS = "account-evaluations";

  /** The folder of store execution per account and week under the output folder. */
  public static final String EXECUTION = "store-execution";

  static final String USAGE = "Usage: StoreExecutionJob [--accounts PATH] [--store-facts PATH] --out DIR"
      + " [--format csv|parquet] [--partitions N] [--master URL]";

  private StoreExecutionJob() {}

  /**
   * Runs the job: with {@code --master}, in a session of its own that it stops at the end; without, in
   * spark-submit's.
   *
   * @param args {@code --out DIR} and at least one of {@code --accounts PATH} and {@code --store-facts PATH};
   *     optionally {@code --format csv} (the default) or {@code parquet}, {@code --partitions N} and
   *     {@code --master URL}
   */
  public static void main(String[] args) {
    JobArguments arguments = new JobArguments(args, Set.of("out"),
        Set.of("accounts", "store-facts", "format", "partitions", "master"), USAGE);
    if (arguments.get("accounts") == null && arguments.get("store-facts") == null) {
      throw new IllegalArgumentException("Give --accounts, --store-facts or both. " + USAGE);
    }
    SparkSession spark = SparkFiles.session("ka-store-execution", arguments);
    try {
      if (arguments.get("partitions") != null) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.parseInt(arguments.get("partitions")));
      }
      String out = arguments.get("out");
      if (arguments.get("accounts") != null) {
        evaluate(spark, arguments.get("accounts"), out, arguments.format());
        System.out.println("Account evaluations written to " + out + "/" + EVALUATIONS);
      }
      if (arguments.get("store-facts") != null) {
        measure(spark, arguments.get("store-facts"), out, arguments.format());
        System.out.println("Store execution written to " + out + "/" + EXECUTION);
      }
    } finally {
      spark.stop();
    }
  }

  /**
   * Evaluates the accounts of an accounts file into {@link #EVALUATIONS} under the output folder.
   *
   * @param spark the session
   * @param accounts the accounts file or folder, with the review's {@code accounts.csv} columns
   * @param out the output folder
   * @param format {@code csv} or {@code parquet}
   * @throws IllegalArgumentException if the file lacks one of its columns
   */
  public static void evaluate(SparkSession spark, String accounts, String out, String format) {
    Dataset<Row> lines = SparkFiles.read(spark, accounts, format, PortfolioPartition.ACCOUNT_COLUMNS);
    Dataset<Row> evaluations = lines.repartition(col("account_id")).mapPartitions(
        new PortfolioPartition(SparkFiles.name(accounts), format.equals("csv")),
        Encoders.row(strings(PortfolioPartition.EVALUATION_COLUMNS)));
    SparkFiles.write(evaluations, out + "/" + EVALUATIONS, format);
  }

  /**
   * Measures store execution per account and week from store × SKU × week facts into {@link #EXECUTION}
   * under the output folder.
   *
   * @param spark the session
   * @param facts the facts file or folder (columns in the README)
   * @param out the output folder
   * @param format {@code csv} or {@code parquet}
   * @throws IllegalArgumentException if the file lacks one of its columns
   */
  public static void measure(SparkSession spark, String facts, String out, String format) {
    Dataset<Row> lines = SparkFiles.read(spark, facts, format, StoreWeek.FACT_COLUMNS);
    Dataset<Row> execution = lines.groupByKey(new SparkFiles.Key(StoreWeek.FACT_COLUMNS, "account_id", "week"),
        Encoders.tuple(Encoders.STRING(), Encoders.STRING())).flatMapGroups(
        new StoreWeek(SparkFiles.name(facts), format.equals("csv")),
        Encoders.row(strings(StoreWeek.EXECUTION_COLUMNS)));
    SparkFiles.write(execution, out + "/" + EXECUTION, format);
  }

  private static StructType strings(List<String> columns) {
    StructType schema = new StructType();
    for (String column : columns) {
      schema = schema.add(column, DataTypes.StringType, false);
    }
    return schema;
  }
}
