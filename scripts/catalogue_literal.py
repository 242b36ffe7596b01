# SPDX-License-Identifier: GPL-3.0-or-later
"""The C++ string literal of a text, shared by the catalogue generators (diagnosis_catalogue.py,
tools_catalogue.py) that turn JSON texts into QT_TRANSLATE_NOOP entries for lupdate."""


def c_literal(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
