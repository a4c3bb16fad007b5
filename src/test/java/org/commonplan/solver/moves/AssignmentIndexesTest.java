package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.junit.jupiter.api.Test;

/**
 * What the assignment keeps up to date as activities are placed and taken out (each person's periods taken a day,
 * the holders of a room and the activities of a teacher or group in each block) says what going through every
 * activity would say, in the same order: the search reads them instead, and its schedules stayed the same.
 */
class AssignmentIndexesTest {

    @Test
    void keptIndexesAgreeWithARecountAfterEveryChange() throws IOException, BundleException {
        for (String dataset : List.of("small-middle", "elementary-planted")) {
            School school = BundleReader.read(Path.of("datasets", dataset));
            ActivityModel model = ActivityModel.of(school);
            ActivityAssignment assignment = new ActivityAssignment(model);
            Random random = new Random(7);
            for (int step = 0; step < 600; step++) {
                int activity = random.nextInt(model.activityCount());
                if (assignment.block(activity) >= 0) {
                    assignment.unplace(activity);
                } else if (model.domain(activity).length > 0) {
                    int[] rooms = model.roomDomain(activity);
                    assignment.place(activity, model.domain(activity)[random.nextInt(model.domain(activity).length)],
                            rooms.length == 0 ? -1 : rooms[random.nextInt(rooms.length)]);
                }
                if (step % 20 == 0) {
                    assertAgreesWithRecount(model, assignment, random);
                }
            }
        }
    }

    private static void assertAgreesWithRecount(ActivityModel model, ActivityAssignment assignment, Random random) {
        for (int resource = 0; resource < model.resourceCount(); resource++) {
            if (!assignment.knowsPeriodsTaken(resource)) {
                continue;
            }
            for (int day = 0; day < model.dayCount(); day++) {
                assertThat(assignment.periodsTaken(resource, day)).as("resource %d, day %d", resource, day)
                        .isEqualTo(periodsTaken(model, assignment, resource, day));
            }
        }
        int[] holders = new int[model.activityCount()];
        for (int block = 0; block < model.blockCount(); block++) {
            for (int room = 0; room < model.roomCount(); room++) {
                int count = assignment.holdersDuring(room, block, holders);
                assertThat(java.util.Arrays.stream(holders, 0, count).boxed().toList())
                        .as("room %d, block %d", room, block)
                        .containsExactlyInAnyOrderElementsOf(holdersDuring(model, assignment, room, block));
            }
            int activity = random.nextInt(model.activityCount());
            List<Integer> clashes = clashes(model, assignment, activity, block);
            assertThat(assignment.fewestClashes(activity, block)).isLessThanOrEqualTo(clashes.size());
            // The clashes come first, in the order of a pass over each resource's activities.
            List<Integer> conflicts = new ArrayList<>(assignment.conflicts(activity, block, -1));
            assertThat(conflicts.subList(0, Math.min(clashes.size(), conflicts.size()))).isEqualTo(clashes);
        }
    }

    private static long periodsTaken(ActivityModel model, ActivityAssignment assignment, int resource, int day) {
        long taken = 0;
        for (int other : model.activitiesOf(resource)) {
            int block = assignment.block(other);
            if (block >= 0 && model.isLesson(other) && model.dayOf(block) == day && model.firstPeriod(block) >= 0) {
                int first = model.firstPeriod(block);
                taken |= (-1L >>> (Long.SIZE - 1 - model.lastPeriod(block) + first)) << first;
            }
        }
        return taken;
    }

    private static List<Integer> holdersDuring(ActivityModel model, ActivityAssignment assignment, int room,
            int block) {
        List<Integer> holders = new ArrayList<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (assignment.room(activity) == room && model.overlapping(block)[assignment.block(activity)]) {
                holders.add(activity);
            }
        }
        return holders;
    }

    private static List<Integer> clashes(ActivityModel model, ActivityAssignment assignment, int activity,
            int block) {
        List<Integer> clashes = new ArrayList<>();
        for (int resource : model.resourcesOf(activity)) {
            for (int other : model.activitiesOf(resource)) {
                if (other != activity && !clashes.contains(other) && assignment.block(other) >= 0
                        && model.overlapping(block)[assignment.block(other)]) {
                    clashes.add(other);
                }
            }
        }
        return clashes;
    }
}
