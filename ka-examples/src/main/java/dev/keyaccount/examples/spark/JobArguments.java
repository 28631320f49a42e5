package dev.keyaccount.examples.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job's command line: {@code --name value} pairs, each name known and given once. Without
 * {@code --master} the master is spark-submit's; {@code --master local[2]} runs the job inside this JVM.
 */
final class JobArguments {

  private final Map<String, String> values = new HashMap<>();

  JobArguments(String[] args, Set<String> required, Set<String> optional, String usage) {
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --name value pairs but got '" + name + "'. " + usage);
      }
      String key = name.substring(2);
      if (!required.contains(key) && !optional.contains(key)) {
        throw new IllegalArgumentException("Unknown option '" + name + "'. " + usage);
      }
      if (values.put(key, args[i + 1]) != null) {
        throw new IllegalArgumentException("Option '" + name + "' given twice. " + usage);
      }
    }
    for (String key : required) {
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("Missing option '--" + key + "'. " + usage);
      }
    }
    String format = format();
    if (!List.of("csv", "parquet").contains(format)) {
      throw new IllegalArgumentException("Option '--format' must be csv or parquet but is '" + format + "'. " + usage);
    }
  }

  String get(String name) {
    return values.get(name);
  }

  Optional<String> master() {
    return Optional.ofNullable(values.get("master"));
  }

  /** The format of the input and output files: {@code csv} (the default) or {@code parquet}. */
  String format() {
    return values.getOrDefault("format", "csv");
  }
}
