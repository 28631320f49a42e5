package dev.keyaccount.examples.spark;

import static org.apache.spark.sql.functions.col;

import dev.keyaccount.core.money.Rate;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple2;

/**
 * Reading the review's input files and writing the jobs' output folders with Spark's own readers and
 * writers. CSV as the review writes it: a header row, RFC 4180 quotes (a quote inside a quoted cell is
 * doubled), UTF-8; a cell holding a line break is not supported (Spark splits files by lines). Parquet
 * with the same column names, of any type: every cell is read as its text ({@code 1234.50},
 * {@code 2026-06-28}) and goes through the review's checks.
 */
final class SparkFiles {

  private SparkFiles() {}

  /**
   * The session of a job's main: spark-submit's master, or the one given (then without the web UI, a
   * run inside one JVM has no one to look at it), with Spark's chatter at WARN.
   */
  static SparkSession session(String name, JobArguments arguments) {
    SparkSession.Builder builder = SparkSession.builder().appName(name);
    arguments.master().ifPresent(master -> builder.master(master).config("spark.ui.enabled", "false"));
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /**
   * The named columns of a file (or a folder of part files), every cell as text, in the order named.
   *
   * @throws IllegalArgumentException naming the file and the column if a column is missing
   */
  static Dataset<Row> read(SparkSession spark, String path, String format, List<String> columns) {
    Dataset<Row> table = format.equals("csv")
        ? spark.read().option("header", "true").option("escape", "\"").option("encoding", "UTF-8").csv(path)
        : spark.read().parquet(path);
    List<String> present = Arrays.asList(table.columns());
    List<Column> selected = new ArrayList<>();
    for (String name : columns) {
      if (!present.contains(name)) {
        throw new IllegalArgumentException("Malformed input: " + path + " has no column '" + name + "' (it has "
            + String.join(", ", present) + ")");
      }
      selected.add(col(name).cast(DataTypes.StringType).as(name));
    }
    return table.select(selected.toArray(new Column[0]));
  }

  /**
   * The group key of a line: two of its cells, trimmed (a currency code also in upper case, so that
   * {@code cny} and {@code CNY} are one group).
   */
  static final class Key implements MapFunction<Row, Tuple2<String, String>> {

    private static final long serialVersionUID = 1L;
    private final int first;
    private final int second;
    private final boolean upperFirst;

    Key(List<String> columns, String first, String second) {
      this.first = columns.indexOf(first);
      this.second = columns.indexOf(second);
      this.upperFirst = first.equals("currency");
    }

    @Override
    public Tuple2<String, String> call(Row row) {
      String key = trimmed(row, first);
      return new Tuple2<>(upperFirst ? key.toUpperCase(Locale.ROOT) : key, trimmed(row, second));
    }

    private static String trimmed(Row row, int index) {
      // White space only, as the review's reader strips a cell (CsvRow): control characters are kept.
      return row.isNullAt(index) ? "" : row.getString(index).strip();
    }
  }

  /** The file name a line's messages name: the last part of the path. */
  static String name(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** Each column's index in a row of {@link #read}. */
  static Map<String, Integer> index(List<String> columns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
    }
    return index;
  }

  /** A row's cells as text; an absent cell is null. */
  static String[] cells(Row row) {
    String[] cells = new String[row.length()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = row.isNullAt(i) ? null : row.getString(i);
    }
    return cells;
  }

  /** Rates in the outputs: fractions to this many decimals, rounded half-up. */
  static final int RATE_DECIMALS = 6;

  /** A rate as a fraction to {@link #RATE_DECIMALS} decimals, half-up: {@code 0.225000}. */
  static String rate(Rate rate) {
    return rate.fraction().setScale(RATE_DECIMALS, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Writes a table to a folder of part files, replacing the folder; in CSV as the review writes its
   * files (an empty cell is empty, not {@code ""}).
   */
  static void write(Dataset<Row> table, String path, String format) {
    if (format.equals("csv")) {
      table.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
          .option("emptyValue", "").csv(path);
    } else {
      table.write().mode(SaveMode.Overwrite).parquet(path);
    }
  }
}
