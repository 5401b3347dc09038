package de.nachlese.ingest;

/**
 * Which profile reads an issue. The German weekly profile goes first and keeps every issue where it finds at least
 * two items, so its newsletters are split exactly as before; the heading profile reads the rest (an English
 * Substack post, a Mailchimp e-mail whose layout tables left the weekly profile with only a lead) when it finds
 * more. An issue read by headings says so in its "profile" metadata and in a warning, so the index report names
 * the profile of every such file.
 */
final class ProfileChoice {

    /** Reads an issue with the heading profile. */
    interface Headings {
        ParsedIssue read() throws IssueFormatException;
    }

    private ProfileChoice() {}

    static ParsedIssue choose(ParsedIssue weekly, IssueFormatException weeklyRefused, Headings headings)
            throws IssueFormatException {
        if (weekly != null && weekly.issue().items().size() >= 2) {
            return weekly;
        }
        ParsedIssue byHeadings;
        try {
            byHeadings = headings.read();
        } catch (IssueFormatException e) {
            if (weekly != null) {
                return weekly;
            }
            throw weeklyRefused; // neither fits; the weekly profile's reason is the one its users know
        }
        if (weekly != null
                && byHeadings.issue().items().size() <= weekly.issue().items().size()) {
            return weekly;
        }
        String why = weekly == null
                ? "it refused the file (" + weeklyRefused.getMessage() + ")"
                : "it found only " + weekly.issue().items().size() + " item";
        java.util.List<String> warnings = new java.util.ArrayList<>();
        warnings.add("read by the " + HeadingSplitter.PROFILE + " profile, not " + FormatProfile.GERMAN_WEEKLY.name()
                + ": " + why);
        warnings.addAll(byHeadings.warnings());
        return new ParsedIssue(byHeadings.issue(), warnings, byHeadings.coverage());
    }
}
