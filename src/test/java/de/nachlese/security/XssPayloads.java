package de.nachlese.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A corpus of cross-site-scripting payloads. Each one, if it ever ran or became markup, would leave a trace the
 * tests look for: a call to {@code window.__xss} or an element with a {@code data-xss} attribute.
 */
final class XssPayloads {

    static final String CALL = "window.__xss=(window.__xss||0)+1";

    private XssPayloads() {}

    static List<String> all() {
        Set<String> payloads = new LinkedHashSet<>();
        String[] tags = {
            "img src=x",
            "svg",
            "iframe srcdoc=x",
            "body",
            "video src=x",
            "audio src=x",
            "details open",
            "input autofocus",
            "select autofocus",
            "textarea autofocus",
            "marquee",
            "object data=x",
            "embed src=x",
            "a href=#",
            "div tabindex=0",
            "math",
            "form",
            "button autofocus",
            "image src=x",
            "style",
            "link rel=stylesheet href=x",
            "meta",
            "isindex",
            "frameset",
            "table background=x"
        };
        String[] events = {
            "onerror",
            "onload",
            "onfocus",
            "ontoggle",
            "onmouseover",
            "onanimationstart",
            "onpointerenter",
            "onbegin",
            "onstart",
            "onclick",
            "onscroll",
            "onbeforetoggle"
        };
        String[] quotes = {"\"", "'", ""};
        for (String tag : tags) {
            for (String event : events) {
                for (String quote : quotes) {
                    String name = tag.split(" ")[0];
                    payloads.add("<" + tag + " data-xss " + event + "=" + quote + CALL + quote + ">");
                    if (payloads.size() % 7 == 0) {
                        payloads.add(
                                "\"><" + tag + " data-xss " + event + "=" + quote + CALL + quote + "></" + name + ">");
                    }
                }
            }
        }
        payloads.addAll(List.of(
                "<script data-xss>" + CALL + "</script>",
                "\"><script data-xss>" + CALL + "</script>",
                "'><script data-xss>" + CALL + "</script>",
                "</title><script data-xss>" + CALL + "</script>",
                "</textarea><script data-xss>" + CALL + "</script>",
                "</style><script data-xss>" + CALL + "</script>",
                "</noscript><script data-xss>" + CALL + "</script>",
                "<!--<script data-xss>" + CALL + "</script>-->",
                "<![CDATA[<script data-xss>" + CALL + "</script>]]>",
                "<scr<script>ipt data-xss>" + CALL + "</scr</script>ipt>",
                "<SCRIPT data-xss>" + CALL + "</SCRIPT>",
                "<ScRiPt data-xss>" + CALL + "</sCrIpT>",
                "<a data-xss href=\"javascript:" + CALL + "\">x</a>",
                "<a data-xss href=\"JaVaScRiPt:" + CALL + "\">x</a>",
                "<a data-xss href=\"&#106;avascript:" + CALL + "\">x</a>",
                "<iframe data-xss src=\"javascript:" + CALL + "\"></iframe>",
                "<form data-xss action=\"javascript:" + CALL + "\"><button>x</button></form>",
                "<svg><script data-xss>" + CALL + "</script></svg>",
                "<math><mtext><table><mglyph><style><img data-xss src=x onerror=" + CALL + ">",
                "<div data-hx-get=\"/?q=x\" data-hx-trigger=\"load\" data-xss>x</div>",
                "<div hx-on:load=\"" + CALL + "\" data-xss>x</div>",
                "<meta data-xss http-equiv=\"refresh\" content=\"0;url=javascript:" + CALL + "\">",
                "<base data-xss href=\"javascript:/\">",
                "<object data-xss data=\"data:text/html,<script>" + CALL + "</script>\"></object>",
                "<img data-xss src=x onerror=&#119;indow.__xss=1>",
                "<img data-xss src=\"x\" onerror=\"eval(atob('d2luZG93Ll9feHNzPTE='))\">",
                "${7*7}<span data-xss>x</span>",
                "{{7*7}}<span data-xss>x</span>",
                "@unsafe{x}<b data-xss>x</b>",
                "$unsafe{\"<b data-xss>x</b>\"}",
                "\u003cimg data-xss src=x onerror=" + CALL + "\u003e",
                "&lt;img data-xss src=x onerror=" + CALL + "&gt;",
                "%3Cimg%20data-xss%20src%3Dx%20onerror%3D" + CALL + "%3E",
                "<img data-xss src=x onerror=" + CALL + "//",
                "<<img data-xss src=x onerror=" + CALL + ">>",
                "<img/data-xss/src=x/onerror=" + CALL + ">",
                "<svg/data-xss/onload=" + CALL + ">",
                "<img data-xss src=`x` onerror=`" + CALL + "`>",
                "<x data-xss contenteditable onfocus=" + CALL + " autofocus>",
                "<style data-xss>@import 'javascript:" + CALL + "';</style>",
                "<div data-xss style=\"background:url(javascript:" + CALL + ")\">x</div>",
                "<template><img data-xss src=x onerror=" + CALL + "></template>",
                "<noscript><p title=\"</noscript><img data-xss src=x onerror=" + CALL + ">\"></noscript>",
                "\" onmouseover=\"" + CALL + "\" data-xss=\"",
                "' onmouseover='" + CALL + "' data-xss='",
                "\" autofocus onfocus=\"" + CALL + "\" data-xss=\""));
        return new ArrayList<>(payloads);
    }
}
