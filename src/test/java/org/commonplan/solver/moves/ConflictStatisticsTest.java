package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConflictStatisticsTest {

    @Test
    void countsEachPushUnderItsOwnKey() {
        ConflictStatistics statistics = new ConflictStatistics(10, 40);

        statistics.countPush(3, 7, 5, 9);
        statistics.countPush(3, 7, 5, 9);
        statistics.countPush(5, 9, 3, 7);

        assertThat(statistics.pushes(3, 7, 5, 9)).isEqualTo(2);
        assertThat(statistics.pushes(5, 9, 3, 7)).isEqualTo(1);
        assertThat(statistics.pushes(3, 7, 5, 8)).isZero();
    }

    @Test
    void keepsEveryCountAsTheTableGrows() {
        ConflictStatistics statistics = new ConflictStatistics(200, 60);
        // 6,000 keys, the table's first 1,024 slots many times over; every third key pushed twice.
        for (int activity = 0; activity < 100; activity++) {
            for (int block = 0; block < 60; block++) {
                statistics.countPush(activity, block, activity + 100, 59 - block);
                if ((activity * 60 + block) % 3 == 0) {
                    statistics.countPush(activity, block, activity + 100, 59 - block);
                }
            }
        }

        for (int activity = 0; activity < 100; activity++) {
            for (int block = 0; block < 60; block++) {
                assertThat(statistics.pushes(activity, block, activity + 100, 59 - block))
                        .isEqualTo((activity * 60 + block) % 3 == 0 ? 2 : 1);
                assertThat(statistics.pushes(activity + 100, 59 - block, activity, block)).isZero();
            }
        }
    }

    @Test
    void everyCombinationOfASmallSchoolHasADistinctKey() {
        int activities = 5;
        int blocks = 7;
        ConflictStatistics statistics = new ConflictStatistics(activities, blocks);
        Set<Long> keys = new HashSet<>();
        for (int activity = 0; activity < activities; activity++) {
            for (int block = 0; block < blocks; block++) {
                for (int other = 0; other < activities; other++) {
                    for (int otherBlock = 0; otherBlock < blocks; otherBlock++) {
                        keys.add(statistics.key(activity, block, other, otherBlock));
                    }
                }
            }
        }
        assertThat(keys).hasSize(activities * blocks * activities * blocks);
    }

    @Test
    void moreThan4096BlocksDoNotSpillIntoTheActivity() {
        // A 12-bit block field would make block 4096 of activity 0 the key of block 0 of activity 1.
        ConflictStatistics statistics = new ConflictStatistics(3, 5_000);

        statistics.countPush(0, 4_096, 2, 4_999);

        assertThat(statistics.pushes(1, 0, 2, 4_999)).isZero();
        assertThat(statistics.pushes(0, 4_096, 2, 4_999)).isEqualTo(1);
    }

    @Test
    void moreThanAMillionActivitiesDoNotSpillIntoTheBlock() {
        // A 20-bit activity field would make the pushed activity 2^20 in block 0 the key of activity 0 in block 1.
        ConflictStatistics statistics = new ConflictStatistics((1 << 20) + 1, 2);

        statistics.countPush(0, 0, 1 << 20, 0);

        assertThat(statistics.pushes(0, 1, 0, 0)).isZero();
        assertThat(statistics.pushes(0, 0, 1 << 20, 0)).isEqualTo(1);
    }

    @Test
    void aSchoolWhoseKeysDoNotFitIn64BitsIsRefused() {
        // 2^20 activities (20 bits) and 2^13 blocks (13 bits) need 2 x 33 = 66 bits.
        assertThatThrownBy(() -> new ConflictStatistics(1 << 20, 1 << 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1048576 activities and 8192 blocks need 66 bits");
        // The largest that fit: 2^20 activities and 2^12 blocks take 64 bits.
        assertThatCode(() -> new ConflictStatistics(1 << 20, 1 << 12)).doesNotThrowAnyException();
    }
}
