package de.nachlese.search;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.tagging.Tagger;

/** Prints every demo item (id, headline, tags, body) for writing and judging the quality set. */
final class DumpDemo {
    public static void main(String[] args) throws Exception {
        try (DemoIndex demo = new DemoIndex()) {
            Tagger tagger = Tagger.bundled();
            for (Issue issue : demo.report.issues()) {
                for (Item item : tagger.tag(issue).items()) {
                    System.out.println("## " + item.id() + " [" + item.type().id() + "] " + issue.week());
                    System.out.println("H: " + item.headline());
                    System.out.println("T: " + item.tags());
                    System.out.println("B: " + item.body().replace('\n', ' '));
                }
            }
        }
    }
}
