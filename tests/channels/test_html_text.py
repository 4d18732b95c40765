"""Remote HTML becomes safe plain text."""

from __future__ import annotations

import pytest

from cmstation.channels.html_text import clean_text, html_to_text

MASTODON = (
    '<p><span class="h-card"><a href="https://mastodon.nl/@eva" class="u-url mention">@'
    '<span>eva</span></a></span> mijn fiets is kapot!</p><p>Zie <a href="https://example.org/'
    'a/very/long/path" rel="nofollow noopener" target="_blank"><span class="invisible">https://'
    '</span><span class="ellipsis">example.org/a/very/lo</span><span class="invisible">ng/path'
    "</span></a><br>Groet, Jan</p>"
)


def test_mastodon_status_content():
    assert html_to_text(MASTODON) == (
        "@eva mijn fiets is kapot!\n\nZie example.org/a/very/lo\nGroet, Jan"
    )


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("", ""),
        (None, ""),
        ("plain &amp; simple", "plain & simple"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<script>alert('x')</script>hi<style>p{}</style>", "hi"),
        ('<img src="https://tracker.example/p.gif" alt=":blobcat:"> ok', ":blobcat: ok"),
        ('<img src="https://tracker.example/p.gif">x', "x"),
        ("<ul><li>a</li><li>b</li></ul>", "• a\n• b"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<a href='javascript:alert(1)'>click</a>", "click"),
        ("right\u202eto\u200b left", "rightto\u200b left"),
        ("<pre>  keep\n  lines</pre>", "keep\nlines"),
        ("<p>a</p>\n\n\n<p>b</p>", "a\n\nb"),
        ("&lt;b&gt;not a tag&lt;/b&gt;", "<b>not a tag</b>"),
    ],
)
def test_cases(html, text):
    assert html_to_text(html) == text


def test_no_markup_survives():
    out = html_to_text('<div onclick="x()"><iframe src="https://e.vil"></iframe><b>safe</b></div>')
    assert out == "safe"
    assert "<" not in html_to_text("<p><em>x</em><svg><text>y</text></svg></p>")


def test_clean_text_collapses_blank_lines_and_controls():
    assert clean_text("a\x00b\r\n\r\n\r\n  c  \n") == "ab\n\nc"
