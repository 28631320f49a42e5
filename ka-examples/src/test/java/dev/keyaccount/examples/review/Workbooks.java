package dev.keyaccount.examples.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Writes workbooks as a user's spreadsheet program would, and reads them back cell by cell with their kinds. */
final class Workbooks {

  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Workbooks() {}

  /**
   * Writes a CSV file as a workbook of one sheet: plain decimals as number cells, ISO dates as date cells
   * formatted yyyy-mm-dd, everything else as text.
   */
  static Path fromCsv(Path csv, Path xlsx) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
      rows.add(record.toList());
    }
    return write(xlsx, rows, true);
  }

  /** Writes rows as a workbook; typed: numbers and dates as such, otherwise every cell as text. */
  static Path write(Path xlsx, List<List<String>> rows, boolean typed) throws IOException {
    try (var out = Files.newOutputStream(xlsx)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet ws = workbook.newWorksheet("data");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          String cell = rows.get(r).get(c);
          if (cell.isEmpty()) {
            continue;
          }
          if (typed && r > 0 && NUMBER.matcher(cell).matches()) {
            ws.value(r, c, new java.math.BigDecimal(cell));
          } else if (typed && r > 0 && DATE.matcher(cell).matches()) {
            ws.value(r, c, LocalDate.parse(cell));
            ws.style(r, c).format("yyyy-mm-dd").set();
          } else if (cell.startsWith("=") && typed) {
            ws.formula(r, c, cell.substring(1));
          } else {
            ws.value(r, c, cell);
          }
        }
      }
      workbook.finish();
    }
    return xlsx;
  }

  /** A cell as read back: its kind and its text. */
  record Read(String type, String text) {}

  /** Every sheet of a workbook, by name, each a list of rows of cells. */
  static Map<String, List<List<Read>>> read(Path xlsx) throws IOException {
    Map<String, List<List<Read>>> out = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
      for (var sheet : workbook.getSheets().toList()) {
        List<List<Read>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          List<Read> cells = new ArrayList<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? new Read("EMPTY", "") : new Read(cell.getType().name(), cell.getRawValue()));
          }
          rows.add(cells);
        }
        out.put(sheet.getName(), rows);
      }
    }
    return out;
  }

  /** Gives every formula in the first sheet a saved value, as Excel does when it saves a workbook. */
  static void saveFormulaValues(Path xlsx, String value) throws IOException {
    Path copy = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
    try (var in = new java.util.zip.ZipFile(xlsx.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (var entryIn = in.getInputStream(entry)) {
          bytes = entryIn.readAllBytes();
        }
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          Matcher f = Pattern.compile("(<f>[^<]*</f>)").matcher(new String(bytes, StandardCharsets.UTF_8));
          bytes = f.replaceAll("$1<v>" + value + "</v>").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(copy, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
