package dev.keyaccount.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java sample in the README must be a verbatim excerpt of a compiled, tested source: an example
 * in ka-examples or a test in ka-core. So the README's code compiles and says what the code does.
 */
class ReadmeSamplesTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyJavaSampleInTheReadme_isCopiedFromTestedSource() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<List<String>> sources = new ArrayList<>();
    for (Path dir : List.of(ROOT.resolve("ka-examples/src/main/java"), ROOT.resolve("ka-core/src/test/java"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
          sources.add(trimmedLines(Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    int samples = 0;
    while (blocks.find()) {
      List<String> sample = trimmedLines(blocks.group(1));
      samples++;
      assertTrue(sources.stream().anyMatch(source -> contains(source, sample)),
          "README sample not found verbatim in ka-examples or ka-core tests:\n" + blocks.group(1));
    }
    assertFalse(samples < 5, "expected the README's five Java samples, found " + samples);
  }

  private static List<String> trimmedLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
  }

  private static boolean contains(List<String> source, List<String> sample) {
    return java.util.Collections.indexOfSubList(source, sample) >= 0;
  }
}
