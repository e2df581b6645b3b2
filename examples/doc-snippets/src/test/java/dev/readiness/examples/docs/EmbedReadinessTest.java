package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tool.EmbedReadiness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's embedding program, run as a reader would run it: on a snapshot file. */
class EmbedReadinessTest {
  @Test
  void printsEachFailureOfTheSnapshot() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbedReadiness.main(new String[] {"src/test/resources/tenant.json"});
    } finally {
      System.setOut(console);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("FR-LOG-04 Virtual machine 'THA-VM' has no Azure Monitor Agent");
  }
}
