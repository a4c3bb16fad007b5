package org.commonplan.domain;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An immutable set of timeslot indexes, stored as bits so that overlap tests cost a few word operations.
 */
public final class SlotSet {

    private static final long[] NO_WORDS = new long[0];

    public static final SlotSet EMPTY = new SlotSet(NO_WORDS);

    private final long[] words;
    private final int size;

    private SlotSet(long[] words) {
        int last = words.length;
        while (last > 0 && words[last - 1] == 0L) {
            last--;
        }
        this.words = last == words.length ? words : last == 0 ? NO_WORDS : Arrays.copyOf(words, last);
        int count = 0;
        for (long word : this.words) {
            count += Long.bitCount(word);
        }
        this.size = count;
    }

    /**
     * The set whose bit {@code i % 64} of word {@code i / 64} is set for each index {@code i}. The array becomes the
     * set's own (it is not copied, for the score's hot path): the caller must not change it afterwards.
     */
    public static SlotSet ofWords(long[] words) {
        return new SlotSet(words);
    }

    public static SlotSet of(int... indexes) {
        Builder builder = new Builder();
        for (int index : indexes) {
            builder.add(index);
        }
        return builder.build();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(int index) {
        int word = index >>> 6;
        return word < words.length && (words[word] & (1L << index)) != 0L;
    }

    public boolean overlaps(SlotSet other) {
        int n = Math.min(words.length, other.words.length);
        for (int i = 0; i < n; i++) {
            if ((words[i] & other.words[i]) != 0L) {
                return true;
            }
        }
        return false;
    }

    public int intersectionSize(SlotSet other) {
        int n = Math.min(words.length, other.words.length);
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += Long.bitCount(words[i] & other.words[i]);
        }
        return count;
    }

    public SlotSet intersect(SlotSet other) {
        long[] result = new long[Math.min(words.length, other.words.length)];
        for (int i = 0; i < result.length; i++) {
            result[i] = words[i] & other.words[i];
        }
        return new SlotSet(result);
    }

    public SlotSet union(SlotSet other) {
        long[] result = Arrays.copyOf(words, Math.max(words.length, other.words.length));
        for (int i = 0; i < other.words.length; i++) {
            result[i] |= other.words[i];
        }
        return new SlotSet(result);
    }

    public SlotSet minus(SlotSet other) {
        long[] result = words.clone();
        int n = Math.min(words.length, other.words.length);
        for (int i = 0; i < n; i++) {
            result[i] &= ~other.words[i];
        }
        return new SlotSet(result);
    }

    public void forEach(IntConsumer action) {
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0L) {
                int bit = Long.numberOfTrailingZeros(word);
                action.accept((w << 6) + bit);
                word &= word - 1;
            }
        }
    }

    /** Adds {@code delta} to {@code counts[i]} for every index {@code i} in this set (tallies without a copy). */
    public void addTo(int[] counts, int delta) {
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0L) {
                counts[(w << 6) + Long.numberOfTrailingZeros(word)] += delta;
                word &= word - 1;
            }
        }
    }

    public int[] toArray() {
        int[] result = new int[size];
        int[] next = {0};
        forEach(index -> result[next[0]++] = index);
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotSet other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }

    /** Collects indexes, then freezes them into a {@link SlotSet}. */
    public static final class Builder {
        private long[] words = new long[2];

        public Builder add(int index) {
            int word = index >>> 6;
            if (word >= words.length) {
                words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
            }
            words[word] |= 1L << index;
            return this;
        }

        public Builder addAll(SlotSet set) {
            if (set.words.length > words.length) {
                words = Arrays.copyOf(words, set.words.length);
            }
            for (int i = 0; i < set.words.length; i++) {
                words[i] |= set.words[i];
            }
            return this;
        }

        public SlotSet build() {
            return new SlotSet(words.clone());
        }
    }
}
