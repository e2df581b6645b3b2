package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {
  @Test
  void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
    assertThat(Medians.median(9, 1, 5)).isEqualTo(5);
    assertThat(Medians.median(3)).isEqualTo(3);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Medians.median(4, 1, 100, 2)).isEqualTo(3);
  }

  @Test
  void anOutlierDoesNotMoveTheMedian() {
    assertThat(Medians.median(1, 1.1, 1.2, 1.3, 60)).isEqualTo(1.2);
  }

  @Test
  void theMedianLeavesItsInputAlone() {
    double[] values = {3, 1, 2};
    Medians.median(values);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void noValuesHaveNoMedian() {
    assertThatThrownBy(Medians::median).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void warmUpRunsComeFirstAndOnlyTheTimedRunsAreMeasured() throws Exception {
    List<Integer> calls = new ArrayList<>();
    Medians.Timing timing = Medians.time(2, 3, () -> calls.add(calls.size()));
    assertThat(calls).hasSize(5);
    assertThat(timing.seconds()).isGreaterThanOrEqualTo(0);
    assertThat(timing.cpuSeconds()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aStepThatReturnsNothingIsRefused() {
    assertThatThrownBy(() -> Medians.time(0, 1, () -> null))
        .isInstanceOf(IllegalStateException.class);
  }
}
