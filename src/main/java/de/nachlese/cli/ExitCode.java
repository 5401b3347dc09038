package de.nachlese.cli;

/** The exit codes of every command, as the root command's help lists them. */
final class ExitCode {

    static final int OK = 0;
    /** Some input could not be read; everything readable was still indexed. */
    static final int INPUT_FAILED = 1;
    /** Picocli's code for wrong usage. */
    static final int USAGE = 2;

    static final int INDEX_UNUSABLE = 3;
    /** Writing the index failed (a full disk, an I/O error); the index keeps its last commit. */
    static final int WRITE_FAILED = 4;

    private ExitCode() {}
}
