package io.switchboard.desktop.aws;

/** A gateway failure already said in words; {@link AwsProblems#describe} passes it through unchanged. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.text(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
