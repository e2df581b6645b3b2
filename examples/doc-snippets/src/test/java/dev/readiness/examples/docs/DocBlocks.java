package dev.readiness.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced code blocks of the project's Markdown, and the sources they include. A block preceded
 * by {@code <!-- snippet: path#region -->} shows the lines between {@code // snippet: region} and
 * {@code // end-snippet} of that file (the path from the repository root), less their common
 * indentation; without {@code #region} it shows the whole file.
 */
final class DocBlocks {
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)$");
  private static final Pattern MARKER =
      Pattern.compile("^<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->$");

  /** One fenced block: where it stands, its language, what it includes, and its text. */
  record Block(
      Path doc, int line, int end, String language, Optional<Include> include, String text) {
    String where(Path root) {
      return root.relativize(doc) + ":" + line;
    }
  }

  /** A marker's source file and region (empty for the whole file). */
  record Include(String path, Optional<String> region) {
    @Override
    public String toString() {
      return path + region.map(r -> "#" + r).orElse("");
    }
  }

  private DocBlocks() {}

  /** README.md and every Markdown file under docs/, in name order. */
  static List<Path> docs(Path root) {
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
      return docs;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  static List<Block> blocks(Path doc) {
    List<String> lines = read(doc).lines().toList();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalStateException(doc + ":" + (i + 1) + ": the code block is never closed");
      }
      Optional<Include> include = Optional.empty();
      if (i > 0) {
        Matcher marker = MARKER.matcher(lines.get(i - 1));
        if (marker.matches()) {
          include = Optional.of(new Include(marker.group(1), Optional.ofNullable(marker.group(2))));
        }
      }
      String text = String.join("\n", lines.subList(i + 1, end));
      blocks.add(new Block(doc, i + 1, end + 1, fence.group(1), include, text));
      i = end;
    }
    return blocks;
  }

  /** The text a marker stands for, as the docs must show it. */
  static String source(Path root, Include include) {
    Path file = root.resolve(include.path());
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no file " + include.path() + " to include");
    }
    List<String> lines = read(file).lines().toList();
    if (include.region().isEmpty()) {
      return String.join("\n", lines).strip();
    }
    String start = "// snippet: " + include.region().get();
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(start)) {
        from = i + 1;
        break;
      }
    }
    if (from < 0) {
      throw new IllegalStateException(include.path() + " has no line '" + start + "'");
    }
    int to = from;
    while (to < lines.size() && !lines.get(to).strip().equals("// end-snippet")) {
      to++;
    }
    if (to == lines.size()) {
      throw new IllegalStateException(
          include.path() + ": region '" + include.region().get() + "' has no '// end-snippet'");
    }
    return dedent(lines.subList(from, to));
  }

  /** {@code doc} with every included block replaced by its source. */
  static String regenerated(Path root, Path doc) {
    List<String> lines = new ArrayList<>(read(doc).lines().toList());
    List<Block> blocks = blocks(doc);
    for (int b = blocks.size() - 1; b >= 0; b--) {
      Block block = blocks.get(b);
      if (block.include().isPresent()) {
        List<String> body = source(root, block.include().get()).lines().toList();
        lines.subList(block.line(), block.end() - 1).clear();
        lines.addAll(block.line(), body);
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent));
    }
    return String.join("\n", out);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
