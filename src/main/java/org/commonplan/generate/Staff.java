package org.commonplan.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hires staff: names drawn from common US first and last names, ids as a district writes them (first initial and
 * last name), years of experience and a salary on a typical single-salary schedule.
 */
final class Staff {

    private static final List<String> FIRST_NAMES = List.of("Aaliyah", "Aaron", "Abigail", "Adam", "Adrian",
            "Aisha", "Alan", "Alejandro", "Alexis", "Alicia", "Amanda", "Amir", "Ana", "Andre", "Andrea", "Angela",
            "Anthony", "Ashley", "Beatriz", "Benjamin", "Brandon", "Brian", "Brittany", "Caleb", "Camila", "Carlos",
            "Carmen", "Caroline", "Chloe", "Christopher", "Claire", "Daniel", "Danielle", "David", "Deborah",
            "Denise", "Derek", "Diana", "Dominic", "Elena", "Elijah", "Elizabeth", "Emily", "Emmanuel", "Eric",
            "Erin", "Ethan", "Fatima", "Gabriel", "Grace", "Hannah", "Hector", "Imani", "Isaac", "Isabel", "Jacob",
            "Jamal", "James", "Jasmine", "Jason", "Jennifer", "Jessica", "Jonathan", "Jordan", "Jose", "Joseph",
            "Joshua", "Julia", "Justin", "Karen", "Keisha", "Kevin", "Kimberly", "Laura", "Lauren", "Leah", "Linda",
            "Lisa", "Lucas", "Luis", "Maria", "Marcus", "Mark", "Matthew", "Maya", "Megan", "Melissa", "Michael",
            "Michelle", "Miguel", "Monica", "Nadia", "Natalie", "Nathan", "Nicole", "Noah", "Olivia", "Omar",
            "Patricia", "Paul", "Priya", "Rachel", "Rebecca", "Ricardo", "Robert", "Rosa", "Ryan", "Samantha",
            "Samuel", "Sarah", "Sean", "Sofia", "Stephanie", "Steven", "Tamika", "Teresa", "Thomas", "Tiffany",
            "Tyler", "Valerie", "Victor", "Vanessa", "William", "Xavier", "Yesenia", "Zachary");

    private static final List<String> LAST_NAMES = List.of("Adams", "Alexander", "Allen", "Alvarez", "Anderson",
            "Bailey", "Baker", "Banks", "Barnes", "Bell", "Bennett", "Brooks", "Brown", "Bryant", "Butler",
            "Campbell", "Carter", "Castillo", "Chavez", "Chen", "Clark", "Coleman", "Collins", "Cook", "Cooper",
            "Cruz", "Davis", "Diaz", "Edwards", "Evans", "Fisher", "Flores", "Foster", "Garcia", "Gomez", "Gonzalez",
            "Gordon", "Graham", "Gray", "Green", "Griffin", "Gutierrez", "Hall", "Hamilton", "Harris", "Hayes",
            "Henderson", "Hernandez", "Hill", "Howard", "Hughes", "Jackson", "James", "Jenkins", "Jimenez",
            "Johnson", "Jones", "Jordan", "Kelly", "Kennedy", "Kim", "King", "Lee", "Lewis", "Long", "Lopez",
            "Martin", "Martinez", "Mendoza", "Miller", "Mitchell", "Moore", "Morales", "Morgan", "Morris", "Murphy",
            "Murray", "Myers", "Nguyen", "Nelson", "Okafor", "Ortiz", "Owens", "Parker", "Patel", "Patterson",
            "Perez", "Perry", "Peterson", "Phillips", "Powell", "Price", "Ramirez", "Ramos", "Reed", "Reyes",
            "Reynolds", "Richardson", "Rivera", "Roberts", "Robinson", "Rodriguez", "Rogers", "Ross", "Russell",
            "Sanchez", "Sanders", "Scott", "Shah", "Simmons", "Smith", "Stewart", "Sullivan", "Taylor", "Thomas",
            "Thompson", "Torres", "Tran", "Turner", "Vasquez", "Walker", "Wallace", "Ward", "Washington", "Watson",
            "White", "Williams", "Wilson", "Wong", "Wood", "Wright", "Young", "Yusuf");

    /** Base salary of a new teacher with a bachelor's degree, and the step a year of experience adds. */
    static final int STARTING_SALARY = 48_000;
    static final int STEP_PER_YEAR = 1_500;
    static final int MASTERS_BONUS = 3_000;
    static final int TOP_OF_SCALE = 95_000;

    private final Rng rng;
    private final Set<String> names = new HashSet<>();
    private final Set<String> ids = new HashSet<>();

    Staff(Rng rng) {
        this.rng = rng;
    }

    /** A new teacher with a name and id no one else at the school has. */
    PlannedTeacher hire(List<String> subjects) {
        return hire(subjects, 0);
    }

    /** A new teacher with at least {@code minYears} of experience, as a coach or teacher-leader has. */
    PlannedTeacher hire(List<String> subjects, int minYears) {
        String first;
        String last;
        do {
            first = rng.pick(FIRST_NAMES);
            last = rng.pick(LAST_NAMES);
        } while (!names.add(first + " " + last));
        String base = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + n;
        }
        // Experience skews young, as the US teaching force does (mean about 14 years).
        int years = minYears + (int) Math.floor((31 - minYears) * Math.pow(rng.nextDouble(), 1.3));
        boolean masters = rng.chance(0.55);
        long salary = Math.min(TOP_OF_SCALE, STARTING_SALARY + (long) STEP_PER_YEAR * years
                + (masters ? MASTERS_BONUS : 0));
        return new PlannedTeacher(id, first + " " + last, subjects, salary / 100 * 100, years);
    }
}
