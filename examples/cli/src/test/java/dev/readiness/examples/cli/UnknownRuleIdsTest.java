package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A waiver or attestation that applies to nothing (a rule no available rule has, an attestation for
 * an automated rule that takes none) is never ignored in silence.
 */
class UnknownRuleIdsTest {
  @TempDir Path dir;

  private Path waivers;
  private Path attestations;

  private void writeFiles() throws IOException {
    waivers =
        Files.writeString(
            dir.resolve("waivers.json"),
            """
            {"waivers": [
              {"ruleId": "FR-NOPE-01", "resource": "**", "justification": "Typo.",
               "owner": "secops@contoso.example", "expires": "2027-12-31"}
            ]}
            """);
    attestations =
        Files.writeString(
            dir.resolve("attestations.json"),
            """
            {"attestations": [
              {"ruleId": "FR-IR-05", "evidence": "https://wiki.contoso.example/ir",
               "owner": "secops@contoso.example", "date": "2026-02-01"},
              {"ruleId": "FR-IR-99", "evidence": "https://wiki.contoso.example/x",
               "owner": "secops@contoso.example", "date": "2026-02-01"},
              {"ruleId": "FR-LOG-04", "evidence": "https://wiki.contoso.example/agents",
               "owner": "secops@contoso.example", "date": "2026-02-01"}
            ]}
            """);
  }

  @Test
  void areWarnedOfWithFileAndLineAndTheScanGoesOn() throws IOException {
    writeFiles();

    Cli.Result result =
        Cli.run(
            "scan",
            "--demo",
            "--waivers",
            waivers.toString(),
            "--attestations",
            attestations.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    assertThat(result.err())
        .contains(
            "readiness: warning: "
                + attestations
                + ":4:14: unknown rule id 'FR-IR-99'; no available rule has it, so this"
                + " attestation applies to nothing.")
        .contains(
            "readiness: warning: "
                + attestations
                + ":6:14: rule FR-LOG-04 is decided from the snapshot and takes no attestation,"
                + " so this attestation applies to nothing.")
        .contains(
            "readiness: warning: "
                + waivers
                + ":2:14: unknown rule id 'FR-NOPE-01'; no available rule has it, so this waiver"
                + " applies to nothing.");
  }

  @Test
  void areBadInputWithStrictNamingEveryOneBeforeAnyScan() throws IOException {
    writeFiles();

    Cli.Result result =
        Cli.run(
            "scan",
            "--demo",
            "--strict",
            "--waivers",
            waivers.toString(),
            "--attestations",
            attestations.toString());

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.out()).as("no scan ran").isEmpty();
    assertThat(result.err())
        .contains("readiness: " + attestations + ":4:14: unknown rule id 'FR-IR-99'")
        .contains("readiness: " + attestations + ":6:14: rule FR-LOG-04 is decided from")
        .contains("readiness: " + waivers + ":2:14: unknown rule id 'FR-NOPE-01'")
        .endsWith(
            "readiness: 3 entries that apply to nothing in the files above; --strict refuses"
                + " them.\n")
        .doesNotContain("warning");
  }

  @Test
  void knownIdsAndAttestableAutomatedRulesPassStrictInSilence() throws IOException {
    Path known =
        Files.writeString(
            dir.resolve("known.json"),
            """
            {"attestations": [
              {"ruleId": "fr-ir-05", "evidence": "https://wiki.contoso.example/ir",
               "owner": "secops@contoso.example", "date": "2026-02-01"},
              {"ruleId": "FR-IR-04", "evidence": "https://wiki.contoso.example/hunts",
               "owner": "secops@contoso.example", "date": "2026-02-01"}
            ]}
            """);

    Cli.Result result = Cli.run("scan", "--demo", "--strict", "--attestations", known.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    assertThat(result.err()).doesNotContain("applies to nothing");
  }
}
