#!/usr/bin/python3
"""Precis's sentence splitter on the Golden Rules, the English test cases of the
Pragmatic Segmenter that pySBD's tests carry (48 texts with their expected
sentences: abbreviations, numbers, quotations, lists, ellipses).

The cases are read from a checkout of pySBD (https://github.com/nipunsadvilkar/pySBD),
whose path is the argument; nothing of it is kept here. Each text goes to
`precis.segment` (the Python module: the splitter alone, without cleaning), and
a case passes when the sentences, stripped, equal the expected ones. pySBD
marks one case as its own expected failure; it counts here like the others.

usage: /usr/bin/python3 bench/golden_rules.py PYSBD_CHECKOUT [--module build/python] [--verbose]
"""
import argparse
import ast
import os
import sys


def golden_cases(pysbd_dir):
    """(text, expected sentences) of GOLDEN_EN_RULES_TEST_CASES, pytest.param included."""
    path = os.path.join(pysbd_dir, "tests", "lang", "test_english.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                getattr(t, "id", "") == "GOLDEN_EN_RULES_TEST_CASES" for t in node.targets):
            cases = []
            for element in node.value.elts:
                if isinstance(element, ast.Call):  # pytest.param(text, expected, marks=...)
                    element = ast.Tuple(elts=element.args[:2], ctx=ast.Load())
                text, expected = ast.literal_eval(element)
                cases.append((text, expected))
            return cases
    sys.exit(f"{path}: no GOLDEN_EN_RULES_TEST_CASES")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pysbd", help="a checkout of pySBD")
    parser.add_argument("--module", default="build/python", help="where the precis package is")
    parser.add_argument("--verbose", action="store_true", help="print every failing case")
    args = parser.parse_args()
    sys.path.insert(0, args.module)
    import precis

    cases = golden_cases(args.pysbd)
    if len(cases) < 40:
        sys.exit(f"only {len(cases)} cases read: not the Golden Rules")
    passed = 0
    for i, (text, expected) in enumerate(cases):
        got = [s.strip() for s in precis.segment(text)]
        if got == expected:
            passed += 1
        elif args.verbose:
            print(f"case {i + 1}: {text!r}\n  got      {got}\n  expected {expected}")
    print(f"Golden Rules (English): {passed} of {len(cases)} pass ({100.0 * passed / len(cases):.1f}%)")


if __name__ == "__main__":
    main()
