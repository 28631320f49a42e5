package dev.keyaccount.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java samples compile as pasted and print what the README says they print.
 *
 * <p>The convention (stated in the README's tour): every {@code ```java} block is a complete source
 * file, its imports and one top-level class, that compiles on its own in the default package against
 * the SDK's jars; it is the source file of the same name in ka-examples (or, for the generators, ka-core's
 * tests) without its {@code package} line, so the README shows tested code. A block whose class has a
 * {@code main} is followed by a {@code ```text} block holding exactly what the main prints; a block
 * that is a test class has its {@code @Test} methods run. Other kinds of block ({@code xml}, {@code sh},
 * {@code csv}…) are not compiled.
 */
class ReadmeSamplesTest {

  /** The folders a quoted file may come from, relative to the repository root. */
  private static final List<String> SOURCE_ROOTS = List.of("ka-examples/src/main/java", "ka-core/src/test/java");
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
  private static final Pattern TOP_LEVEL_CLASS =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+[\\w.]+;\\s*$");

  private static Path root;
  private static List<Block> blocks;

  /** One fenced block of the README: its language, its text and the README line of its first text line. */
  record Block(int number, String language, int firstLine, List<String> lines, List<String> prose) {

    String text() {
      return String.join("\n", lines);
    }

    String where() {
      return "README.md block " + number + " (```" + language + " at line " + (firstLine - 1) + ")";
    }
  }

  /** A Java block and what follows it. */
  record Sample(int number, Block code, String className, Block output) {

    String where() {
      return "README.md Java sample " + number + " (class " + className + ", ```java at line " + (code.firstLine() - 1)
          + ")";
    }
  }

  @BeforeAll
  static void readTheReadme() throws IOException {
    root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("README.md"))) {
      root = root.getParent();
    }
    assertTrue(root != null, "no README.md in " + Path.of("").toAbsolutePath() + " or above");
    blocks = parse(Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8));
  }

  /** The README's fenced blocks in order; the prose lines before each (since the previous block). */
  static List<Block> parse(List<String> readme) {
    List<Block> found = new ArrayList<>();
    List<String> prose = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      Matcher open = FENCE.matcher(readme.get(i));
      if (!open.matches()) {
        prose.add(readme.get(i));
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < readme.size() && !readme.get(end).strip().equals("```")) {
        end++;
      }
      assertTrue(end < readme.size(), "README.md line " + (i + 1) + ": the ```" + open.group(1) + " block never closes");
      found.add(new Block(found.size() + 1, open.group(1), start + 1, List.copyOf(readme.subList(start, end)),
          List.copyOf(prose)));
      prose.clear();
      i = end;
    }
    return found;
  }

  /** The Java blocks, each with its class name and the text block after it (if there is one). */
  static List<Sample> samples() {
    List<Sample> samples = new ArrayList<>();
    for (int k = 0; k < blocks.size(); k++) {
      Block block = blocks.get(k);
      if (!block.language().equals("java")) {
        continue;
      }
      Matcher name = TOP_LEVEL_CLASS.matcher(block.text());
      assertTrue(name.find(), block.where() + " is not a complete source file: no top-level class (a sample is"
          + " a whole file, imports and class, so that it compiles as pasted)");
      Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
      boolean outputFollows = next != null && next.language().equals("text")
          && next.prose().stream().noneMatch(line -> line.startsWith("#"));
      samples.add(new Sample(samples.size() + 1, block, name.group(1), outputFollows ? next : null));
    }
    return samples;
  }

  @Test
  void theReadmeHasItsSamples() {
    List<String> names = samples().stream().map(Sample::className).collect(Collectors.toList());
    assertTrue(names.size() >= 9 && names.contains("GeneratorsUsageTest") && names.contains("MatchRemittanceExample"),
        "expected the tour's nine samples (the generators' test and the examples), found " + names);
    assertEquals(names.stream().distinct().count(), names.size(), "a class is quoted twice: " + names);
  }

  @Test
  void everyJavaSample_isItsSourceFileWithoutThePackageLine() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Sample sample : samples()) {
      List<Path> sources = new ArrayList<>();
      for (String folder : SOURCE_ROOTS) {
        try (Stream<Path> files = Files.walk(root.resolve(folder))) {
          files.filter(f -> f.getFileName().toString().equals(sample.className() + ".java")).forEach(sources::add);
        }
      }
      if (sources.size() != 1) {
        problems.add(sample.where() + ": expected one " + sample.className() + ".java under " + SOURCE_ROOTS
            + ", found " + sources);
        continue;
      }
      List<String> source = withoutPackageLine(Files.readAllLines(sources.get(0), StandardCharsets.UTF_8));
      List<String> quoted = normalised(sample.code().lines());
      String difference = firstDifference(quoted, source, sample.code().firstLine());
      if (difference != null) {
        problems.add(sample.where() + " is not " + root.relativize(sources.get(0)) + " without its package line: "
            + difference + " (paste the file into the block from its first import on)");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyJavaSample_compilesAsPasted_andPrintsWhatTheReadmeShows(@TempDir Path classes) throws Exception {
    List<Sample> samples = samples();
    compile(samples, classes);
    List<String> problems = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSamplesTest.class.getClassLoader())) {
      for (Sample sample : samples) {
        Class<?> type = loader.loadClass(sample.className());
        Method main = mainOf(type);
        List<Method> tests = testsOf(type);
        if (main != null) {
          if (sample.output() == null) {
            problems.add(sample.where() + " has a main but no ```text block after it showing what it prints");
            continue;
          }
          List<String> printed = normalised(ExamplesTest.capture(args -> invoke(main, null, args)).lines()
              .collect(Collectors.toList()));
          List<String> expected = normalised(sample.output().lines());
          if (!printed.equals(expected)) {
            problems.add(sample.where() + " prints other lines than the ```text block at README.md line "
                + (sample.output().firstLine() - 1) + " shows:\n  README:  " + String.join("\n           ", expected)
                + "\n  printed: " + String.join("\n           ", printed));
          }
        } else if (!tests.isEmpty()) {
          Constructor<?> constructor = type.getDeclaredConstructor();
          constructor.setAccessible(true);
          for (Method test : tests) {
            test.setAccessible(true);
            invoke(test, constructor.newInstance(), null);
          }
          if (sample.output() != null) {
            problems.add(sample.where() + " is a test class (it prints nothing) but a ```text block follows it");
          }
        } else {
          problems.add(sample.where() + " has neither a main nor a @Test method: nothing checks what it says");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void aSampleThatDoesNotCompile_isReportedWithItsReadmeLineAndTheCompilersMessage(@TempDir Path classes) {
    List<Block> readme = parse(List.of("# Title", "", "```java", "import java.util.List;", "",
        "public final class Broken {", "  public static void main(String[] args) {",
        "    System.out.println(List.of(Money.of(1, \"CNY\")));", "  }", "}", "```", "", "It prints:", "", "```text",
        "[CNY 1]", "```"));
    assertEquals(List.of("java", "text"), readme.stream().map(Block::language).collect(Collectors.toList()));
    Sample sample = new Sample(1, readme.get(0), "Broken", readme.get(1));
    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> compile(List.of(sample), classes));
    assertTrue(error.getMessage().contains("README.md Java sample 1 (class Broken, ```java at line 3), README.md line 8:"
        + " cannot find symbol"), error.getMessage());
    assertTrue(error.getMessage().contains("System.out.println(List.of(Money.of(1, \"CNY\")));"), error.getMessage());
  }

  @Test
  void aSampleThatDriftsFromItsSource_isReportedAtItsFirstDifferentLine() {
    assertEquals(null, firstDifference(List.of("a", "b"), List.of("a", "b"), 10));
    assertEquals("line 2 of the block (README.md line 11) is 'b', the source has 'c'",
        firstDifference(List.of("a", "b"), List.of("a", "c"), 10));
    assertEquals("line 3 of the block (README.md line 12) is missing, the source has 'c'",
        firstDifference(List.of("a", "b"), List.of("a", "b", "c"), 10));
    assertEquals(List.of("import x.Y;", "", "class Z {}"),
        withoutPackageLine(List.of("package dev.keyaccount.examples;", "", "import x.Y;", "", "class Z {}  ", "")));
  }

  /** Compiles every sample in one javac run, as pasted (default package); fails with each diagnostic's README line. */
  private static void compile(List<Sample> samples, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac != null, "no system Java compiler: the tests need a JDK, not a JRE");
    Map<URI, Sample> byUri = new LinkedHashMap<>();
    List<JavaFileObject> units = new ArrayList<>();
    for (Sample sample : samples) {
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + sample.className() + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return sample.code().text();
        }
      };
      byUri.put(unit.toUri(), sample);
      units.add(unit);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
        "-d", classes.toString(), "-encoding", "UTF-8");
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Sample sample = d.getSource() == null ? null : byUri.get(d.getSource().toUri());
      String where = sample == null ? "javac"
          : sample.where() + ", README.md line " + (sample.code().firstLine() + d.getLineNumber() - 1);
      String line = sample == null || d.getLineNumber() < 1 ? ""
          : "\n    " + sample.code().lines().get((int) d.getLineNumber() - 1).strip();
      errors.add(where + ": " + d.getMessage(Locale.ROOT) + line);
    }
    if (!compiled || !errors.isEmpty()) {
      fail("README samples do not compile as pasted:\n" + String.join("\n", errors));
    }
  }

  private static Method mainOf(Class<?> type) {
    try {
      Method main = type.getMethod("main", String[].class);
      return Modifier.isStatic(main.getModifiers()) ? main : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static List<Method> testsOf(Class<?> type) {
    return Stream.of(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class))
        .sorted(java.util.Comparator.comparing(Method::getName)).collect(Collectors.toList());
  }

  private static void invoke(Method method, Object target, String[] args) {
    try {
      if (args == null) {
        method.invoke(target);
      } else {
        method.invoke(target, (Object) args);
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getDeclaringClass().getName() + "." + method.getName() + " failed: "
          + e.getCause(), e.getCause());
    }
  }

  /** The file's lines without its package line and the blank line after it, normalised. */
  static List<String> withoutPackageLine(List<String> source) {
    List<String> lines = new ArrayList<>(source);
    for (int i = 0; i < lines.size(); i++) {
      if (PACKAGE.matcher(lines.get(i)).matches()) {
        lines.remove(i);
        if (i < lines.size() && lines.get(i).isBlank()) {
          lines.remove(i);
        }
        break;
      }
    }
    return normalised(lines);
  }

  /** Trailing spaces stripped, blank lines at either end dropped. */
  static List<String> normalised(List<String> lines) {
    List<String> out = lines.stream().map(String::stripTrailing).collect(Collectors.toCollection(ArrayList::new));
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Where a block first differs from its source, as a message naming the README line; null if they are equal. */
  static String firstDifference(List<String> quoted, List<String> source, int firstLine) {
    for (int i = 0; i < Math.max(quoted.size(), source.size()); i++) {
      String a = i < quoted.size() ? quoted.get(i) : null;
      String b = i < source.size() ? source.get(i) : null;
      if (a == null || !a.equals(b)) {
        return "line " + (i + 1) + " of the block (README.md line " + (firstLine + i) + ") is "
            + (a == null ? "missing" : "'" + a + "'") + ", the source has " + (b == null ? "no more lines" : "'" + b + "'");
      }
    }
    return null;
  }
}
