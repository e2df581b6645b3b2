package dev.readiness.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readiness bench}: measures a scan (reading, indexing, the whole built-in checklist, the
 * JSON report, heap) or a collection against an in-process FakeAzure, in this process, and prints
 * one JSON object. The generated tenants and FakeAzure are loaded only when this command runs.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures this build on this machine and prints one JSON object on standard output.",
      "Scan: parseSeconds (Jackson readTree of the file, the floor), loadSeconds (read into a"
          + " snapshot, indexes included), evaluateSeconds (the whole built-in checklist),"
          + " reportSeconds (the JSON report), heapBytesAfterLoad, fileBytes; medians of --runs"
          + " runs after --warmups. Then jsonReportBytes, htmlReportBytes, sarifReportBytes,"
          + " ocsfReportBytes, and peakHeapBytes: the most heap in use after a collection while"
          + " one scan loads, evaluates and writes the JSON, HTML and SARIF reports.",
      "Collect (--collect): requests, throttled (429s), failedRequests, wallSeconds,"
          + " lowerBoundSeconds (the least time any client could take), coverageComplete."
    })
final class BenchCommand implements Callable<Integer> {
  /** The seed of the generated tenants when none is given, shared with {@code generate}. */
  static final long DEFAULT_SEED = 42;

  private final Console console;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source = new Source();

  static final class Source {
    @Option(
        names = "--resources",
        paramLabel = "N",
        description =
            "A generated tenant of about N resources, written in format v1 (default 10000).")
    Integer resources;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "A snapshot file to measure.")
    Path snapshot;

    @Option(
        names = "--collect",
        description = "Collect a generated tenant from an in-process FakeAzure instead.")
    boolean collect;
  }

  @Option(names = "--seed", description = "The generator's seed (default ${DEFAULT-VALUE}).")
  long seed = DEFAULT_SEED;

  @Option(names = "--warmups", description = "Untimed runs first (default ${DEFAULT-VALUE}).")
  int warmups = 2;

  @Option(
      names = "--runs",
      description = "Timed runs; the median is printed (default ${DEFAULT-VALUE}).")
  int runs = 5;

  @Option(
      names = "--subscriptions",
      description = "--collect: subscriptions (default ${DEFAULT-VALUE}).")
  int subscriptions = 20;

  @Option(
      names = "--resources-per-subscription",
      description = "--collect: resources in each (default ${DEFAULT-VALUE}).")
  int resourcesPerSubscription = 500;

  @Option(
      names = "--latency-ms",
      description = "--collect: the time FakeAzure takes to answer (default ${DEFAULT-VALUE}).")
  long latencyMillis = 20;

  @Option(
      names = "--bucket",
      description = "--collect: ARM reads a subscription may burst (default ${DEFAULT-VALUE}).")
  int bucket = 250;

  @Option(
      names = "--refill",
      description = "--collect: ARM reads regained a second (default ${DEFAULT-VALUE}).")
  double refill = 25;

  @Option(
      names = "--concurrency",
      description = "--collect: the collector's calls in flight (default ${DEFAULT-VALUE}).")
  int concurrency = 8;

  @Option(
      names = "--no-shared-bucket",
      description =
          "--collect: a client without the shared token bucket, that only retries on 429.")
  boolean noSharedBucket;

  BenchCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (warmups < 0 || runs < 1) {
      throw new Exit.BadInput("--warmups must be at least 0 and --runs at least 1.");
    }
    Map<String, Object> result;
    if (source.collect) {
      result =
          CollectBenchmark.measure(
              new CollectBenchmark.Settings(
                  subscriptions,
                  resourcesPerSubscription,
                  latencyMillis,
                  bucket,
                  refill,
                  concurrency,
                  seed,
                  !noSharedBucket));
    } else if (source.snapshot != null) {
      result = ScanBenchmark.measure(source.snapshot, warmups, runs);
    } else {
      result = measureGenerated(source.resources == null ? 10_000 : source.resources);
    }
    console.out().println(toJson(result));
    return Exit.OK;
  }

  private Map<String, Object> measureGenerated(int resources) throws Exception {
    if (resources < 1) {
      throw new Exit.BadInput("--resources must be at least 1.");
    }
    Path file = Files.createTempFile("readiness-bench-", ".json");
    try {
      SyntheticSnapshots.write(resources, seed, file);
      return ScanBenchmark.measure(file, warmups, runs);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** One line of JSON, fields in the order measured. */
  static String toJson(Map<String, Object> fields) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        json.writeFieldName(field.getKey());
        Object value = field.getValue();
        if (value instanceof Boolean flag) {
          json.writeBoolean(flag);
        } else if (value instanceof Double decimal) {
          json.writeNumber(Math.round(decimal * 1e4) / 1e4);
        } else if (value instanceof Number number) {
          json.writeNumber(number.longValue());
        } else {
          json.writeString(String.valueOf(value));
        }
      }
      json.writeEndObject();
    }
    return text.toString();
  }
}
