"""Sums the test counts of every layer `make test` ran and fails if a layer
ran no test, so a green run always means tests really ran."""

import re
import sys
from pathlib import Path

LAYERS = [
    ("host", "host.log", "cargo"),
    ("browser glue (wasm-bindgen-test)", "wasm.log", "cargo"),
    ("end-to-end (Playwright)", "e2e.log", "playwright"),
]


def counts(text: str, kind: str) -> tuple[int, int]:
    if kind == "cargo":
        results = re.findall(r"test result: \w+\. (\d+) passed; (\d+) failed", text)
        return sum(int(p) for p, _ in results), sum(int(f) for _, f in results)
    passed = re.findall(r"^\s*(\d+) passed", text, re.M)
    failed = re.findall(r"^\s*(\d+) failed", text, re.M)
    flaky = re.findall(r"^\s*(\d+) flaky", text, re.M)
    return (
        sum(map(int, passed)),
        sum(map(int, failed)) + sum(map(int, flaky)),
    )


def main() -> int:
    logs = Path(sys.argv[1])
    total_passed = total_failed = 0
    ok = True
    print("\nTest counts")
    for name, file, kind in LAYERS:
        path = logs / file
        text = path.read_text(errors="replace") if path.exists() else ""
        passed, failed = counts(text, kind)
        total_passed += passed
        total_failed += failed
        note = ""
        if passed == 0:
            ok = False
            note = "  <- ran no test"
        if failed:
            ok = False
        print(f"  {name}: {passed} passed, {failed} failed{note}")
    print(f"total: {total_passed} passed, {total_failed} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
