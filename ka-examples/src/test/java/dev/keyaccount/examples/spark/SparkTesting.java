package dev.keyaccount.examples.spark;

import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The Spark tests' session, and the review's input files written from values. */
final class SparkTesting {

  private SparkTesting() {}

  /** A small local session: two threads, four shuffle partitions, no web UI. */
  static SparkSession session() {
    return SparkSession.builder().master("local[2]").appName("ka-spark-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  static void writeAuthorizations(Path file, List<Authorization> authorizations) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvOutput csv = new CsvOutput(out, AccountMatching.AUTHORIZATION_COLUMNS.toArray(new String[0]))) {
      for (Authorization a : authorizations) {
        csv.verbatim(a.id()).verbatim(a.accountId()).verbatim(a.type().name()).verbatim(a.reference().orElse(""))
            .verbatim(a.date().minusDays(20).toString()).verbatim(a.date().toString()).amount(a.amount())
            .verbatim(a.amount().getCurrency().getCurrencyCode()).endRow();
      }
    }
  }

  static void writeDeductions(Path file, List<Deduction> deductions) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvOutput csv = new CsvOutput(out, AccountMatching.DEDUCTION_COLUMNS.toArray(new String[0]))) {
      for (Deduction d : deductions) {
        csv.verbatim(d.id()).verbatim(d.accountId()).verbatim(d.date().toString()).verbatim(d.reasonCode())
            .verbatim(d.reference().orElse("")).amount(d.amount()).verbatim(d.amount().getCurrency().getCurrencyCode())
            .endRow();
      }
    }
  }

  /** An output folder read back: each line's cells by column name, keyed by the key columns joined with '|'. */
  static Map<String, Map<String, String>> read(SparkSession spark, Path folder, String format, String... key) {
    var table = format.equals("csv")
        ? spark.read().option("header", "true").option("escape", "\"").csv(folder.toString())
        : spark.read().parquet(folder.toString());
    String[] columns = table.columns();
    Map<String, Map<String, String>> lines = new TreeMap<>();
    for (Row row : table.collectAsList()) {
      Map<String, String> cells = new TreeMap<>();
      for (int i = 0; i < columns.length; i++) {
        cells.put(columns[i], row.isNullAt(i) ? "" : row.getString(i));
      }
      List<String> parts = new ArrayList<>();
      for (String k : key) {
        parts.add(cells.get(k));
      }
      if (lines.put(String.join("|", parts), cells) != null) {
        throw new AssertionError("Two lines with key " + parts + " in " + folder);
      }
    }
    return lines;
  }
}
