package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

class DistinctCountTest {

    /** One object per letter: keys are told apart by identity. */
    private static final Object[] LETTERS = {new Object(), new Object(), new Object(), new Object(), new Object(),
            new Object()};

    private static final Function<String, Object> FIRST_LETTER = word -> LETTERS[word.charAt(0) - 'a'];

    private final DistinctCount<String> byFirstLetter = DistinctCount.of(FIRST_LETTER);

    @Test
    void countsDistinctKeysAsItemsComeAndGo() {
        DistinctCount.Tally tally = byFirstLetter.supplier().get();
        Runnable apple = byFirstLetter.accumulator().apply(tally, "apple");
        Runnable avocado = byFirstLetter.accumulator().apply(tally, "avocado");
        Runnable banana = byFirstLetter.accumulator().apply(tally, "banana");
        assertThat(byFirstLetter.finisher().apply(tally)).isEqualTo(2);

        apple.run();
        assertThat(byFirstLetter.finisher().apply(tally)).isEqualTo(2);
        avocado.run();
        assertThat(byFirstLetter.finisher().apply(tally)).isEqualTo(1);
        banana.run();
        assertThat(byFirstLetter.finisher().apply(tally)).isZero();
    }

    @Test
    void growsPastItsFirstFewKeysAndKeepsTheOthersWhenOneLeaves() {
        DistinctCount.Tally tally = byFirstLetter.supplier().get();
        Runnable cherry = null;
        for (String word : new String[] {"apple", "banana", "cherry", "date", "elder", "fig"}) {
            Runnable retract = byFirstLetter.accumulator().apply(tally, word);
            if (word.equals("cherry")) {
                cherry = retract;
            }
        }
        assertThat(byFirstLetter.finisher().apply(tally)).isEqualTo(6);

        cherry.run();
        Runnable again = byFirstLetter.accumulator().apply(tally, "fennel");
        assertThat(byFirstLetter.finisher().apply(tally)).isEqualTo(5);
        again.run();
        assertThat(byFirstLetter.finisher().apply(tally)).isEqualTo(5);
    }
}
