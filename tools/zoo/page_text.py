"""Applies a function to a saved page's text, leaving its markup, scripts and styles as they are.

Shared by the pinyin builders: text in <head> outside <title> is whitespace, so the function is applied inside <title>
and from <body> on.
"""
import re
from typing import Callable

TOKEN = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)


def map_page_text(html: str, change: Callable[[str], str]) -> str:
    out = []
    outside = True
    for part in TOKEN.split(html):
        if TOKEN.fullmatch(part):
            out.append(part)
            tag = part.lower()
            if tag.startswith("<title") or tag.startswith("<body"):
                outside = False
            elif tag.startswith("</title"):
                outside = True
            continue
        out.append(part if outside else change(part))
    return "".join(out)
