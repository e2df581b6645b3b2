package dev.readiness.api.report;

import dev.readiness.api.Category;
import dev.readiness.api.RuleMetadata;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The forensic readiness checklist as the Markdown and HTML reports show it: the six areas, each
 * with its rows (the rules' {@link RuleMetadata#checklistItems()}, or a rule's title when it names
 * none), and per row the rules and the counts of their findings.
 */
final class Checklist {
  /** One checklist row. */
  record Row(Category area, String item, Set<String> ruleIds, StatusCounts counts) {
    /** The row's tick: every finding passes or is waived and there is at least one. */
    Tick tick() {
      if (counts.get(ReportStatus.FAIL) > 0 || counts.get(ReportStatus.ERROR) > 0) {
        return Tick.FAILED;
      }
      long settled =
          counts.get(ReportStatus.PASS)
              + counts.get(ReportStatus.WAIVED)
              + counts.get(ReportStatus.BASELINE);
      return counts.total() > 0 && settled == counts.total() ? Tick.MET : Tick.UNDECIDED;
    }
  }

  /** How a row stands. */
  enum Tick {
    MET("✅", "✔", "met"),
    FAILED("❌", "✘", "failed"),
    UNDECIDED("❔", "?", "undecided");

    /** For Markdown, which code hosts render with emoji. */
    final String symbol;

    /** For HTML, in characters common fonts have: a browser offline may have no emoji font. */
    final String plainSymbol;

    final String word;

    Tick(String symbol, String plainSymbol, String word) {
      this.symbol = symbol;
      this.plainSymbol = plainSymbol;
      this.word = word;
    }
  }

  private Checklist() {}

  /** The rows of every area, areas in checklist order, rows sorted by item. */
  static Map<Category, List<Row>> of(ScanReport scan) {
    Map<Category, Map<String, Set<String>>> items = new EnumMap<>(Category.class);
    for (Category area : Category.values()) {
      items.put(area, new TreeMap<>());
    }
    for (RuleMetadata rule : scan.report().rules()) {
      List<String> rows =
          rule.checklistItems().isEmpty() ? List.of(rule.title()) : rule.checklistItems();
      for (String row : rows) {
        items.get(rule.category()).computeIfAbsent(row, r -> new TreeSet<>()).add(rule.id());
      }
    }
    Map<Category, List<Row>> checklist = new EnumMap<>(Category.class);
    items.forEach(
        (area, rows) -> {
          List<Row> list = new ArrayList<>();
          rows.forEach(
              (item, ruleIds) ->
                  list.add(
                      new Row(
                          area,
                          item,
                          ruleIds,
                          StatusCounts.of(
                              scan.findings().stream()
                                  .filter(f -> ruleIds.contains(f.finding().ruleId()))
                                  .toList()))));
          checklist.put(area, List.copyOf(list));
        });
    return checklist;
  }
}
