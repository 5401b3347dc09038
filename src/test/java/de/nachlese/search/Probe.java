package de.nachlese.search;

/** Scratch: prints the top hits of queries over the demo archive. */
final class Probe {
    public static void main(String[] args) throws Exception {
        try (DemoIndex demo = new DemoIndex()) {
            for (String q : args) {
                if (q.startsWith("related:")) {
                    long t0 = System.nanoTime();
                    RelatedItems r = demo.searcher.related(q.substring(8)).orElseThrow();
                    System.out.println("ms " + (System.nanoTime() - t0) / 1_000_000);
                    System.out.println("== related " + q);
                    r.earlier().forEach(h -> System.out.printf("  E %.2f %s %s%n", h.similarity(), h.stored().item().id(), h.shared()));
                    r.later().forEach(h -> System.out.printf("  L %.2f %s %s%n", h.similarity(), h.stored().item().id(), h.shared()));
                    r.thread().forEach(s -> System.out.println("  T " + s.item().id()));
                    continue;
                }
                if (q.equals("facets")) {
                    SearchPage p = demo.searcher.search(SearchRequest.of("").withFilter(de.nachlese.index.Facet.COMPANY, "Nvidia", "Tesla"));
                    System.out.println("total " + p.total() + " " + p.facet(de.nachlese.index.Facet.COMPANY).subList(0, 6));
                    System.out.println("type " + p.facet(de.nachlese.index.Facet.TYPE));
                    SearchPage s = demo.searcher.search(SearchRequest.of("Stargate"));
                    System.out.println("hist " + s.histogram().size() + " " + s.histogram().getFirst() + " " + s.histogram().getLast() + " total " + s.total());
                    continue;
                }
                if (q.startsWith("complete:")) {
                    demo.searcher.complete(q.substring(9), 8).forEach(c -> System.out.println("  C " + c));
                    continue;
                }
                SearchPage page = demo.searcher.search(new SearchRequest(q, java.util.Map.of(), null, null, null, 1, 10));
                System.out.println("== " + q + " total=" + page.total() + " notes=" + page.notes());
                page.hits().forEach(h -> System.out.println("  " + h.stored().item().id() + " | " + h.headlineHtml()));
            }
        }
    }
}
