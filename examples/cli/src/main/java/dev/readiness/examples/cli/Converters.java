package dev.readiness.examples.cli;

import dev.readiness.api.Category;
import dev.readiness.api.Severity;
import dev.readiness.api.report.ReportFormat;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values parsed by the API's own parsers, so messages name the valid choices once. */
final class Converters {
  private Converters() {}

  private static <T> T parse(String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException invalid) {
      throw new TypeConversionException(invalid.getMessage());
    }
  }

  /** A report format. */
  static final class Format implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return parse(value, ReportFormat::parse);
    }
  }

  /** A checklist area. */
  static final class Area implements ITypeConverter<Category> {
    @Override
    public Category convert(String value) {
      return parse(value, Category::parse);
    }
  }

  /** A severity. */
  static final class Level implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return parse(value, Severity::parse);
    }
  }
}
