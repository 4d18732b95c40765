"""Remote HTML to safe plain text: line breaks and link text stay, everything else goes.

Nothing remote is ever rendered or loaded: no images, no scripts, no styles. A link keeps
its visible text (Mastodon's ``<span class="invisible">`` parts of long URLs are dropped,
as Mastodon's own clients do); the text of script/style/template elements is dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "hr",
    "address",
    "details",
    "summary",
}
_PARAGRAPH = {"p", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_DROP = {
    "script",
    "style",
    "template",
    "noscript",
    "head",
    "title",
    "iframe",
    "object",
    "svg",
    "math",
    "select",
    "textarea",
    "button",
}
_VOID = {
    "br",
    "img",
    "hr",
    "input",
    "meta",
    "link",
    "area",
    "base",
    "col",
    "embed",
    "source",
    "track",
    "wbr",
    "param",
}
# Characters that can hide or reorder text: controls (but tab/newline) and bidi overrides.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufeff]")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its text)
        self.hidden = 0
        self.pre = 0

    def _newline(self, n: int = 1) -> None:
        """Make sure the text so far ends in at least ``n`` line breaks (they do not add up)."""
        tail = "".join(self.out[-4:])
        have = len(tail) - len(tail.rstrip("\n"))
        if have < n:
            self.out.append("\n" * (n - have))

    def handle_starttag(self, tag: str, attrs) -> None:
        tag = tag.lower()
        classes = ""
        for k, v in attrs:
            if k == "class" and v:
                classes = v
        hides = tag in _DROP or "invisible" in classes.split()
        if tag in _VOID:
            if tag == "br" and not self.hidden:
                self._newline()
            elif tag == "hr" and not self.hidden:
                self._newline(2)
            elif tag == "img" and not self.hidden:
                alt = dict(attrs).get("alt") or ""
                if alt.strip():
                    self.out.append(alt.strip())  # custom emoji keep their :shortcode:
            return
        if tag in _BLOCK and not self.hidden:
            self._newline(2 if tag in _PARAGRAPH else 1)
            if tag == "li":
                self.out.append("• ")
        if tag == "pre":
            self.pre += 1
        self.stack.append((tag, hides))
        if hides:
            self.hidden += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _VOID:
            return
        # Close up to the matching open tag (tolerates unclosed inner tags).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, hides in self.stack[i:]:
                    if hides:
                        self.hidden -= 1
                    if t == "pre":
                        self.pre -= 1
                del self.stack[i:]
                break
        else:
            return
        if tag in _BLOCK and not self.hidden:
            self._newline(2 if tag in _PARAGRAPH else 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.out.append(data)


def html_to_text(html: str | None) -> str:
    """Plain text of ``html``: paragraphs become blank lines, ``<br>`` a new line, links their text."""
    if not html:
        return ""
    p = _Extractor()
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; never let odd input crash a sweep
        return clean_text(re.sub(r"<[^>]*>", " ", html))
    return clean_text("".join(p.out))


def clean_text(text: str) -> str:
    """Remove invisible/reordering characters, trim each line, at most one blank line in a row."""
    text = _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    lines = [ln.strip(" \t") for ln in text.split("\n")]
    out: list[str] = []
    blank = False
    for ln in lines:
        if not ln:
            if out and not blank:
                out.append("")
            blank = True
            continue
        out.append(re.sub(r" {2,}", " ", ln))
        blank = False
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
