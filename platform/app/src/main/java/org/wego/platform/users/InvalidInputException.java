package org.wego.platform.users;

import java.util.List;

/** The input was refused and nothing was changed; each problem names its field. */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    InvalidInputException(List<InputProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
