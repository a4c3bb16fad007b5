package org.commonplan.fetimport;

import java.util.List;

/** A FET file that cannot be imported, with every problem found in it. */
public final class FetImportException extends Exception {

    private final transient List<FetProblem> problems;

    public FetImportException(List<FetProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems, the first: "
                + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public FetImportException(FetProblem problem) {
        this(List.of(problem));
    }

    public List<FetProblem> problems() {
        return problems;
    }

    /**
     * One thing wrong with a FET file.
     *
     * @param file    the FET file's name
     * @param line    the 1-based line, or 0 for the file as a whole
     * @param element the element the problem is in (e.g. {@code Activity}), or null
     * @param message a sentence a scheduler can act on
     */
    public record FetProblem(String file, int line, String element, String message) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(file);
            if (line > 0) {
                text.append(" line ").append(line);
            }
            if (element != null) {
                text.append(line > 0 ? ", " : " ").append(element);
            }
            return text.append(": ").append(message).toString();
        }
    }
}
